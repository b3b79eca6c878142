#include "gui/browse/workspaceloader.h"

#include "api/apiclient.h"
#include "gui/models/workspacelistmodel.h"

namespace gui {

WorkspaceLoader::WorkspaceLoader(WorkspaceListModel *list, QObject *parent)
    : QObject(parent)
    , m_list(list)
{}

WorkspaceLoader::~WorkspaceLoader()
{
    cancel();
}

void WorkspaceLoader::setClient(api::ApiClient *client)
{
    cancel();
    m_client = client;
}

void WorkspaceLoader::cancel()
{
    if (!m_call)
        return;
    api::ListAllWorkspacesCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->cancel();
    call->deleteLater();
}

void WorkspaceLoader::load()
{
    cancel();
    m_error.reset();
    if (!m_warnings.isEmpty()) {
        m_warnings.clear();
        Q_EMIT warningsChanged();
    }
    m_list->clear();
    if (!m_client)
        return;
    m_call = m_client->listAllWorkspaces();
    connect(
        m_call, &api::ListAllWorkspacesCall::workspacesArrived, this,
        [this](const QList<pai::Workspace> &workspaces) { m_list->appendWorkspaces(workspaces); });
    connect(m_call, &api::PagedListCall::warning, this, [this](const QString &text) {
        m_warnings.append(text);
        Q_EMIT warningsChanged();
    });
    connect(m_call, &api::ApiCall::finished, this, &WorkspaceLoader::onFinished);
}

void WorkspaceLoader::onFinished()
{
    api::ListAllWorkspacesCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    if (call->warnings() != m_warnings) {
        m_warnings = call->warnings();
        Q_EMIT warningsChanged();
    }
    if (call->error()) {
        m_error = *call->error();
        Q_EMIT failed(*m_error);
        return;
    }
    Q_EMIT finished();
}

} // namespace gui
