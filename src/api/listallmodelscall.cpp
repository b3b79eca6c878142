#include "api/listallmodelscall.h"

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

qsizetype ListAllModelsCall::deliverPage(ApiCall *page)
{
    QList<pai::Model> fresh;
    for (const pai::Model &model : static_cast<ListModelsCall *>(page)->page().models) {
        // Rows move between pages when models are added meanwhile; show each model once.
        if (m_seen.contains(model.modelId))
            continue;
        m_seen.insert(model.modelId);
        fresh.append(model);
    }
    m_models.append(fresh);
    if (!fresh.isEmpty())
        Q_EMIT modelsArrived(fresh);
    return fresh.size();
}

} // namespace api
