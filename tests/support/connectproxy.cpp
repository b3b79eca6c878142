#include "connectproxy.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace testsupport {

ConnectProxy::ConnectProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString ConnectProxy::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void ConnectProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readRequest(client); });
    }
}

void ConnectProxy::readRequest(QTcpSocket *client)
{
    // Until the tunnel is up, the client sends nothing but the request head.
    const QByteArray head = client->peek(client->bytesAvailable());
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    client->read(end + 4);
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);

    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const qsizetype colon = target.lastIndexOf(':');
    if (requestLine.value(0) != "CONNECT" || colon <= 0) {
        client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    const QString targetText = QString::fromLatin1(target);
    m_targets.append(targetText);
    Q_EMIT tunnelRequested(targetText);

    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        pipe(client, upstream);
        pipe(upstream, client);
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState) {
            client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        }
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    upstream->connectToHost(QString::fromLatin1(target.left(colon)),
                            quint16(target.mid(colon + 1).toUInt()));
}

void ConnectProxy::pipe(QTcpSocket *from, QTcpSocket *to)
{
    connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
}

} // namespace testsupport
