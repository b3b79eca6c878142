#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace gui {

// Paints the cells of the model table. The style's own item painting lays out every cell's text
// from scratch on every repaint (shaping it with HarfBuzz), which made one repaint of a full
// window cost about 10 ms and a quick-filter keystroke most of its budget. This delegate lets the
// style draw everything but the text, then draws the text from a cache of laid-out, elided
// lines: the table repeats the same domains, tasks, origins and types on every row.
// Cells with an icon, a check box or wrapped text, or in a view that does not paint the
// selection across the whole cell, go to the base class unchanged.
class ModelTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    qsizetype cachedLineCount() const { return m_lines.size(); }
    // Where a cell's text goes: the style's text rectangle less its text margin. The style
    // computes the rectangle the same with or without the text; without, it is much cheaper.
    static QRect textArea(const QStyleOptionViewItem &cell);

private:
    struct LineKey
    {
        QString text;
        int width = 0;
        Qt::TextElideMode elideMode = Qt::ElideRight;
        friend bool operator==(const LineKey &, const LineKey &) = default;
        friend size_t qHash(const LineKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.elideMode));
        }
    };

    struct CachedLine
    {
        QStaticText text;
        // The line's height in whole pixels, as the style centres it: centring the fractional
        // size put half the cells' text a pixel lower than in other views.
        int height = 0;
    };

    const CachedLine &lineFor(const QString &text, int width, Qt::TextElideMode elideMode,
                              const QFont &font) const;

    // Enough for every distinct cell of a few screens; dropped whole when full, which is
    // cheaper than tracking use and costs one repaint's worth of layout.
    static constexpr qsizetype MaxCachedLines = 8192;
    mutable QHash<LineKey, CachedLine> m_lines;
    mutable QFont m_font;
};

} // namespace gui
