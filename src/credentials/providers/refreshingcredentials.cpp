#include "credentials/providers/refreshingcredentials.h"

#include <algorithm>

namespace credentials {

RefreshingCredentials::RefreshingCredentials(CredentialFetcher *fetcher, QObject *parent)
    : api::CredentialSource(parent)
    , m_fetcher(fetcher)
{
    m_fetcher->setParent(this);
    connect(m_fetcher, &CredentialFetcher::fetched, this, &RefreshingCredentials::onFetched);
    connect(m_fetcher, &CredentialFetcher::failed, this, &RefreshingCredentials::onFailed);
}

qint64 RefreshingCredentials::marginMs() const
{
    const qint64 lifetime = m_fetchedAt.msecsTo(m_current->expiration);
    return std::min<qint64>(std::chrono::milliseconds(MaxRefreshMargin).count(), lifetime / 4);
}

std::optional<api::Credentials> RefreshingCredentials::usable() const
{
    if (!m_current)
        return std::nullopt;
    if (!m_current->expiration.isValid())
        return m_current->credentials;
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(m_current->expiration);
    if (remaining <= marginMs())
        return std::nullopt;
    return m_current->credentials;
}

void RefreshingCredentials::requestRefresh()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlightCount);
    ++m_refreshCount;
    Q_EMIT refreshStarted();
    m_fetcher->fetch();
}

void RefreshingCredentials::reportExpired(const api::Credentials &rejected)
{
    // Only the triple that was refused: a refresh may already have replaced it.
    if (m_current && m_current->credentials.accessKeyId == rejected.accessKeyId &&
        m_current->expiration.isValid())
        m_current.reset();
}

void RefreshingCredentials::onFetched(const TemporaryCredentials &credentials)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (credentials.expiration.isValid() && credentials.expiration <= now) {
        CredentialError error;
        error.profile = m_fetcher->context().profile;
        error.mode = m_fetcher->context().mode;
        error.step = tr("expiry check");
        error.message = tr("The credentials received had already expired at %1.")
                            .arg(credentials.expiration.toString(Qt::ISODate));
        onFailed(error);
        return;
    }
    m_inFlight = false;
    --m_inFlightCount;
    m_current = credentials;
    m_fetchedAt = now;
    m_lastError.reset();
    Q_EMIT refreshed();
}

void RefreshingCredentials::onFailed(const CredentialError &error)
{
    m_inFlight = false;
    --m_inFlightCount;
    m_lastError = error;
    Q_EMIT refreshFailed(error.text());
}

} // namespace credentials
