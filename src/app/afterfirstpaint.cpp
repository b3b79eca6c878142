#include "app/afterfirstpaint.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace app {

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> work, QObject *parent,
                                 int fallbackMs)
    : QObject(parent)
    , m_work(std::move(work))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AfterFirstPaint::run);
    // A window already on the screen (a second start) has had its first paint.
    const QWindow *handle = window->windowHandle();
    if (handle && handle->isExposed()) {
        m_timer.start(0);
        return;
    }
    m_timer.start(fallbackMs);
    window->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // A zero timer rather than a posted call: it fires after the events already posted
        // (the paint's flush among them), not in the middle of the paint.
        m_timer.start(0);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::run()
{
    // The work may delete this object (a new start replaces it): nothing of it is used after.
    if (const std::function<void()> work = std::exchange(m_work, {}))
        work();
}

} // namespace app
