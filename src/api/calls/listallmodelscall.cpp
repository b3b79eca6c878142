#include "api/calls/listallmodelscall.h"

#include "api/apiclient.h"

namespace api {

ListAllModelsCall::ListAllModelsCall(ApiClient *client, const ModelListQuery &query, int pageSize,
                                     int maxInFlight, QDeadlineTimer deadline, QObject *parent)
    : PagedListCall(QStringLiteral("ListModels"), pageSize, maxInFlight, deadline, parent)
    , m_client(client)
    , m_query(query)
    , m_overall(deadline)
{}

ApiCall *ListAllModelsCall::requestPage(int pageNumber, int pageSize)
{
    Q_ASSERT(m_client);
    ModelListQuery query = m_query;
    query.pageNumber = pageNumber;
    query.pageSize = pageSize;
    return m_client->listModels(query, pageDeadline(m_overall, m_client->timeouts().listPage));
}

qint64 ListAllModelsCall::totalCountOf(const ApiCall *page) const
{
    return static_cast<const ListModelsCall *>(page)->page().totalCount;
}

qsizetype ListAllModelsCall::rowsOnWireOf(const ApiCall *page) const
{
    return static_cast<const ListModelsCall *>(page)->page().rowsOnWire;
}

QStringList ListAllModelsCall::skippedRowsOf(const ApiCall *page) const
{
    return static_cast<const ListModelsCall *>(page)->page().skippedRows;
}

qsizetype ListAllModelsCall::deliverPage(ApiCall *page)
{
    auto *listPage = static_cast<ListModelsCall *>(page);
    if (pagesDelivered() == 0) {
        // The first page tells how many follow; growing 10,000 models page by page copied them
        // again and again. The count is the server's word, so only a bounded part is reserved.
        const qsizetype expected = reservationFor(listPage->page().totalCount);
        if (m_keepModels)
            m_models.reserve(expected);
        m_seen.reserve(expected);
    }
    QList<pai::Model> arrived = listPage->takeModels();
    QList<pai::Model> fresh;
    fresh.reserve(arrived.size());
    for (pai::Model &model : arrived) {
        // Rows move between pages when models are added meanwhile; show each model once.
        const qsizetype seenBefore = m_seen.size();
        m_seen.insert(model.modelId);
        if (m_seen.size() != seenBefore)
            fresh.append(std::move(model));
    }
    m_delivered += fresh.size();
    if (m_keepModels)
        m_models.append(fresh);
    if (!fresh.isEmpty())
        Q_EMIT modelsArrived(fresh);
    return fresh.size();
}

} // namespace api
