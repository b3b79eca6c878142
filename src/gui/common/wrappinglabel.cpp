#include "gui/common/wrappinglabel.h"

#include <QResizeEvent>

namespace gui {

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void WrappingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // The width is the layout's to choose; the height then follows from it, so this settles
    // after one more pass of the layout.
    const int needed = heightForWidth(event->size().width());
    if (needed > 0 && (needed != minimumHeight() || needed != maximumHeight()))
        setFixedHeight(needed);
}

} // namespace gui
