#include "gui/export/modelversionsfetcher.h"

#include "api/apiclient.h"
#include "api/calls/listallmodelversionscall.h"

namespace gui {

ModelVersionsFetcher::ModelVersionsFetcher(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ModelVersionsFetcher::~ModelVersionsFetcher()
{
    cancel();
}

void ModelVersionsFetcher::fetch(const QStringList &modelIds)
{
    cancel();
    m_versions.clear();
    m_waiting = modelIds;
    m_waiting.removeDuplicates();
    if (m_waiting.isEmpty() || !m_client) {
        m_waiting.clear();
        Q_EMIT finished(m_versions);
        return;
    }
    for (int i = 0; i < MaxModelsInFlight; ++i)
        startNext();
}

void ModelVersionsFetcher::cancel()
{
    m_waiting.clear();
    // Forgotten first, so the Canceled each call reports is not taken for a failure.
    const QList<api::ListAllModelVersionsCall *> calls = std::exchange(m_calls, {});
    for (api::ListAllModelVersionsCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

void ModelVersionsFetcher::startNext()
{
    if (m_waiting.isEmpty() || !m_client)
        return;
    const QString modelId = m_waiting.takeFirst();
    api::ListAllModelVersionsCall *call = m_client->listAllModelVersions(modelId);
    m_calls.append(call);
    connect(call, &api::ApiCall::finished, this, [this, call] { onCallFinished(call); });
}

void ModelVersionsFetcher::onCallFinished(api::ListAllModelVersionsCall *call)
{
    m_calls.removeOne(call);
    call->deleteLater();
    if (const auto &error = call->error()) {
        const api::ApiError failure = *error;
        cancel();
        Q_EMIT failed(failure);
        return;
    }
    m_versions.insert(call->modelId(), call->versions());
    startNext();
    if (m_calls.isEmpty() && m_waiting.isEmpty())
        Q_EMIT finished(m_versions);
}

} // namespace gui
