#include "gui/browse/activitylogpanel.h"

#include "api/activitylog.h"
#include "gui/models/activitylogmodel.h"
#include "ui_activitylogpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

ActivityLogPanel::ActivityLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityLogPanel>())
    , m_model(new ActivityLogModel(this))
{
    m_ui->setupUi(this);
    m_ui->logView->setModel(m_model);
    m_ui->logView->horizontalHeader()->setSectionResizeMode(ActivityLogModel::RequestColumn,
                                                            QHeaderView::Stretch);
    m_ui->logView->verticalHeader()->hide();
    // Chinese headers ("请求 ID (RequestId)") are wider than the English ones.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ActivityLogPanel::fitHeaders);
    fitHeaders();

    // Ctrl+C inside the table copies the selected rows.
    auto *copy = new QAction(this);
    copy->setObjectName(u"actionCopyLogRows"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ActivityLogPanel::copySelectedRows);
    m_ui->logView->addAction(copy);
    retranslate();

    connect(m_ui->copyButton, &QPushButton::clicked, this, &ActivityLogPanel::copySelectedRows);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ActivityLogPanel::saveAs);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ActivityLogPanel::clearLog);

    // Follow new attempts unless the person scrolled up to read an older one.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_ui->logView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 1)
            m_ui->logView->scrollToBottom();
    });
}

ActivityLogPanel::~ActivityLogPanel() = default;

void ActivityLogPanel::retranslate()
{
    // Named for Help > Keyboard Shortcuts, which lists every action with a shortcut.
    if (auto *copy = findChild<QAction *>(u"actionCopyLogRows"_s))
        copy->setText(tr("Copy the Selected Log Rows"));
}

void ActivityLogPanel::fitHeaders()
{
    QHeaderView *header = m_ui->logView->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(
                column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));
    }
}

void ActivityLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ActivityLogPanel::setLog(api::ActivityLog *log)
{
    m_model->setLog(log);
}

void ActivityLogPanel::copySelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->logView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_ui->logView->currentIndex().isValid())
        rows.append(m_ui->logView->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows))
        lines.append(m_model->rowText(row));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

QString ActivityLogPanel::saveTo(const QString &fileName) const
{
    if (!m_model->log())
        return tr("There is no activity to save.");
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    }
    file.write(m_model->log()->toJsonLines());
    if (!file.commit())
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    return {};
}

void ActivityLogPanel::saveAs()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save Activity Log"), u"paidesk-activity.jsonl"_s,
                                     tr("JSON Lines (*.jsonl);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QString error = saveTo(fileName);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save Activity Log"), error);
}

void ActivityLogPanel::clearLog()
{
    if (m_model->log())
        m_model->log()->clear();
}

} // namespace gui
