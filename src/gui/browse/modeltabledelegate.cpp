#include "gui/browse/modeltabledelegate.h"

#include <QApplication>
#include <QPainter>

namespace gui {

const ModelTableDelegate::CachedLine &ModelTableDelegate::lineFor(const QString &text, int width,
                                                                  Qt::TextElideMode elideMode,
                                                                  const QFont &font) const
{
    if (font != m_font) {
        m_lines.clear();
        m_font = font;
    }
    LineKey key{text, width, elideMode};
    const auto found = m_lines.constFind(key);
    if (found != m_lines.cend())
        return *found;
    if (m_lines.size() >= MaxCachedLines)
        m_lines.clear();
    const QFontMetricsF metrics(font);
    CachedLine line{QStaticText(metrics.elidedText(text, elideMode, width)), 0};
    line.text.setTextFormat(Qt::PlainText);
    line.text.setPerformanceHint(QStaticText::AggressiveCaching);
    line.text.prepare(QTransform(), font);
    line.height = int(line.text.size().height());
    return *m_lines.insert(std::move(key), std::move(line));
}

QRect ModelTableDelegate::textArea(const QStyleOptionViewItem &cell)
{
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget);
    // The same margin the style leaves inside that rectangle when it draws the text itself.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return area.adjusted(margin, 0, -margin, 0);
}

void ModelTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    // textArea() relies on showDecorationSelected, which table views always set: without it the
    // style sizes the text rectangle by the text, so it would be empty here.
    if (!cell.showDecorationSelected || (cell.features & (QStyleOptionViewItem::HasDecoration |
                                                          QStyleOptionViewItem::HasCheckIndicator |
                                                          QStyleOptionViewItem::WrapText))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // A style sheet can give item text its own colour, which only the style itself applies.
    if (style->inherits("QStyleSheetStyle")) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style lays the text out just to measure it; without text it only splits the cell.
    const QString text = std::exchange(cell.text, QString());
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    const QRect textRect = textArea(cell);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty() || textRect.width() <= 0)
        return;

    const CachedLine &line = lineFor(text, textRect.width(), cell.textElideMode, cell.font);
    const QSizeF size = line.text.size();
    // Vertically where the style puts its text layout: the line's height aligned in the area.
    const QRect lineRect = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                               QSize(textRect.width(), line.height), textRect);
    QPointF origin(textRect.left(), lineRect.top());
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(cell.direction, cell.displayAlignment) & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignRight)
        origin.setX(textRect.right() + 1 - size.width());
    else if (horizontal & Qt::AlignHCenter)
        origin.setX(textRect.left() + (textRect.width() - size.width()) / 2.0);

    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (cell.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role =
        (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip); // as the style does: no bleeding
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
    painter->drawStaticText(origin, line.text);
    painter->restore();
}

} // namespace gui
