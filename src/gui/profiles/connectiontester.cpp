#include "gui/profiles/connectiontester.h"

#include "api/apiclient.h"
#include "pai/displaytext.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace gui {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_client(new api::ApiClient(this))
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const api::Endpoint &endpoint, const api::Credentials &credentials,
                             const api::NetworkSettings &network)
{
    cancel();
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
    m_client->setNetworkSettings(network);
    send();
}

void ConnectionTester::start(const api::Endpoint &endpoint,
                             const credentials::ResolvedCredentials &resolved,
                             const api::NetworkSettings &network,
                             credentials::ProviderSettings settings)
{
    if (!resolved.isTemporary()) {
        start(endpoint, resolved.credentials, network);
        return;
    }
    cancel();
    m_client->setEndpoint(endpoint);
    m_client->setCredentials({});
    m_client->setNetworkSettings(network);
    settings.borrowFrom(*m_client);
    QString error;
    credentials::RefreshingCredentials *provider = resolved.buildProvider(settings, this, &error);
    if (!provider) {
        Q_EMIT finished(false, tr("Connection failed. %1").arg(error), QString());
        return;
    }
    m_provider = provider;
    m_client->setCredentialSource(provider);
    send();
}

void ConnectionTester::send()
{
    api::WorkspaceListQuery query;
    query.pageSize = 1;
    api::ListWorkspacesCall *call = m_client->listWorkspaces(query);
    m_call = call;
    connect(call, &api::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_call == call)
            m_call = nullptr;
        if (const auto &error = call->error()) {
            if (error->kind == api::ApiError::Kind::Canceled)
                return;
            Q_EMIT finished(false, tr("Connection failed. %1").arg(error->userText()),
                            error->requestId);
            return;
        }
        const QString origin = QString::fromUtf8(m_client->endpoint().origin());
        if (m_provider && m_provider->current()) {
            const credentials::TemporaryCredentials &current = *m_provider->current();
            const QString identity =
                current.identity.isEmpty() ? tr("temporary credentials") : current.identity;
            const QString message =
                current.expiration.isValid()
                    ? tr("Connected to %1 as %2, with credentials that expire at %3 (refreshed "
                         "before then). RequestId: %4")
                          .arg(origin, identity,
                               pai::DisplayText::dateTime(current.expiration.toLocalTime()),
                               call->requestId())
                    : tr("Connected to %1 as %2. RequestId: %3")
                          .arg(origin, identity, call->requestId());
            Q_EMIT finished(true, message, call->requestId());
            return;
        }
        Q_EMIT finished(true, tr("Connected to %1. RequestId: %2").arg(origin, call->requestId()),
                        call->requestId());
    });
}

void ConnectionTester::cancel()
{
    // The next test builds its own provider: a changed form must not reuse the last triple.
    m_client->setCredentialSource(nullptr);
    if (m_provider)
        m_provider->deleteLater();
    m_provider = nullptr;
    if (m_call) {
        api::ApiCall *call = m_call;
        m_call = nullptr;
        call->cancel();
    }
}

} // namespace gui
