#include "changes/modelbatchreader.h"

#include "api/apiclient.h"

namespace changes {

ModelBatchReader::ModelBatchReader(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ModelBatchReader::~ModelBatchReader()
{
    for (const QPointer<api::GetModelCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
}

void ModelBatchReader::read(const QStringList &modelIds)
{
    Q_ASSERT(!m_running);
    m_ids = modelIds;
    m_ids.removeDuplicates();
    m_next = 0;
    m_answered = 0;
    m_read.clear();
    m_models.clear();
    m_failures.clear();
    m_canceled = false;
    m_running = true;
    startMore();
}

void ModelBatchReader::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    for (const QPointer<api::GetModelCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void ModelBatchReader::startMore()
{
    m_calls.removeIf([](const QPointer<api::GetModelCall> &call) { return call.isNull(); });
    while (!m_canceled && m_client && m_calls.size() < m_maxInFlight && m_next < m_ids.size()) {
        const QString id = m_ids.at(m_next++);
        api::GetModelCall *call = m_client->getModel(id);
        m_calls.append(call);
        connect(call, &api::ApiCall::finished, this, [this, call, id] { onRead(call, id); });
    }
    if (m_calls.isEmpty() && (m_canceled || m_next >= m_ids.size() || !m_client)) {
        m_running = false;
        for (const QString &id : std::as_const(m_ids)) {
            if (m_read.contains(id))
                m_models.append(m_read.value(id));
        }
        Q_EMIT finished();
    }
}

void ModelBatchReader::onRead(api::GetModelCall *call, const QString &modelId)
{
    call->deleteLater();
    m_calls.removeAll(call);
    if (call->model())
        m_read.insert(modelId, *call->model());
    else
        m_failures.insert(modelId, call->error().value_or(api::ApiError{}));
    Q_EMIT progress(++m_answered, int(m_ids.size()));
    startMore();
}

} // namespace changes
