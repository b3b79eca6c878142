#pragma once

#include "credentials/providers/credentialfetcher.h"

#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace credentials {

// EcsRamRole: the instance metadata service. An IMDSv2 token first (PUT /latest/api/token);
// without one, IMDSv1 unless that is disabled. The role name is discovered when not given.
class EcsMetadataFetcher : public CredentialFetcher
{
    Q_OBJECT

public:
    static constexpr char DefaultOrigin[] = "http://100.100.100.200";
    static constexpr int TokenTtlSeconds = 21600;

    // `origin` is the metadata service's scheme and authority; tests give the sandbox's.
    EcsMetadataFetcher(FetchContext context, QUrl origin, QString roleName, bool imdsv1Allowed,
                       QObject *parent = nullptr);
    void fetch() override;

private:
    void withRole(const QByteArray &token);
    void fetchRole(const QByteArray &token, const QString &role);
    QNetworkRequest requestFor(const QString &path, const QByteArray &token) const;

    QUrl m_origin;
    QString m_roleName;
    bool m_imdsv1Allowed;
};

// CredentialsURI: GET the URI, read {Code?, AccessKeyId, AccessKeySecret, SecurityToken,
// Expiration}.
class CredentialsUriFetcher : public CredentialFetcher
{
    Q_OBJECT

public:
    CredentialsUriFetcher(FetchContext context, QUrl uri, QObject *parent = nullptr);
    void fetch() override;

private:
    QUrl m_uri;
};

// External: runs the command without a shell (split like a command line), reads its stdout
// as JSON, gives up after the timeout, and shows its stderr in the error and in processOutput().
class ExternalProcessFetcher : public CredentialFetcher
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultTimeout{60};

    ExternalProcessFetcher(FetchContext context, QString command,
                           std::chrono::milliseconds timeout = DefaultTimeout,
                           QObject *parent = nullptr);
    void fetch() override;

Q_SIGNALS:
    // What the process wrote on stderr, for the CLI to pass on.
    void processOutput(const QString &stderrText);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_command;
    std::chrono::milliseconds m_timeout;
    QProcess *m_process = nullptr;
    QTimer m_timer;
};

} // namespace credentials
