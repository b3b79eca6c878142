#pragma once

#include <QObject>

class QSocketNotifier;

namespace cli {

// Turns SIGINT and SIGTERM into a Qt signal, so a long-running command can shut down cleanly
// from the event loop (the data file is saved, the port is closed). One instance at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cli
