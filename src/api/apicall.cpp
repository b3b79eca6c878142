#include "api/apicall.h"

#include "api/activitylog.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace api {

namespace {

constexpr char ApiVersion[] = "2021-02-04";

QString requestIdOf(const QJsonObject &body)
{
    for (const QString &key : {u"RequestId"_s, u"requestId"_s, u"requestid"_s}) {
        const QJsonValue value = body.value(key);
        if (value.isString())
            return value.toString();
    }
    return {};
}

// A gateway's SignatureDoesNotMatch message quotes the canonical request it computed, and that
// holds the x-acs-security-token header: unredacted, the STS token would reach the error
// dialogs, the CLI's stderr and the activity log. The secret itself never travels, but a reply
// is not trusted to know that.
void redactCredentials(ApiError &error, const Credentials &credentials)
{
    for (const QString &secret : {credentials.securityToken, credentials.accessKeySecret}) {
        if (secret.isEmpty())
            continue;
        const QString encoded = QString::fromLatin1(Acs3::percentEncode(secret));
        for (QString *text : {&error.message, &error.code, &error.requestId}) {
            text->replace(secret, QLatin1StringView(ActivityLog::RedactedMarker));
            text->replace(encoded, QLatin1StringView(ActivityLog::RedactedMarker));
        }
    }
}

} // namespace

ApiCall::ApiCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_spec(std::move(spec))
    , m_single(true)
    , m_operation(m_spec.operation)
    , m_target(m_spec.target)
    , m_kind(m_spec.kind)
    , m_deadline(deadline)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    m_attemptTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiCall::onAttemptTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::ApiCall(const QString &operation, const QString &target, OperationKind kind,
                 QDeadlineTimer deadline, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_target(target)
    , m_kind(kind)
    , m_deadline(deadline)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
}

ApiCall::~ApiCall()
{
    dropReply();
}

qint64 ApiCall::elapsedMs() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void ApiCall::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_elapsed.start();
    if (!m_deadline.isForever()) {
        const qint64 remaining = m_deadline.remainingTime();
        if (remaining <= 0) {
            onDeadline();
            return;
        }
        m_deadlineTimer.start(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
    }
    startWork();
}

void ApiCall::startWork()
{
    sendAttempt();
}

void ApiCall::abortWork()
{
    m_backoffTimer.stop();
    dropReply();
}

QString ApiCall::parseResult(const QJsonObject &)
{
    return {};
}

void ApiCall::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_context.network) {
        finishWith(ApiError::network(tr("The API client was closed before the request was sent.")));
        return;
    }
    if (!m_context.endpoint.isValid()) {
        const QString why = m_context.endpoint.errorString();
        finishWith(ApiError::network(why.isEmpty() ? tr("No endpoint is configured.") : why));
        return;
    }
    m_signedWith = m_context.credentials;
    if (m_context.credentialSource) {
        const std::optional<Credentials> current = m_context.credentialSource->usable();
        if (!current) {
            awaitCredentials();
            return;
        }
        m_signedWith = *current;
    }
    ++m_attempt;

    const QByteArray query = Acs3::canonicalQueryString(m_spec.query);
    m_wirePathAndQuery = m_spec.encodedPath + (query.isEmpty() ? QByteArray() : '?' + query);

    SignInput input;
    input.method = m_spec.method;
    input.encodedPath = m_spec.encodedPath;
    input.query = m_spec.query;
    input.headers = {
        {"host", m_context.endpoint.hostHeader()},
        {"x-acs-action", m_spec.operation.toLatin1()},
        {"x-acs-version", ApiVersion},
        {"accept", "application/json"},
        {"user-agent", "PaiDesk/" PAIDESK_VERSION},
    };
    if (m_spec.jsonBody) {
        input.headers.append(
            std::pair(QByteArray("content-type"), QByteArray("application/json; charset=utf-8")));
        input.body = *m_spec.jsonBody;
    }
    // A fresh date and nonce per attempt: the gateway rejects a replayed nonce.
    const Signature signature =
        Acs3::sign(input, m_signedWith, QDateTime::currentDateTimeUtc(), Acs3::newNonce());

    QNetworkRequest request(
        QUrl::fromEncoded(m_context.endpoint.origin() + m_wirePathAndQuery, QUrl::StrictMode));
    for (const auto &[name, value] : signature.headersToSend)
        request.setRawHeader(name, value);
    // A redirect would send the signed headers to another path, which can only fail.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setSslConfiguration(m_context.sslConfiguration);

    m_attemptHeaders = signature.headersToSend;
    m_attemptStartedAt = QDateTime::currentDateTimeUtc();
    m_attemptClock.start();
    m_replyInMs = -1;
    m_body.clear();
    m_sslErrors.clear();
    m_reply = m_context.network->sendCustomRequest(request, m_spec.method, input.body);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::progress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onReplyHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReplyData);
    // Kept only to explain the failure: the errors are never ignored, so the handshake fails
    // before a byte of the request is written.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_attemptTimer.start(
        int(std::min<qint64>(m_context.attemptTimeout.count(), std::numeric_limits<int>::max())));
    Q_EMIT attemptStarted(m_attempt);
}

void ApiCall::awaitCredentials()
{
    if (m_refreshedConnection)
        return;
    CredentialSource *source = m_context.credentialSource;
    m_refreshedConnection = connect(source, &CredentialSource::refreshed, this, [this] {
        stopAwaitingCredentials();
        sendAttempt();
    });
    m_refreshFailedConnection =
        connect(source, &CredentialSource::refreshFailed, this, [this](const QString &message) {
            stopAwaitingCredentials();
            finishWith(ApiError::credentials(message));
        });
    source->requestRefresh();
}

void ApiCall::stopAwaitingCredentials()
{
    disconnect(m_refreshedConnection);
    disconnect(m_refreshFailedConnection);
    m_refreshedConnection = {};
    m_refreshFailedConnection = {};
}

void ApiCall::onReplyHeaders()
{
    if (!m_reply)
        return;
    // A reply that announces more than the cap is refused before its first byte is read.
    bool known = false;
    const qint64 announced =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_context.maxReplyBytes)
        failOversized(announced);
}

void ApiCall::onReplyData()
{
    if (!m_reply)
        return;
    const qint64 room = m_context.maxReplyBytes - m_body.size();
    if (m_reply->bytesAvailable() > room) {
        failOversized(m_body.size() + m_reply->bytesAvailable());
        return;
    }
    m_body += m_reply->readAll();
}

void ApiCall::failOversized(qint64 size)
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromUtf8(m_reply->rawHeader("x-acs-request-id"));
    dropReply();
    m_body.clear();
    failAttempt(ApiError::malformed(tr("The reply to %1 is larger than %2 bytes (at least %3); "
                                       "PaiDesk stops reading there.")
                                        .arg(m_operation)
                                        .arg(m_context.maxReplyBytes)
                                        .arg(size),
                                    status, requestId),
                status);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onReplyData();
    if (!m_reply) // the rest of the body passed the cap
        return;
    // An attempt's duration is the request's time on the network, not the reading after it.
    m_replyInMs = m_attemptClock.elapsed();
    m_attemptTimer.stop();
    disconnect(reply, nullptr, this, nullptr);
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = std::exchange(m_body, {});
    const QByteArray requestIdHeader = reply->rawHeader("x-acs-request-id");

    if (status == 0 && !m_sslErrors.isEmpty()) {
        failAttempt(ApiError::fromSslErrors(m_context.endpoint.host(), m_sslErrors), 0);
        return;
    }
    if (status == 0) {
        failAttempt(ApiError::network(reply->errorString()), 0);
        return;
    }
    if (status < 200 || status > 299) {
        ApiError error = ApiError::fromHttpResponse(status, body, requestIdHeader);
        redactCredentials(error, m_signedWith);
        if (error.code == u"InvalidSecurityToken.Expired"_s && m_context.credentialSource &&
            !m_resentAfterExpiry) {
            // The triple expired on the server's clock before it did on ours. The answer proves
            // the request did not run, so it is sent once more with a fresh triple.
            m_resentAfterExpiry = true;
            logAttempt(status, error.code, u"retry"_s, error.message);
            m_context.credentialSource->reportExpired(m_signedWith);
            sendAttempt();
            return;
        }
        if (error.code == u"SignatureNonceUsed"_s) {
            // Every attempt signs a fresh random nonce, so a used nonce means the network layer
            // sent this very request again after the connection dropped (QNetworkAccessManager
            // does that for any method). The first copy may have run: the outcome is unknown,
            // exactly as for a dropped connection, and the retry policy treats it that way.
            ApiError lost = ApiError::network(
                tr("The connection was lost after the request was sent; the server may have "
                   "received it."));
            lost.requestId = error.requestId;
            error = lost;
        }
        failAttempt(error, status);
        return;
    }
    const QString headerRequestId = QString::fromUtf8(requestIdHeader);
    if (reply->error() != QNetworkReply::NoError) {
        failAttempt(ApiError::malformed(tr("The reply was cut short: %1").arg(reply->errorString()),
                                        status, headerRequestId),
                    status);
        return;
    }
    Q_EMIT answered();
    if (isFinished()) // a handler of answered() cancelled the call
        return;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QByteArray contentType = reply->rawHeader("content-type");
        if (contentType.toLower().contains("html") || body.trimmed().startsWith('<')) {
            // A proxy, captive portal or misrouted gateway answered with a web page.
            failAttempt(
                ApiError::malformed(
                    tr("The reply to %1 is a web page (Content-Type: %2), not JSON; "
                       "something other than the AIWorkspace API answered.")
                        .arg(m_operation,
                             contentType.isEmpty() ? tr("none") : QString::fromLatin1(contentType)),
                    status, headerRequestId),
                status);
            return;
        }
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : tr("not a JSON object");
        failAttempt(ApiError::malformed(tr("The reply to %1 is not valid JSON (%2 at byte %3).")
                                            .arg(m_operation, why)
                                            .arg(parseError.offset),
                                        status, headerRequestId),
                    status);
        return;
    }
    const QJsonObject object = document.object();
    const QString requestId = requestIdOf(object);
    m_requestId = requestId.isEmpty() ? headerRequestId : requestId;
    const QString problem = parseResult(object);
    if (!problem.isEmpty()) {
        failAttempt(ApiError::malformed(tr("The reply to %1 does not have the expected shape: %2")
                                            .arg(m_operation, problem),
                                        status, m_requestId),
                    status);
        return;
    }
    logAttempt(status, {}, u"ok"_s, {});
    finishWith(std::nullopt);
}

void ApiCall::onAttemptTimeout()
{
    if (!m_reply)
        return;
    dropReply();
    failAttempt(ApiError::timeout(tr("No complete answer within %1 seconds.")
                                      .arg(double(m_context.attemptTimeout.count()) / 1000.0)),
                0);
}

void ApiCall::failAttempt(const ApiError &error, int httpStatus)
{
    if (!error.requestId.isEmpty())
        m_requestId = error.requestId;
    m_lastAttemptError = error;
    if (!m_context.retryPolicy.shouldRetry(m_kind, error, m_attempt)) {
        logAttempt(httpStatus, error.code, u"failed"_s, error.message);
        finishWith(error);
        return;
    }
    const auto wait = m_context.retryPolicy.backoff(m_attempt);
    logAttempt(httpStatus, error.code, u"retry"_s, error.message);
    // A wait that outlasts the deadline ends in the deadline's Timeout, not in an early give-up.
    if (!m_deadline.isForever() && wait.count() >= m_deadline.remainingTime())
        return;
    Q_EMIT retrying(m_attempt + 1, int(wait.count()), error);
    m_backoffTimer.start(int(wait.count()));
}

void ApiCall::onDeadline()
{
    if (m_finished)
        return;
    if (m_reply) {
        dropReply();
        logAttempt(0, {}, u"timeout"_s, tr("Aborted at the deadline."));
    }
    abortWork();
    QString message;
    const QString done = doneSoFar();
    if (m_lastAttemptError) {
        message = tr("The deadline passed after %n attempt(s); the last answer was: %1", nullptr,
                     m_attempt)
                      .arg(m_lastAttemptError->code.isEmpty() ? m_lastAttemptError->message
                                                              : m_lastAttemptError->code);
    } else if (done.isEmpty()) {
        message = tr("The deadline passed before the server answered.");
    } else {
        message = tr("The deadline passed.");
    }
    if (!done.isEmpty())
        message += u' ' + done;
    finishWith(ApiError::timeout(message));
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        dropReply();
        logAttempt(0, {}, u"canceled"_s, {});
    }
    abortWork();
    finishWith(ApiError::canceled());
}

void ApiCall::finishWith(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    stopAwaitingCredentials();
    m_deadlineTimer.stop();
    m_attemptTimer.stop();
    m_backoffTimer.stop();
    m_error = std::move(error);
    Q_EMIT finished();
}

void ApiCall::dropReply()
{
    stopAwaitingCredentials();
    m_attemptTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::logAttempt(int httpStatus, const QString &code, const QString &outcome,
                         const QString &message)
{
    if (!m_context.activityLog)
        return;
    ActivityEntry entry;
    entry.time = m_attemptStartedAt;
    entry.operation = m_operation;
    entry.target = m_target;
    entry.method = m_spec.method;
    entry.pathAndQuery = m_wirePathAndQuery;
    entry.requestHeaders = m_attemptHeaders;
    entry.httpStatus = httpStatus;
    entry.code = code;
    entry.requestId = m_requestId;
    entry.outcome = outcome;
    entry.message = message;
    entry.durationMs = m_replyInMs >= 0           ? m_replyInMs
                       : m_attemptClock.isValid() ? m_attemptClock.elapsed()
                                                  : 0;
    entry.attempt = m_attempt;
    m_context.activityLog->append(std::move(entry));
}

} // namespace api
