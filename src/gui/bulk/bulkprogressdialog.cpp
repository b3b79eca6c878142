#include "gui/bulk/bulkprogressdialog.h"

#include "gui/bulk/bulkresultmodel.h"
#include "ui_bulkprogressdialog.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>

#include <algorithm>

namespace gui {

BulkProgressDialog::BulkProgressDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BulkProgressDialog>())
    , m_model(new BulkResultModel(this))
{
    ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    ui->resultView->setModel(m_model);
    ui->resultView->verticalHeader()->setVisible(false);
    QHeaderView *header = ui->resultView->horizontalHeader();
    // The message takes the room left; when there is none, the view scrolls rather than cut a
    // header.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkResultModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(BulkResultModel::NameColumn, fontMetrics().averageCharWidth() * 24);
    header->setSectionResizeMode(BulkResultModel::MessageColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Wide enough for the name, the ID, the state, the Code and a whole RequestId (which people
    // copy for support) beside the start of the message, on a 1280-pixel screen too.
    const int wanted = fontMetrics().averageCharWidth() * 150;
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(std::min(wanted, screen->availableGeometry().width() * 9 / 10), height());
    connect(ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_phase == Phase::Reading || m_phase == Phase::Running)
            Q_EMIT cancelRequested();
    });
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->retryButton, &QPushButton::clicked, this, &BulkProgressDialog::retryRequested);
    connect(ui->undoButton, &QPushButton::clicked, this, &BulkProgressDialog::undoRequested);
    setPhase(Phase::Reading);
}

BulkProgressDialog::~BulkProgressDialog() = default;

void BulkProgressDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool finished = phase == Phase::Finished;
    ui->cancelButton->setVisible(!finished);
    ui->cancelButton->setEnabled(phase == Phase::Reading || phase == Phase::Running);
    ui->closeButton->setVisible(finished);
    ui->retryButton->setVisible(finished);
    ui->undoButton->setVisible(finished);
    ui->resultView->setVisible(phase != Phase::Reading);
    ui->countsLabel->setVisible(phase != Phase::Reading);
    if (finished)
        ui->closeButton->setDefault(true);
}

void BulkProgressDialog::showReading(int read, int total)
{
    setPhase(Phase::Reading);
    setWindowTitle(tr("Reading Models"));
    ui->statusLabel->setText(
        tr("Reading the models fresh before planning: %1 of %n.", nullptr, total).arg(read));
    ui->progressBar->setRange(0, std::max(1, total));
    ui->progressBar->setValue(read);
}

void BulkProgressDialog::startRun(const changes::BulkResult &initial)
{
    setPhase(Phase::Running);
    setWindowTitle(initial.undo ? tr("Undoing Changes to Models") : tr("Changing Models"));
    m_model->setResult(initial);
    ui->statusLabel->setText(tr("Sending the changes, a few models at a time."));
    setCounts(initial.counts());
}

void BulkProgressDialog::modelStarted(const QString &modelId)
{
    m_model->setRunning(modelId);
}

void BulkProgressDialog::modelFinished(const changes::BulkModelResult &result)
{
    m_model->setModel(result);
}

QString BulkProgressDialog::countsText(const changes::BulkCounts &counts)
{
    return tr("Done: %1   Failed: %2   Skipped: %3   Pending: %4 (%5 running)")
        .arg(counts.done)
        .arg(counts.failed)
        .arg(counts.skipped)
        .arg(counts.pending)
        .arg(counts.inFlight);
}

void BulkProgressDialog::setCounts(const changes::BulkCounts &counts)
{
    m_counts = counts;
    ui->countsLabel->setText(countsText(counts));
    ui->progressBar->setRange(0, std::max(1, counts.total));
    ui->progressBar->setValue(counts.total - counts.pending);
}

void BulkProgressDialog::showCanceling(int inFlight)
{
    setPhase(Phase::Canceling);
    ui->statusLabel->setText(tr("Canceling: no more models are started. The %n model(s) in "
                                "flight finish first, so the result says exactly what changed.",
                                nullptr, inFlight));
}

void BulkProgressDialog::showFinished(const changes::BulkResult &result, bool canRetry,
                                      bool canUndo)
{
    setPhase(Phase::Finished);
    m_model->setResult(result);
    setCounts(result.counts());
    QString text = result.summary();
    if (result.canceled)
        text = tr("Canceled. %1 The pending models were never started; nothing was sent for "
                  "them.")
                   .arg(text);
    ui->statusLabel->setText(text);
    ui->retryButton->setEnabled(canRetry);
    ui->undoButton->setEnabled(canUndo);
}

QString BulkProgressDialog::statusText() const
{
    return ui->statusLabel->text();
}

QString BulkProgressDialog::countsText() const
{
    return ui->countsLabel->text();
}

QTableView *BulkProgressDialog::resultView() const
{
    return ui->resultView;
}

void BulkProgressDialog::reject()
{
    if (m_phase == Phase::Reading || m_phase == Phase::Running) {
        Q_EMIT cancelRequested();
        return;
    }
    if (m_phase == Phase::Canceling)
        return; // the models in flight settle first
    QDialog::reject();
}

} // namespace gui
