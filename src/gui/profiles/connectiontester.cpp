#include "gui/profiles/connectiontester.h"

#include "api/apiclient.h"

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
        Q_EMIT finished(
            true,
            tr("Connected to %1. RequestId: %2")
                .arg(QString::fromUtf8(m_client->endpoint().origin()), call->requestId()),
            call->requestId());
    });
}

void ConnectionTester::cancel()
{
    if (m_call) {
        api::ApiCall *call = m_call;
        m_call = nullptr;
        call->cancel();
    }
}

} // namespace gui
