#include "gui/browse/modeltableview.h"

#include "gui/browse/modeltabledelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>

#include <algorithm>

namespace gui {

ModelTableView::ModelTableView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new ModelTableDelegate(this))
{
    setItemDelegate(m_delegate);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    // Fixed: with 100,000 rows the header otherwise keeps and updates a size per row, which
    // doubled the cost of a quick-filter keystroke.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    applyRowHeight();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    // No sort until the person picks a column: rows stay in the order the server sent them.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->setSortIndicatorShown(true);
    setSortingEnabled(true);

    // A divider dragged or double-clicked by the person: their widths win from then on.
    columns->viewport()->installEventFilter(this);
    connect(columns, &QHeaderView::sectionResized, this, [this] {
        if (!m_sizing && m_headerPressed)
            m_sizedByUser = true;
    });
    connect(columns, &QHeaderView::sectionHandleDoubleClicked, this,
            [this] { m_sizedByUser = true; });
}

bool ModelTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_headerPressed = static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    return QTableView::eventFilter(watched, event);
}

void ModelTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_fitPending = true;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &ModelTableView::onRowsArrived);
    connect(model, &QAbstractItemModel::modelReset, this, &ModelTableView::onRowsArrived);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelTableView::onRowsArrived);
    onRowsArrived();
}

void ModelTableView::onRowsArrived()
{
    // An emptied table (a new listing) is sized afresh by the next rows; rows added to a table
    // already sized, or a quick filter (a layout change), leave the widths as they are.
    const int rows = model() ? model()->rowCount() : 0;
    if (rows == 0) {
        m_fitPending = true;
        return;
    }
    if (m_fitPending) {
        m_fitPending = false;
        if (!m_sizedByUser)
            fitColumnsToContents();
    }
}

QList<int> ModelTableView::sampleRows(int rowCount)
{
    QList<int> rows;
    if (rowCount <= 0)
        return rows;
    const int head = std::min(rowCount, SampleRows / 2);
    for (int row = 0; row < head; ++row)
        rows.append(row);
    const int rest = rowCount - head;
    const int spread = std::min(rest, SampleRows - head);
    for (int i = 0; i < spread; ++i)
        rows.append(head + int(qint64(i) * rest / spread));
    return rows;
}

void ModelTableView::fitColumnsToContents()
{
    QAbstractItemModel *source = model();
    if (!source)
        return;
    const QList<int> rows = sampleRows(source->rowCount());
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const int cap = metrics.averageCharWidth() * MaxColumnChars;

    QStyleOptionViewItem option;
    initViewItemOption(&option);
    // What a cell adds to its text's advance (margins, focus frame), measured once on a real
    // cell: asking the delegate for every sampled cell would lay each one out in full.
    int padding = -1;
    m_sizing = true;
    for (int column = 0; column < source->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        int content = 0;
        for (const int row : rows) {
            const QModelIndex index = source->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            const int advance = metrics.horizontalAdvance(text);
            // As QTableView::sizeHintForColumn(): the grid line takes a pixel of the cell.
            if (padding < 0)
                padding = std::max(0, itemDelegate()->sizeHint(option, index).width() - advance) +
                          (showGrid() ? 1 : 0);
            content = std::max(content, advance);
        }
        const int width = std::max(header->sectionSizeHint(column),
                                   std::min(content + std::max(padding, 0), cap));
        if (column == m_stretchColumn)
            m_stretchContentWidth = width;
        header->resizeSection(column, width);
    }
    m_fitted = true;
    stretchToViewport();
    m_sizing = false;
}

void ModelTableView::stretchToViewport()
{
    if (!m_fitted || m_sizedByUser || m_stretchColumn < 0 || !model() ||
        m_stretchColumn >= model()->columnCount())
        return;
    QHeaderView *header = horizontalHeader();
    if (header->isSectionHidden(m_stretchColumn))
        return;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretchColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int left = viewport()->width() - others;
    const bool wasSizing = std::exchange(m_sizing, true);
    header->resizeSection(m_stretchColumn, std::max(m_stretchContentWidth, left));
    m_sizing = wasSizing;
}

void ModelTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    stretchToViewport();
}

void ModelTableView::applyRowHeight()
{
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void ModelTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        applyRowHeight();
    QTableView::changeEvent(event);
}

} // namespace gui
