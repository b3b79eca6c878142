#include "api/calls/listallworkspacescall.h"

#include "api/apiclient.h"

namespace api {

ListAllWorkspacesCall::ListAllWorkspacesCall(ApiClient *client, const WorkspaceListQuery &query,
                                             int pageSize, int maxInFlight, QDeadlineTimer deadline,
                                             QObject *parent)
    : PagedListCall(QStringLiteral("ListWorkspaces"), pageSize, maxInFlight, deadline, parent)
    , m_client(client)
    , m_query(query)
    , m_overall(deadline)
{}

ApiCall *ListAllWorkspacesCall::requestPage(int pageNumber, int pageSize)
{
    Q_ASSERT(m_client);
    WorkspaceListQuery query = m_query;
    query.pageNumber = pageNumber;
    query.pageSize = pageSize;
    return m_client->listWorkspaces(query, pageDeadline(m_overall, m_client->timeouts().listPage));
}

qint64 ListAllWorkspacesCall::totalCountOf(const ApiCall *page) const
{
    return static_cast<const ListWorkspacesCall *>(page)->page().totalCount;
}

qsizetype ListAllWorkspacesCall::rowsOnWireOf(const ApiCall *page) const
{
    return static_cast<const ListWorkspacesCall *>(page)->page().rowsOnWire;
}

QStringList ListAllWorkspacesCall::skippedRowsOf(const ApiCall *page) const
{
    return static_cast<const ListWorkspacesCall *>(page)->page().skippedRows;
}

qsizetype ListAllWorkspacesCall::deliverPage(ApiCall *page)
{
    QList<pai::Workspace> fresh;
    for (const pai::Workspace &workspace :
         static_cast<ListWorkspacesCall *>(page)->page().workspaces) {
        if (m_seen.contains(workspace.workspaceId))
            continue;
        m_seen.insert(workspace.workspaceId);
        fresh.append(workspace);
    }
    m_workspaces.append(fresh);
    if (!fresh.isEmpty())
        Q_EMIT workspacesArrived(fresh);
    return fresh.size();
}

} // namespace api
