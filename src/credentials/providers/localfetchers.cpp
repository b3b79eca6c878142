#include "credentials/providers/localfetchers.h"

#include "credentials/providers/credentialreplies.h"

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
constexpr qint64 MaxProcessOutput = 1024 * 1024;
constexpr qsizetype MaxShownStderr = 4000;
} // namespace

EcsMetadataFetcher::EcsMetadataFetcher(FetchContext context, QUrl origin, QString roleName,
                                       bool imdsv1Allowed, QObject *parent)
    : CredentialFetcher(std::move(context), parent)
    , m_origin(std::move(origin))
    , m_roleName(std::move(roleName))
    , m_imdsv1Allowed(imdsv1Allowed)
{}

QNetworkRequest EcsMetadataFetcher::requestFor(const QString &path, const QByteArray &token) const
{
    QUrl url = m_origin;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("X-aliyun-ecs-metadata-token", token);
    return request;
}

void EcsMetadataFetcher::fetch()
{
    QNetworkRequest request = requestFor(u"/latest/api/token"_s, {});
    request.setRawHeader("X-aliyun-ecs-metadata-token-ttl-seconds",
                         QByteArray::number(TokenTtlSeconds));
    sendHttp(u"MetadataToken"_s, request, "PUT", {}, {}, [this](const HttpResult &result) {
        const QByteArray token = result.body.trimmed();
        if (result.status == 200 && !token.isEmpty() && token.size() < 4096) {
            withRole(token);
            return;
        }
        if (!m_imdsv1Allowed) {
            CredentialError error = errorAt(
                tr("metadata token"),
                tr("The metadata service at %1 gave no IMDSv2 token (%2), and IMDSv1 is "
                   "disabled.")
                    .arg(m_origin.authority(),
                         result.status ? tr("HTTP %1").arg(result.status) : result.networkError));
            error.httpStatus = result.status;
            failLater(error);
            return;
        }
        withRole({});
    });
}

void EcsMetadataFetcher::withRole(const QByteArray &token)
{
    if (!m_roleName.isEmpty()) {
        fetchRole(token, m_roleName);
        return;
    }
    sendHttp(u"MetadataRoleName"_s,
             requestFor(u"/latest/meta-data/ram/security-credentials/"_s, token), "GET", {},
             {QString::fromLatin1(token)}, [this, token](const HttpResult &result) {
                 const QString role = QString::fromUtf8(result.body.left(1024)).trimmed();
                 if (result.status != 200 || role.isEmpty() || role.contains(u'/')) {
                     failLater(errorAt(tr("metadata role name"),
                                       tr("The metadata service at %1 named no RAM role (%2).")
                                           .arg(m_origin.authority(),
                                                result.status ? tr("HTTP %1").arg(result.status)
                                                              : result.networkError)));
                     return;
                 }
                 fetchRole(token, role.section(u'\n', 0, 0).trimmed());
             });
}

void EcsMetadataFetcher::fetchRole(const QByteArray &token, const QString &role)
{
    const QString path = u"/latest/meta-data/ram/security-credentials/"_s +
                         QString::fromLatin1(QUrl::toPercentEncoding(role));
    sendHttp(u"MetadataCredentials"_s, requestFor(path, token), "GET", {},
             {QString::fromLatin1(token)}, [this, role](const HttpResult &result) {
                 if (result.status != 200) {
                     CredentialError error = errorAt(
                         tr("metadata"),
                         tr("The metadata service at %1 gave no credentials for role %2 (%3).")
                             .arg(m_origin.authority(), role,
                                  result.status ? tr("HTTP %1").arg(result.status)
                                                : result.networkError));
                     error.httpStatus = result.status;
                     failLater(error);
                     return;
                 }
                 const ParsedCredentials parsed = CredentialReplies::parseMetadata(result.body);
                 if (!parsed.credentials) {
                     CredentialError error = errorAt(tr("metadata"), parsed.error);
                     error.code = parsed.code;
                     failLater(error);
                     return;
                 }
                 succeedLater(*parsed.credentials);
             });
}

CredentialsUriFetcher::CredentialsUriFetcher(FetchContext context, QUrl uri, QObject *parent)
    : CredentialFetcher(std::move(context), parent)
    , m_uri(std::move(uri))
{}

void CredentialsUriFetcher::fetch()
{
    QNetworkRequest request(m_uri);
    request.setRawHeader("accept", "application/json");
    sendHttp(u"CredentialsURI"_s, request, "GET", {}, {}, [this](const HttpResult &result) {
        if (result.status != 200) {
            CredentialError error = errorAt(
                u"URI"_s,
                tr("%1 answered %2.")
                    .arg(m_uri.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                         result.status ? tr("HTTP %1").arg(result.status) : result.networkError));
            error.httpStatus = result.status;
            failLater(error);
            return;
        }
        const ParsedCredentials parsed = CredentialReplies::parseCredentialsUri(result.body);
        if (!parsed.credentials) {
            CredentialError error = errorAt(u"URI"_s, parsed.error);
            error.code = parsed.code;
            failLater(error);
            return;
        }
        succeedLater(*parsed.credentials);
    });
}

ExternalProcessFetcher::ExternalProcessFetcher(FetchContext context, QString command,
                                               std::chrono::milliseconds timeout, QObject *parent)
    : CredentialFetcher(std::move(context), parent)
    , m_command(std::move(command))
    , m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        QProcess *process = m_process;
        m_process = nullptr;
        disconnect(process, nullptr, this, nullptr);
        process->kill();
        process->waitForFinished(1000); // reaps the killed child; it is already dying
        process->deleteLater();
        Q_EMIT failed(
            errorAt(tr("process"),
                    tr("The command did not finish within %1 s.").arg(m_timeout.count() / 1000.0)));
    });
}

void ExternalProcessFetcher::fetch()
{
    if (m_process)
        return;
    const QStringList arguments = QProcess::splitCommand(m_command);
    if (arguments.isEmpty()) {
        failLater(errorAt(tr("process"), tr("The process command is empty.")));
        return;
    }
    // No shell: the program and its arguments are started directly.
    m_process = new QProcess(this);
    m_process->setProgram(arguments.first());
    m_process->setArguments(arguments.mid(1));
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &ExternalProcessFetcher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        const QString why = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        m_timer.stop();
        failLater(errorAt(tr("process"), tr("Cannot start \"%1\": %2").arg(m_command, why)));
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_process && m_process->bytesAvailable() > MaxProcessOutput)
            m_process->kill();
    });
    m_timer.start(m_timeout);
    m_process->start(QIODevice::ReadOnly);
}

void ExternalProcessFetcher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    m_timer.stop();
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    const QByteArray out = process->readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
    if (!err.isEmpty())
        Q_EMIT processOutput(err);
    if (status != QProcess::NormalExit || exitCode != 0) {
        QString message = status != QProcess::NormalExit
                              ? tr("The command crashed.")
                              : tr("The command exited with code %1.").arg(exitCode);
        if (!err.isEmpty())
            message += u' ' + tr("Its error output: %1").arg(err.left(MaxShownStderr));
        Q_EMIT failed(errorAt(tr("process"), message));
        return;
    }
    const ParsedCredentials parsed = CredentialReplies::parseExternal(out);
    if (!parsed.credentials) {
        Q_EMIT failed(errorAt(tr("process"), parsed.error));
        return;
    }
    Q_EMIT fetched(*parsed.credentials);
}

} // namespace credentials
