#include "api/calls/listallmodelversionscall.h"

#include "api/apiclient.h"

namespace api {

ListAllModelVersionsCall::ListAllModelVersionsCall(ApiClient *client, const QString &modelId,
                                                   const VersionListQuery &query, int pageSize,
                                                   int maxInFlight, QDeadlineTimer deadline,
                                                   QObject *parent)
    : PagedListCall(QStringLiteral("ListModelVersions"), pageSize, maxInFlight, deadline, parent)
    , m_client(client)
    , m_modelId(modelId)
    , m_query(query)
    , m_overall(deadline)
{}

ApiCall *ListAllModelVersionsCall::requestPage(int pageNumber, int pageSize)
{
    Q_ASSERT(m_client);
    VersionListQuery query = m_query;
    query.pageNumber = pageNumber;
    query.pageSize = pageSize;
    return m_client->listModelVersions(m_modelId, query,
                                       pageDeadline(m_overall, m_client->timeouts().listPage));
}

qint64 ListAllModelVersionsCall::totalCountOf(const ApiCall *page) const
{
    return static_cast<const ListModelVersionsCall *>(page)->page().totalCount;
}

qsizetype ListAllModelVersionsCall::rowsOnWireOf(const ApiCall *page) const
{
    return static_cast<const ListModelVersionsCall *>(page)->page().rowsOnWire;
}

QStringList ListAllModelVersionsCall::skippedRowsOf(const ApiCall *page) const
{
    return static_cast<const ListModelVersionsCall *>(page)->page().skippedRows;
}

qsizetype ListAllModelVersionsCall::deliverPage(ApiCall *page)
{
    auto *listPage = static_cast<ListModelVersionsCall *>(page);
    if (pagesDelivered() == 0) {
        const qsizetype expected = reservationFor(listPage->page().totalCount);
        m_versions.reserve(expected);
        m_seen.reserve(expected);
    }
    QList<pai::ModelVersion> fresh;
    for (pai::ModelVersion &version : listPage->takeVersions()) {
        // Rows move between pages when versions are added meanwhile; list each name once.
        const qsizetype seenBefore = m_seen.size();
        m_seen.insert(version.versionName);
        if (m_seen.size() != seenBefore)
            fresh.append(std::move(version));
    }
    m_versions.append(fresh);
    if (!fresh.isEmpty())
        Q_EMIT versionsArrived(fresh);
    return fresh.size();
}

} // namespace api
