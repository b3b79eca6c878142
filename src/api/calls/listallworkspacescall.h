#pragma once

#include "api/calls/pagedlistcall.h"
#include "api/workspacelistquery.h"
#include "pai/workspace.h"

#include <QPointer>
#include <QSet>

namespace api {

class ApiClient;

// Every workspace, in server order, without duplicates.
class ListAllWorkspacesCall : public PagedListCall
{
    Q_OBJECT

public:
    ListAllWorkspacesCall(ApiClient *client, const WorkspaceListQuery &query, int pageSize,
                          int maxInFlight, QDeadlineTimer deadline, QObject *parent);
    const QList<pai::Workspace> &workspaces() const { return m_workspaces; }

Q_SIGNALS:
    void workspacesArrived(const QList<pai::Workspace> &workspaces);

protected:
    ApiCall *requestPage(int pageNumber, int pageSize) override;
    qint64 totalCountOf(const ApiCall *page) const override;
    qsizetype rowsOnWireOf(const ApiCall *page) const override;
    QStringList skippedRowsOf(const ApiCall *page) const override;
    qsizetype deliverPage(ApiCall *page) override;
    qsizetype itemsDelivered() const override { return m_workspaces.size(); }

private:
    QPointer<ApiClient> m_client;
    WorkspaceListQuery m_query;
    QDeadlineTimer m_overall;
    QList<pai::Workspace> m_workspaces;
    QSet<QString> m_seen;
};

} // namespace api
