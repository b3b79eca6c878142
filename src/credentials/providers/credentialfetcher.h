#pragma once

#include "credentials/providers/temporarycredentials.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace api {
class ActivityLog;
}

namespace credentials {

// What every provider borrows from the session: the network, the activity log (STS and metadata
// requests are recorded there, redacted), and how long one request may take.
struct FetchContext
{
    QPointer<QNetworkAccessManager> network;
    QPointer<api::ActivityLog> activityLog;
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(10)};
    // The client's: the system CAs plus the profile's or --ca-file's, so STS behind a proxy that
    // inspects TLS is trusted exactly as the API is.
    std::optional<QSslConfiguration> sslConfiguration;
    QString profile; // for error messages
    QString mode;
};

// One way of getting a triple: AssumeRole, the metadata service, a URI, a process. It fetches
// when asked and reports once per fetch, always from the event loop. RefreshingCredentials
// decides when to ask.
class CredentialFetcher : public QObject
{
    Q_OBJECT

public:
    explicit CredentialFetcher(FetchContext context, QObject *parent = nullptr);

    virtual void fetch() = 0;
    const FetchContext &context() const { return m_context; }

Q_SIGNALS:
    void fetched(const credentials::TemporaryCredentials &credentials);
    void failed(const credentials::CredentialError &error);

protected:
    CredentialError errorAt(const QString &step, const QString &message) const;
    // Emits failed() on the next event-loop turn: callers were promised no re-entrancy.
    void failLater(const CredentialError &error);
    void succeedLater(const TemporaryCredentials &credentials);

    // One HTTP exchange with a timeout and a capped body; the callback gets the status (0 when
    // there was no answer), the body and a network error text. Recorded in the activity log as
    // `operation`, with every header in `secretHeaders` and every value in `secrets` redacted.
    struct HttpResult
    {
        int status = 0;
        QByteArray body;
        QString networkError;
    };
    void sendHttp(const QString &operation, QNetworkRequest request, const QByteArray &method,
                  const QByteArray &body, const QStringList &secrets,
                  std::function<void(const HttpResult &)> done);

private:
    FetchContext m_context;
};

// AK and StsToken: nothing to fetch, the triple never changes.
class StaticFetcher : public CredentialFetcher
{
    Q_OBJECT

public:
    StaticFetcher(FetchContext context, const api::Credentials &credentials,
                  QObject *parent = nullptr);
    void fetch() override;

private:
    api::Credentials m_credentials;
};

} // namespace credentials
