#include "credentials/providers/credentialfetcher.h"

#include "api/activitylog.h"
#include "api/signer.h"
#include "credentials/providers/credentialreplies.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace credentials {

QString CredentialError::text() const
{
    QString text = QCoreApplication::translate("credentials::CredentialError",
                                               "Profile \"%1\" (mode %2), step %3: %4")
                       .arg(profile, mode, step, message);
    if (!code.isEmpty())
        text += u' ' +
                QCoreApplication::translate("credentials::CredentialError", "Code: %1.").arg(code);
    if (!requestId.isEmpty())
        text += u' ' + QCoreApplication::translate("credentials::CredentialError", "RequestId: %1.")
                           .arg(requestId);
    return text;
}

CredentialFetcher::CredentialFetcher(FetchContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

CredentialError CredentialFetcher::errorAt(const QString &step, const QString &message) const
{
    CredentialError error;
    error.profile = m_context.profile;
    error.mode = m_context.mode;
    error.step = step;
    error.message = message;
    return error;
}

void CredentialFetcher::failLater(const CredentialError &error)
{
    QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

void CredentialFetcher::succeedLater(const TemporaryCredentials &credentials)
{
    QTimer::singleShot(0, this, [this, credentials] { Q_EMIT fetched(credentials); });
}

void CredentialFetcher::sendHttp(const QString &operation, QNetworkRequest request,
                                 const QByteArray &method, const QByteArray &body,
                                 const QStringList &secrets,
                                 std::function<void(const HttpResult &)> done)
{
    if (!m_context.network) {
        HttpResult result;
        result.networkError = tr("The session was closed.");
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    request.setTransferTimeout(int(m_context.requestTimeout.count()));
    if (m_context.sslConfiguration)
        request.setSslConfiguration(*m_context.sslConfiguration);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_context.network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > CredentialReplies::MaxReplyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, operation, method, secrets, startedAt, clock,
             done = std::move(done)] {
                reply->deleteLater();
                HttpResult result;
                result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                result.body = reply->read(CredentialReplies::MaxReplyBytes + 1);
                if (result.status == 0)
                    result.networkError = reply->errorString();

                if (m_context.activityLog) {
                    api::ActivityEntry entry;
                    entry.time = startedAt;
                    entry.operation = operation;
                    entry.target = m_context.profile;
                    entry.method = method;
                    QByteArray pathAndQuery = request.url().toEncoded(
                        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
                    for (const QString &secret : secrets) {
                        if (secret.isEmpty())
                            continue;
                        pathAndQuery.replace(api::Acs3::percentEncode(secret),
                                             api::ActivityLog::RedactedMarker);
                    }
                    entry.pathAndQuery = pathAndQuery;
                    for (const QByteArray &name : request.rawHeaderList()) {
                        const bool secret = name.toLower().contains("token");
                        entry.requestHeaders.append(
                            {name, secret ? QByteArray(api::ActivityLog::RedactedMarker)
                                          : request.rawHeader(name)});
                    }
                    entry.httpStatus = result.status;
                    entry.outcome =
                        result.status >= 200 && result.status < 300 ? u"ok"_s : u"failed"_s;
                    entry.message = result.networkError;
                    entry.durationMs = clock->elapsed();
                    m_context.activityLog->append(std::move(entry));
                }
                done(result);
            });
}

StaticFetcher::StaticFetcher(FetchContext context, const api::Credentials &credentials,
                             QObject *parent)
    : CredentialFetcher(std::move(context), parent)
    , m_credentials(credentials)
{}

void StaticFetcher::fetch()
{
    TemporaryCredentials result;
    result.credentials = m_credentials;
    succeedLater(result);
}

} // namespace credentials
