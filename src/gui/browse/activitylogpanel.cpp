#include "gui/browse/activitylogpanel.h"

#include "api/activitylog.h"
#include "gui/models/activitylogmodel.h"
#include "ui_activitylogpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Rows measured when a whole log arrives at once: the newest ones, which are on screen.
constexpr int FittedRows = 64;
// No column but the request grows past this many average characters.
constexpr int MaxColumnChars = 80;

} // namespace

QString ActivityLogPanel::expandedKey()
{
    return u"ActivityLog/expanded"_s;
}

QString ActivityLogPanel::expandedHeightKey()
{
    return u"ActivityLog/expandedHeight"_s;
}

ActivityLogPanel::ActivityLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityLogPanel>())
    , m_model(new ActivityLogModel(this))
    , m_expandAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_ui->logView->setModel(m_model);
    QHeaderView *header = m_ui->logView->horizontalHeader();
    // The request takes what the others leave; they are sized to their content.
    header->setSectionResizeMode(ActivityLogModel::RequestColumn, QHeaderView::Stretch);
    m_ui->logView->verticalHeader()->hide();
    // Chinese headers ("请求 ID (RequestId)") are wider than the English ones.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            &ActivityLogPanel::fitAllColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogPanel::fitAllColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitColumns(first, last); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActivityLogPanel::updateStrip);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogPanel::updateStrip);
    fitAllColumns();

    // Expand or collapse, from the strip's button or the keyboard anywhere in the window.
    m_expandAction->setObjectName(u"actionExpandActivityLog"_s);
    m_expandAction->setCheckable(true);
    m_expandAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_expandAction);
    connect(m_expandAction, &QAction::toggled, this, &ActivityLogPanel::setExpanded);
    connect(m_ui->expandButton, &QToolButton::toggled, this, &ActivityLogPanel::setExpanded);
    m_expanded = QSettings().value(expandedKey(), false).toBool();

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
    m_expandAction->setText(tr("Expand or Collapse the Activity Log"));
    m_expandAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    applyExpanded(false);
    updateStrip();
}

void ActivityLogPanel::fitAllColumns()
{
    QHeaderView *header = m_ui->logView->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(column, header->sectionSizeHint(column));
    }
    const int rows = m_model->rowCount();
    if (rows > 0)
        fitColumns(std::max(0, rows - FittedRows), rows - 1);
}

void ActivityLogPanel::fitColumns(int first, int last)
{
    QTableView *view = m_ui->logView;
    QHeaderView *header = view->horizontalHeader();
    first = std::max(first, last - FittedRows + 1);
    const int cap = view->fontMetrics().averageCharWidth() * MaxColumnChars;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    // As QTableView::sizeHintForColumn(): the grid line takes a pixel of the cell.
    const int grid = view->showGrid() ? 1 : 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        int width = std::max(header->sectionSize(column), header->sectionSizeHint(column));
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = m_model->index(row, column);
            const int wanted =
                view->itemDelegateForIndex(index)->sizeHint(option, index).width() + grid;
            width = std::max(width, std::min(wanted, cap));
        }
        if (width != header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

void ActivityLogPanel::updateStrip()
{
    m_lastRequest = m_model->lastRequestText();
    showStripText();
}

void ActivityLogPanel::showStripText()
{
    QLabel *label = m_ui->lastRequestLabel;
    const QString text = m_lastRequest.isEmpty() ? tr("No requests yet.") : m_lastRequest;
    // Cut to the room the strip has, never taller than a line; the tooltip has it whole.
    const int width = label->contentsRect().width();
    label->setText(width > 0 ? label->fontMetrics().elidedText(text, Qt::ElideMiddle, width)
                             : text);
    label->setToolTip(text);
}

void ActivityLogPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showStripText();
}

void ActivityLogPanel::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    auto *dock = qobject_cast<QDockWidget *>(parentWidget());
    if (!expanded && dock && !dock->isFloating() && m_ui->logView->isVisible())
        QSettings().setValue(expandedHeightKey(), dock->height());
    m_expanded = expanded;
    QSettings().setValue(expandedKey(), expanded);
    applyExpanded(true);
    Q_EMIT expandedChanged(expanded);
}

void ActivityLogPanel::applyExpanded(bool resizeDock)
{
    {
        const QSignalBlocker blockButton(m_ui->expandButton);
        const QSignalBlocker blockAction(m_expandAction);
        m_ui->expandButton->setChecked(m_expanded);
        m_expandAction->setChecked(m_expanded);
    }
    m_ui->expandButton->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->expandButton->setText(m_expanded ? tr("Hide Requests") : tr("Show Requests"));
    m_ui->expandButton->setToolTip(
        (m_expanded ? tr("Show only the last request (%1)") : tr("Show every request (%1)"))
            .arg(m_expandAction->shortcut().toString(QKeySequence::NativeText)));
    m_ui->logView->setVisible(m_expanded);
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->copyButton), static_cast<QWidget *>(m_ui->saveButton),
          static_cast<QWidget *>(m_ui->clearButton)})
        button->setVisible(m_expanded);
    if (!m_expanded) {
        // One line: the dock around the panel shrinks to it and cannot be dragged taller.
        setMaximumHeight(m_ui->layout->contentsMargins().top() +
                         m_ui->stripLayout->sizeHint().height() +
                         m_ui->layout->contentsMargins().bottom());
        return;
    }
    setMaximumHeight(QWIDGETSIZE_MAX);
    auto *dock = qobject_cast<QDockWidget *>(parentWidget());
    auto *window = dock ? qobject_cast<QMainWindow *>(dock->parentWidget()) : nullptr;
    if (!resizeDock || !window || dock->isFloating())
        return;
    // Room for a few rows: what it had last time, else a quarter of the window.
    const int height = QSettings().value(expandedHeightKey(), window->height() / 4).toInt();
    window->resizeDocks({dock}, {std::clamp(height, 80, window->height() / 2)}, Qt::Vertical);
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
