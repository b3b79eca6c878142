#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback HTTP server that answers every request with the same raw bytes, then closes the
// connection. For replies the sandbox never sends on purpose: wrong JSON types, a body shorter
// than its Content-Length.
class RawHttpServer : public QObject
{
public:
    QByteArray response;
    int requests = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    m_buffers.remove(socket);
                    ++requests;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    static QByteArray okJson(const QByteArray &body, qsizetype claimedLength = -1)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(claimedLength < 0 ? body.size() : claimedLength) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
