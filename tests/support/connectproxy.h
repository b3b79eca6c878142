#pragma once

#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace testsupport {

// A minimal HTTP proxy on loopback that only tunnels: it answers CONNECT host:port, then copies
// bytes both ways without looking at them, as a corporate proxy does for HTTPS. It records every
// target it was asked for, so a test can tell whether a client went through it or direct.
class ConnectProxy : public QObject
{
    Q_OBJECT

public:
    explicit ConnectProxy(QObject *parent = nullptr);

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:<port>", the form HTTPS_PROXY takes.
    QString url() const;
    // "127.0.0.1:8443" for each CONNECT received, in order.
    QStringList targets() const { return m_targets; }

Q_SIGNALS:
    void tunnelRequested(const QString &target);

private:
    void accept();
    void readRequest(QTcpSocket *client);
    static void pipe(QTcpSocket *from, QTcpSocket *to);

    QTcpServer m_server;
    QStringList m_targets;
};

} // namespace testsupport
