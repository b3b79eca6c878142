#pragma once

#include "api/credentialsource.h"
#include "credentials/providers/credentialfetcher.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace credentials {

// The session's credentials: the triple a fetcher last brought, in memory only, handed to every
// call, and fetched again ahead of its expiry with at most one fetch in flight. The margin is
// 180 s (the credentials-go rule) or a quarter of the triple's lifetime when that is shorter,
// so a triple that lives a few seconds (the sandbox's --sts-duration) is still used.
class RefreshingCredentials : public api::CredentialSource
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds MaxRefreshMargin{180};

    // Takes the fetcher as a child.
    explicit RefreshingCredentials(CredentialFetcher *fetcher, QObject *parent = nullptr);

    std::optional<api::Credentials> usable() const override;
    void requestRefresh() override;
    void reportExpired(const api::Credentials &rejected) override;

    // The last triple and when it expires, for "Test connection"; empty before the first fetch.
    const std::optional<TemporaryCredentials> &current() const { return m_current; }
    bool isRefreshing() const { return m_inFlight; }
    int refreshCount() const { return m_refreshCount; }
    // The most fetches that were ever in flight at once: 1, or there is a bug.
    int maxInFlight() const { return m_maxInFlight; }
    std::optional<CredentialError> lastError() const { return m_lastError; }

Q_SIGNALS:
    void refreshStarted();

private:
    void onFetched(const TemporaryCredentials &credentials);
    void onFailed(const CredentialError &error);
    qint64 marginMs() const;

    CredentialFetcher *m_fetcher;
    std::optional<TemporaryCredentials> m_current;
    QDateTime m_fetchedAt;
    std::optional<CredentialError> m_lastError;
    bool m_inFlight = false;
    int m_inFlightCount = 0;
    int m_maxInFlight = 0;
    int m_refreshCount = 0;
};

} // namespace credentials
