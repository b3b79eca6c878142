#include "gui/common/wrappingtextdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

namespace gui {

WrappingTextDelegate::WrappingTextDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // A wider or narrower column changes how many lines each value takes.
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (QAbstractItemModel *model = m_view->model(); model && model->rowCount() > 0)
            Q_EMIT sizeHintChanged(model->index(0, column));
    });
}

void WrappingTextDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
}

int WrappingTextDelegate::textMargins(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1);
}

int WrappingTextDelegate::wrappedTextHeight(const QString &text, const QFont &font, int width)
{
    // What the style does before it draws: line breaks become line separators, and the text
    // wraps at word boundaries, or anywhere in a word longer than the line.
    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QTextLayout layout(laidOut, font);
    layout.setTextOption(textOption);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1, width));
        height += line.height();
    }
    layout.endLayout();
    return int(std::ceil(height));
}

QSize WrappingTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (const QVariant hint = index.data(Qt::SizeHintRole); hint.isValid())
        return hint.toSize();
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.rect = QRect(); // unwrapped: the width the text would like, for columns fit to content
    const QWidget *widget = cell.widget ? cell.widget : m_view;
    QStyle *style = widget->style();
    const QSize wanted = style->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), widget);
    if (cell.text.isEmpty())
        return wanted;
    // One line of the same font, for what the style adds around the text.
    const QString text = std::exchange(cell.text, QString(QLatin1Char('x')));
    const QSize oneLine = style->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), widget);

    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == m_view->header()->logicalIndex(0) && m_view->rootIsDecorated())
        width -= m_view->indentation();
    width -= textMargins(m_view);
    if (cell.features & QStyleOptionViewItem::HasDecoration)
        width -= cell.decorationSize.width() + textMargins(m_view);
    const int textHeight = wrappedTextHeight(text, cell.font, width);
    const int lineHeight = wrappedTextHeight(cell.text, cell.font, width);
    return {wanted.width(), std::max(oneLine.height(), oneLine.height() - lineHeight + textHeight)};
}

} // namespace gui
