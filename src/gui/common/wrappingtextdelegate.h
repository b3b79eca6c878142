#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace gui {

// Shows a tree view's values whole, over as many lines as they need, instead of cutting them:
// text breaks at spaces and, inside a long word (a URL, compact JSON), anywhere, as the style
// paints it. A tree view asks its delegate for a row's height without saying how wide the column
// is; this delegate reads the column's width from the view, and has the rows laid out again when
// a column is resized. For dialogs with a few rows, not for large views.
class WrappingTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingTextDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height `text` takes in `font`, wrapped to `width` pixels as the style wraps it.
    static int wrappedTextHeight(const QString &text, const QFont &font, int width);
    // The horizontal room the style leaves around a cell's text, both sides together.
    static int textMargins(const QWidget *widget);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace gui
