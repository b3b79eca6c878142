#include "sandbox/sandboxserver.h"

#include "api/signer.h"
#include "sandbox/apireply.h"
#include "sandbox/ecsmetadataservice.h"
#include "sandbox/faultinjector.h"
#include "sandbox/modelstore.h"
#include "sandbox/operationhandler.h"
#include "sandbox/requestrouter.h"
#include "sandbox/signatureverifier.h"
#include "sandbox/stsservice.h"
#include "sandbox/temporarykeys.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

ReceivedRequest capture(const QHttpServerRequest &request)
{
    ReceivedRequest received;
    received.method = methodName(request.method());
    received.rawPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    received.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : request.headers())
        received.headers.append({name, value});
    received.body = request.body();
    return received;
}

QByteArray authorizationOf(const ReceivedRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// QtHttpServer's low-level entry point: one dispatcher for every path, so the sandbox controls the
// status line, the timing and the connection itself.
class HttpFrontEnd final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *,
                                       std::shared_ptr<QHttpServerResponder>)>;

    explicit HttpFrontEnd(Handler handler)
        : m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Without it, a reply larger than one segment waits for the client's delayed ACK
        // (Nagle): 40 ms more per page of 100 models, in series on a keep-alive connection.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_handler(request, socket,
                  std::make_shared<QHttpServerResponder>(makeResponder(request, socket)));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer &q)
        : q(q)
        , handler(store)
        , sts(verifier, temporaryKeys)
        , metadata(temporaryKeys)
        , http([this](const QHttpServerRequest &request, QTcpSocket *socket,
                      std::shared_ptr<QHttpServerResponder> responder) {
            handle(request, socket, std::move(responder));
        })
    {
        verifier.setTemporaryKeys(&temporaryKeys);
    }

    // STS and metadata requests: answered at once, no faults, no latency.
    bool handleCredentialRoutes(ReceivedRequest &received,
                                std::shared_ptr<QHttpServerResponder> responder,
                                QTcpSocket *socket);
    void handle(const QHttpServerRequest &request, QTcpSocket *socket,
                std::shared_ptr<QHttpServerResponder> responder);
    void reply(std::shared_ptr<QHttpServerResponder> responder, QPointer<QTcpSocket> socket,
               ReceivedRequest received, const ApiReply &reply, Fault fault);

    SandboxServer &q;
    ModelStore store;
    OperationHandler handler;
    SignatureVerifier verifier;
    TemporaryKeys temporaryKeys;
    StsService sts;
    EcsMetadataService metadata;
    bool stsEnabled = false;
    bool metadataEnabled = false;
    FaultInjector faults;
    bool signatureCheck = true;
    QSet<QByteArray> droppedRequests; // Authorization values of dropped requests
    HttpFrontEnd http;
    QTcpServer *tcpServer = nullptr;
    std::optional<QSslConfiguration> tls;
    QString errorString;
};

void SandboxServer::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket,
                                    std::shared_ptr<QHttpServerResponder> responder)
{
    ReceivedRequest received = capture(request);
    if (handleCredentialRoutes(received, responder, socket))
        return;

    const std::optional<Route> route = RequestRouter::route(received.method, received.rawPath);
    if (route)
        received.operation = operationName(route->operation);

    api::SignInput signInput{received.method, received.rawPath,
                             api::Acs3::parseQuery(received.rawQuery), received.headers,
                             received.body};

    Fault fault = Fault::None;
    ApiReply result;
    const QByteArray authorization = authorizationOf(received);
    if (!authorization.isEmpty() && droppedRequests.contains(authorization)) {
        // QNetworkAccessManager re-sends a request whose connection closed before any answer.
        // The same bytes meet the same fate, or the client would see SignatureNonceUsed instead
        // of the dropped connection the plan asked for.
        fault = Fault::Drop;
    } else {
        std::optional<ApiReply> rejection;
        if (signatureCheck)
            rejection = verifier.verify(signInput, QDateTime::currentDateTimeUtc());
        if (!rejection && !route) {
            rejection = ApiReply::error(
                404, u"InvalidAction.NotFound"_s,
                u"Specified api is not found, please check your url and method: %1 %2"_s.arg(
                    QString::fromLatin1(received.method), QString::fromLatin1(received.rawPath)));
        }
        if (rejection) {
            result = *rejection;
        } else {
            fault = faults.draw(received.operation);
            const bool runIt = fault == Fault::None ||
                               (isWrite(route->operation) && faults.plan().applyWritesBeforeFault);
            if (runIt)
                result = handler.handle(*route, signInput.query, received.body);
        }
        if (fault == Fault::Drop && !authorization.isEmpty()) {
            if (droppedRequests.size() > 10000)
                droppedRequests.clear();
            droppedRequests.insert(authorization);
        }
    }

    const int latency = faults.latencyFor(received.operation);
    if (latency <= 0) {
        reply(responder, socket, std::move(received), result, fault);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    // Precise: a coarse timer may move a 20 ms delay by a millisecond either way, and a listing
    // of 200 pages would measure the timer rather than the latency asked for.
    QTimer::singleShot(
        latency, Qt::PreciseTimer, socket,
        [this, responder, guard, received = std::move(received), result, fault]() mutable {
            reply(responder, guard, std::move(received), result, fault);
        });
}

bool SandboxServer::Private::handleCredentialRoutes(ReceivedRequest &received,
                                                    std::shared_ptr<QHttpServerResponder> responder,
                                                    QTcpSocket *socket)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiReply result;
    if (stsEnabled && received.rawPath == "/") {
        received.operation = StsService::actionOf(received.rawQuery, received.body);
        result = sts.handle(received.method, received.rawQuery, received.body, now);
    } else if (metadataEnabled && received.rawPath.startsWith(EcsMetadataService::PathPrefix)) {
        received.operation = EcsMetadataService::operationOf(received.method, received.rawPath);
        result = metadata.handle(received.method, received.rawPath, received.headers, now);
    } else {
        return false;
    }
    reply(responder, socket, std::move(received), result, Fault::None);
    return true;
}

void SandboxServer::Private::reply(std::shared_ptr<QHttpServerResponder> responder,
                                   QPointer<QTcpSocket> socket, ReceivedRequest received,
                                   const ApiReply &result, Fault fault)
{
    if (!socket)
        return;
    const QByteArray jsonType = "application/json;charset=utf-8"_ba;
    switch (fault) {
    case Fault::None: {
        received.status = result.status;
        responder->write(result.toJson(), jsonType,
                         static_cast<QHttpServerResponder::StatusCode>(result.status));
        break;
    }
    case Fault::Throttle: {
        const ApiReply throttled = ApiReply::error(
            400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s);
        received.status = throttled.status;
        responder->write(throttled.toJson(), jsonType,
                         QHttpServerResponder::StatusCode::BadRequest);
        break;
    }
    case Fault::ServerError: {
        const int status = faults.serverErrorStatus();
        const ApiReply failed =
            status == 503 ? ApiReply::error(503, u"ServiceUnavailable"_s,
                                            u"The request has failed due to a temporary failure "
                                            u"of the server."_s)
                          : ApiReply::error(500, u"InternalError"_s,
                                            u"The request processing has failed due to some "
                                            u"unknown error, exception or failure."_s);
        received.status = status;
        responder->write(failed.toJson(), jsonType,
                         static_cast<QHttpServerResponder::StatusCode>(status));
        break;
    }
    case Fault::Drop:
        received.status = 0;
        socket->abort();
        break;
    case Fault::Malformed: {
        received.status = 200;
        // Either a page a proxy might send, or a real answer cut in the middle.
        const QByteArray full =
            ApiReply::success({{u"Models"_s, QJsonArray{}}, {u"TotalCount"_s, 0}}).toJson();
        const QByteArray body = faults.truncateNotGarble()
                                    ? full.left(full.size() / 2)
                                    : "<html><body>502 Bad Gateway</body></html>"_ba;
        responder->write(body, jsonType, QHttpServerResponder::StatusCode::Ok);
        break;
    }
    }
    Q_EMIT q.requestHandled(received);
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(*this))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::setTlsFiles(const QString &certificateFile, const QString &keyFile)
{
    QFile certificates(certificateFile);
    if (!certificates.open(QIODevice::ReadOnly)) {
        d->errorString = tr("Cannot read the certificate file %1: %2")
                             .arg(certificateFile, certificates.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificates, QSsl::Pem);
    if (chain.isEmpty()) {
        d->errorString =
            tr("The certificate file %1 holds no PEM certificate.").arg(certificateFile);
        return false;
    }
    QFile keyDevice(keyFile);
    if (!keyDevice.open(QIODevice::ReadOnly)) {
        d->errorString =
            tr("Cannot read the key file %1: %2").arg(keyFile, keyDevice.errorString());
        return false;
    }
    const QByteArray keyBytes = keyDevice.readAll();
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        d->errorString =
            tr("The key file %1 holds no unencrypted PEM RSA or EC private key.").arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    // A server does not ask its clients for certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    d->tls = configuration;
    d->errorString.clear();
    return true;
}

bool SandboxServer::isTls() const
{
    return d->tls.has_value();
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    QTcpServer *server = nullptr;
    if (d->tls) {
        auto *sslServer = new QSslServer(&d->http);
        sslServer->setSslConfiguration(*d->tls);
        // QSslServer hands a connection to QtHttpServer only once its handshake has succeeded.
        connect(
            sslServer, &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { Q_EMIT tlsHandshakeFailed(); });
        server = sslServer;
    } else {
        server = new QTcpServer(&d->http);
    }
    if (!server->listen(address, port)) {
        d->errorString = tr("Cannot listen on %1:%2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(server->errorString());
        delete server;
        return false;
    }
    d->http.bind(server);
    d->tcpServer = server;
    d->errorString.clear();
    return true;
}

quint16 SandboxServer::port() const
{
    return d->tcpServer ? d->tcpServer->serverPort() : 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    const QHostAddress address = d->tcpServer ? d->tcpServer->serverAddress() : QHostAddress();
    const bool anyAddress = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                            address == QHostAddress::AnyIPv6 || address.isNull();
    url.setHost(anyAddress ? u"127.0.0.1"_s : address.toString());
    url.setPort(port());
    return url;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

void SandboxServer::addAccessKey(const QString &accessKeyId, const QString &accessKeySecret)
{
    d->verifier.addAccessKey(accessKeyId, accessKeySecret);
}

void SandboxServer::setStsEnabled(bool enabled)
{
    d->stsEnabled = enabled;
}

void SandboxServer::addTrustedRole(const QString &roleArn)
{
    d->sts.addTrustedRole(roleArn);
}

void SandboxServer::setStsIssuedDurationSeconds(int issuedSeconds)
{
    d->sts.setIssuedDurationSeconds(issuedSeconds);
    d->metadata.setIssuedDurationSeconds(issuedSeconds);
}

void SandboxServer::setEcsMetadataEnabled(bool enabled)
{
    d->metadataEnabled = enabled;
}

void SandboxServer::setEcsRoleName(const QString &roleName)
{
    d->metadata.setRoleName(roleName);
}

void SandboxServer::setEcsTokenRequired(bool required)
{
    d->metadata.setTokenRequired(required);
}

void SandboxServer::setSignatureCheckEnabled(bool enabled)
{
    d->signatureCheck = enabled;
}

void SandboxServer::setMaxPageSize(int maxPageSize)
{
    d->handler.setMaxPageSize(maxPageSize);
}

void SandboxServer::setFaultPlan(const FaultPlan &plan)
{
    d->faults.setPlan(plan);
}

FaultPlan SandboxServer::faultPlan() const
{
    return d->faults.plan();
}

ModelStore &SandboxServer::store()
{
    return d->store;
}

} // namespace sandbox
