#include "gui/browse/modeldetailscache.h"

#include "api/apiclient.h"

namespace gui {

ModelDetailsCache::ModelDetailsCache(QObject *parent)
    : QObject(parent)
{}

ModelDetailsCache::~ModelDetailsCache()
{
    cancel();
}

void ModelDetailsCache::setClient(api::ApiClient *client)
{
    cancel();
    clear();
    m_client = client;
}

void ModelDetailsCache::cancel()
{
    if (!m_call)
        return;
    api::GetModelCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->cancel();
    call->deleteLater();
}

const pai::Model *ModelDetailsCache::cached(const QString &modelId) const
{
    const auto it = m_models.constFind(modelId);
    return it == m_models.cend() ? nullptr : &*it;
}

void ModelDetailsCache::store(const pai::Model &model)
{
    m_models.insert(model.modelId, model);
}

void ModelDetailsCache::invalidate(const QString &modelId)
{
    m_models.remove(modelId);
}

void ModelDetailsCache::clear()
{
    m_models.clear();
}

void ModelDetailsCache::request(const QString &modelId)
{
    cancel();
    m_pendingId = modelId;
    if (const pai::Model *model = cached(modelId)) {
        Q_EMIT modelReady(*model);
        return;
    }
    if (!m_client || modelId.isEmpty())
        return;
    m_call = m_client->getModel(modelId);
    connect(m_call, &api::ApiCall::finished, this, &ModelDetailsCache::onFinished);
    Q_EMIT fetching(modelId);
}

void ModelDetailsCache::onFinished()
{
    api::GetModelCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    if (call->error()) {
        Q_EMIT failed(m_pendingId, *call->error());
        return;
    }
    const pai::Model &model = *call->model();
    store(model);
    Q_EMIT modelReady(model);
}

} // namespace gui
