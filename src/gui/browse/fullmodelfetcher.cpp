#include "gui/browse/fullmodelfetcher.h"

#include "api/apiclient.h"
#include "gui/browse/modeldetailscache.h"

namespace gui {

FullModelFetcher::FullModelFetcher(api::ApiClient *client, ModelDetailsCache *cache,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{}

FullModelFetcher::~FullModelFetcher()
{
    cancel();
}

void FullModelFetcher::cancel()
{
    const QList<api::ApiCall *> calls = std::exchange(m_calls, {});
    for (api::ApiCall *call : calls) {
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
        call->deleteLater();
    }
    m_ids.clear();
    m_models.clear();
}

void FullModelFetcher::fail(const api::ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

void FullModelFetcher::finishIfDone()
{
    if (!m_calls.isEmpty())
        return;
    QList<pai::Model> models;
    models.reserve(m_ids.size());
    for (const QString &id : std::as_const(m_ids)) {
        const auto it = m_models.constFind(id);
        if (it != m_models.cend())
            models.append(*it);
    }
    m_ids.clear();
    m_models.clear();
    Q_EMIT finished(models);
}

void FullModelFetcher::fetchByIds(const QStringList &modelIds)
{
    cancel();
    m_ids = modelIds;
    if (!m_client) {
        fail(api::ApiError::canceled());
        return;
    }
    for (const QString &id : modelIds) {
        if (const pai::Model *cached = m_cache ? m_cache->cached(id) : nullptr) {
            m_models.insert(id, *cached);
            continue;
        }
        api::GetModelCall *call = m_client->getModel(id);
        m_calls.append(call);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!settle(call))
                return;
            m_models.insert(call->model()->modelId, *call->model());
            if (m_cache)
                m_cache->store(*call->model());
            finishIfDone();
        });
    }
    // All from the cache: answer on the next turn, like a fetch would.
    if (m_calls.isEmpty())
        QMetaObject::invokeMethod(this, &FullModelFetcher::finishIfDone, Qt::QueuedConnection);
}

bool FullModelFetcher::settle(api::ApiCall *call)
{
    m_calls.removeOne(call);
    call->deleteLater();
    if (call->error()) {
        fail(*call->error());
        return false;
    }
    return true;
}

void FullModelFetcher::fetchListing(const api::ModelListQuery &query)
{
    cancel();
    if (!m_client) {
        fail(api::ApiError::canceled());
        return;
    }
    api::ListAllModelsCall *call = m_client->listAllModels(query);
    m_calls.append(call);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (!settle(call))
            return;
        for (const pai::Model &model : call->models()) {
            m_ids.append(model.modelId);
            m_models.insert(model.modelId, model);
        }
        finishIfDone();
    });
}

} // namespace gui
