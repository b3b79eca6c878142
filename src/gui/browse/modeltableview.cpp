#include "gui/browse/modeltableview.h"

#include "gui/browse/modeltabledelegate.h"

#include <QEvent>
#include <QHeaderView>

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
