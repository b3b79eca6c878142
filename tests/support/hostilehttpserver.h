#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

// A loopback HTTP server that misbehaves on purpose, for the replies no real service should send
// and the sandbox never does: wrong JSON types, lying lengths, endless or dripping bodies, silence.
// Each request is answered by `handler`, which sees the request line and picks a Reply.
class HostileHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QUrlQuery query;
        int pageNumber() const
        {
            const QString value = query.queryItemValue(QStringLiteral("PageNumber"));
            return value.isEmpty() ? 1 : value.toInt();
        }
    };

    struct Reply
    {
        enum class Mode {
            Whole,   // write `bytes` at once, then close
            Drip,    // write `bytes` one byte per dripIntervalMs
            Silent,  // read the request, never answer, keep the connection open
            Endless, // write `bytes` (the headers), then `chunk` again and again until closed
            Hold,    // write `bytes` at once and keep the connection open
        };
        Mode mode = Mode::Whole;
        QByteArray bytes;
        QByteArray chunk;
        int dripIntervalMs = 1000;
        int delayMs = 0; // wait this long before answering at all
    };

    std::function<Reply(const Request &)> handler;
    int requests = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    static Reply whole(const QByteArray &body, int status = 200,
                       const QByteArray &contentType = "application/json",
                       qint64 claimedLength = -1)
    {
        return Reply{Reply::Mode::Whole,
                     head(status, contentType, claimedLength < 0 ? body.size() : claimedLength) +
                         body,
                     {},
                     0};
    }
    static Reply json(const QByteArray &body) { return whole(body); }
    static Reply drip(const QByteArray &body, int intervalMs)
    {
        Reply reply = whole(body);
        reply.mode = Reply::Mode::Drip;
        reply.dripIntervalMs = intervalMs;
        return reply;
    }
    static Reply silent() { return Reply{Reply::Mode::Silent, {}, {}, 0}; }

    // A 200 JSON reply without Content-Length whose body never ends.
    static Reply endless(const QByteArray &chunk)
    {
        return Reply{
            Reply::Mode::Endless,
            QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n["),
            chunk, 0};
    }
    // Sends `body` but announces `claimedLength` bytes, and keeps the connection open.
    static Reply held(const QByteArray &body, qint64 claimedLength)
    {
        Reply reply = whole(body, 200, "application/json", claimedLength);
        reply.mode = Reply::Mode::Hold;
        return reply;
    }

    static QByteArray head(int status, const QByteArray &contentType, qint64 contentLength)
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " Whatever\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(contentLength) +
               "\r\nConnection: close\r\n\r\n";
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
        m_buffers.remove(socket);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        ++requests;

        const QList<QByteArray> parts = requestLine.split(' ');
        Request request;
        request.method = parts.value(0);
        const QUrl target = QUrl::fromEncoded(parts.value(1));
        request.path = target.path(QUrl::FullyEncoded).toLatin1();
        request.query = QUrlQuery(target);
        respond(socket, handler ? handler(request) : silent());
    }

    void respond(QTcpSocket *socket, Reply reply)
    {
        if (reply.delayMs > 0) {
            const QPointer<QTcpSocket> guard(socket);
            const int delay = std::exchange(reply.delayMs, 0);
            QTimer::singleShot(delay, this, [this, guard, reply] {
                if (guard)
                    respond(guard, reply);
            });
            return;
        }
        switch (reply.mode) {
        case Reply::Mode::Whole:
            socket->write(reply.bytes);
            socket->disconnectFromHost();
            return;
        case Reply::Mode::Hold:
            socket->write(reply.bytes);
            return;
        case Reply::Mode::Silent:
            return;
        case Reply::Mode::Drip: {
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket,
                    [socket, timer, position, bytes = reply.bytes] {
                        if (*position >= bytes.size()) {
                            timer->stop();
                            socket->disconnectFromHost();
                            return;
                        }
                        socket->write(bytes.mid((*position)++, 1));
                    });
            timer->start(reply.dripIntervalMs);
            return;
        }
        case Reply::Mode::Endless:
            socket->write(reply.bytes);
            // Refill whenever the socket drains, so the server never buffers more than a chunk.
            connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk = reply.chunk] {
                if (socket->bytesToWrite() == 0 &&
                    socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(chunk);
            });
            socket->write(reply.chunk);
            return;
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
