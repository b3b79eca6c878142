#pragma once

// Helpers for widget tests that meet the application's window-modal dialogs. Header only: it
// needs Qt Widgets, which the GUI tests link and the other users of tests/support do not.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTimer>

namespace testsupport {

// The visible dialog of that type and name under `parent`, if one is open right now.
template<typename T> T *openDialog(QObject *parent, const QString &name)
{
    const QList<T *> dialogs = parent->findChildren<T *>(name);
    for (T *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// Answers the next message box with that object name as soon as it is the active modal widget,
// without blocking the test: the application's prompts open() and answer through signals, and
// this polls from the test's own event loop (QTRY_* or QSignalSpy::wait).
class MessageBoxAnswerer : public QObject
{
public:
    MessageBoxAnswerer(const QString &name, QMessageBox::StandardButton button)
        : m_name(name)
        , m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswerer::poll);
        m_timer.start(10);
    }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_name)
            return;
        m_timer.stop();
        m_answered = true;
        m_text = box->text();
        box->button(m_button)->click();
    }

    QString m_name;
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    bool m_answered = false;
    QString m_text;
};

} // namespace testsupport
