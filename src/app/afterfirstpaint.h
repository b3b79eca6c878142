#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace app {

// Runs a piece of start-up work once `window` has been painted for the first time, so that the
// person sees the window before that work is done. The work runs at a later turn of the event
// loop than the paint (the painted frame is flushed by then, and input waiting meanwhile goes
// first). A window that is not painted soon (started minimised, say) does not hold the work back
// for long: it runs after `fallbackMs` all the same, and a window already on the screen does not
// wait for another paint. Deleting this object before then cancels the work.
class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultFallbackMs = 1000;

    AfterFirstPaint(QWidget *window, std::function<void()> work, QObject *parent = nullptr,
                    int fallbackMs = DefaultFallbackMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    std::function<void()> m_work;
    QTimer m_timer;
};

} // namespace app
