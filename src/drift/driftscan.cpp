#include "drift/driftscan.h"

#include "api/apiclient.h"
#include "terraform/driftcomparer.h"

using namespace Qt::StringLiterals;

namespace drift {

namespace {

QString versionKey(const QString &modelId, const QString &versionName)
{
    return modelId + u':' + versionName;
}

} // namespace

DriftScan::DriftScan(api::ApiClient *client, QList<terraform::StateFile> states, DriftScope scope,
                     terraform::IgnoreList ignore, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_states(std::move(states))
    , m_scope(std::move(scope))
    , m_ignore(std::move(ignore))
{}

DriftScan::~DriftScan()
{
    for (const QPointer<api::ApiCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
}

void DriftScan::start()
{
    if (m_phase != Phase::Idle)
        return;
    if (!m_client) {
        finish(api::ApiError::network(tr("There is no connection.")));
        return;
    }
    m_phase = Phase::Models;
    queueModelReads();
    // Versions are counted up front, so the bar does not jump back when they are queued.
    for (const terraform::StateFile &state : std::as_const(m_states)) {
        for (const terraform::StateInstance &instance : state.instances)
            m_total += instance.kind == terraform::StateInstance::Kind::Version ? 1 : 0;
    }
    Q_EMIT progress(m_done, m_total);
    // On the next turn of the event loop, so finished() never comes from inside start().
    QMetaObject::invokeMethod(this, &DriftScan::pump, Qt::QueuedConnection);
}

void DriftScan::cancel()
{
    if (m_finished)
        return;
    finish(api::ApiError::canceled());
}

QList<pai::Model> DriftScan::unmanagedModels() const
{
    QList<pai::Model> models;
    for (const terraform::DriftFinding &finding : m_findings) {
        if (finding.status == terraform::DriftStatus::Unmanaged && m_live.contains(finding.modelId))
            models.append(m_live.value(finding.modelId));
    }
    return models;
}

void DriftScan::queueModelReads()
{
    QSet<QString> queued;
    for (const terraform::StateFile &state : std::as_const(m_states)) {
        for (const terraform::StateInstance &instance : state.instances) {
            if (queued.contains(instance.modelId))
                continue;
            queued.insert(instance.modelId);
            const QString modelId = instance.modelId;
            m_queue.append(
                {[this, modelId]() -> api::ApiCall * { return m_client->getModel(modelId); },
                 [this, modelId](api::ApiCall *call, bool notFound) {
                     if (notFound)
                         m_missingModels.insert(modelId);
                     else if (const auto &model = static_cast<api::GetModelCall *>(call)->model())
                         m_live.insert(modelId, *model);
                 }});
            ++m_total;
        }
    }
}

void DriftScan::queueVersionReads()
{
    QSet<QString> queued;
    for (const terraform::StateFile &state : std::as_const(m_states)) {
        for (const terraform::StateInstance &instance : state.instances) {
            if (instance.kind != terraform::StateInstance::Kind::Version)
                continue;
            const QString key = versionKey(instance.modelId, instance.versionName);
            // A version of a model that is gone is gone too; a version listed twice is read once.
            if (m_missingModels.contains(instance.modelId) || queued.contains(key)) {
                ++m_done;
                continue;
            }
            queued.insert(key);
            const QString modelId = instance.modelId;
            const QString versionName = instance.versionName;
            m_queue.append(
                {[this, modelId, versionName]() -> api::ApiCall * {
                     return m_client->getModelVersion(modelId, versionName);
                 },
                 [this, key](api::ApiCall *call, bool notFound) {
                     if (notFound)
                         m_missingVersions.insert(key);
                     else if (const auto &version =
                                  static_cast<api::GetModelVersionCall *>(call)->version())
                         m_liveVersions.insert(key, *version);
                 }});
        }
    }
    Q_EMIT progress(m_done, m_total);
}

void DriftScan::queueListings()
{
    QList<api::ModelListQuery> queries;
    if (m_scope.kind == DriftScope::Kind::All) {
        queries.append(api::ModelListQuery());
    } else if (m_scope.kind == DriftScope::Kind::Workspace) {
        m_listedWorkspaces = {m_scope.workspaceId};
    } else {
        // The workspaces the state's models are in: live where the model exists, as the state
        // says where it is gone.
        for (const terraform::StateFile &state : std::as_const(m_states)) {
            for (const terraform::StateInstance &instance : state.instances) {
                if (instance.kind != terraform::StateInstance::Kind::Model)
                    continue;
                QString workspace = m_live.value(instance.modelId).workspaceId;
                if (workspace.isEmpty())
                    workspace = instance.text(u"workspace_id"_s);
                if (!workspace.isEmpty() && !m_listedWorkspaces.contains(workspace))
                    m_listedWorkspaces.append(workspace);
            }
        }
    }
    for (const QString &workspace : std::as_const(m_listedWorkspaces)) {
        api::ModelListQuery query;
        query.workspaceId = workspace;
        queries.append(query);
    }
    for (const api::ModelListQuery &query : std::as_const(queries)) {
        m_queue.append(
            {[this, query]() -> api::ApiCall * { return m_client->listAllModels(query); },
             [this](api::ApiCall *call, bool) {
                 auto *listing = static_cast<api::ListAllModelsCall *>(call);
                 m_listed.append(listing->models());
                 m_warnings.append(listing->warnings());
             }});
        ++m_total;
    }
    Q_EMIT progress(m_done, m_total);
}

void DriftScan::pump()
{
    if (m_finished)
        return;
    while (!m_queue.isEmpty() && m_inFlight.size() < MaxReadsInFlight) {
        const Read read = m_queue.takeFirst();
        api::ApiCall *call = read.start();
        m_inFlight.append(call);
        connect(call, &api::ApiCall::finished, this,
                [this, call, read]() { onReadFinished(call, read); });
    }
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        nextPhase();
}

void DriftScan::onReadFinished(api::ApiCall *call, const Read &read)
{
    m_inFlight.removeAll(call);
    call->deleteLater();
    if (m_finished)
        return;
    const bool notFound = call->error() && call->error()->isNotFound();
    if (call->error() && !notFound) {
        finish(*call->error());
        return;
    }
    read.done(call, notFound);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    pump();
}

void DriftScan::nextPhase()
{
    switch (m_phase) {
    case Phase::Models:
        m_phase = Phase::Versions;
        queueVersionReads();
        break;
    case Phase::Versions:
        m_phase = Phase::Listings;
        queueListings();
        break;
    case Phase::Listings:
        m_phase = Phase::Done;
        compare();
        finish(std::nullopt);
        return;
    case Phase::Idle:
    case Phase::Done:
        return;
    }
    pump();
}

void DriftScan::compare()
{
    QSet<QString> managed;
    for (const terraform::StateFile &state : std::as_const(m_states)) {
        for (const terraform::StateInstance &instance : state.instances) {
            if (instance.kind == terraform::StateInstance::Kind::Model) {
                managed.insert(instance.modelId);
                if (m_missingModels.contains(instance.modelId))
                    m_findings.append(terraform::DriftComparer::missing(instance));
                else
                    m_findings.append(terraform::DriftComparer::compare(
                        instance, m_live.value(instance.modelId)));
                continue;
            }
            const QString key = versionKey(instance.modelId, instance.versionName);
            if (m_missingModels.contains(instance.modelId) || m_missingVersions.contains(key)) {
                m_findings.append(terraform::DriftComparer::missing(instance));
            } else {
                terraform::DriftFinding finding =
                    terraform::DriftComparer::compare(instance, m_liveVersions.value(key));
                finding.modelName = m_live.value(instance.modelId).modelName;
                finding.workspaceId = m_live.value(instance.modelId).workspaceId;
                m_findings.append(finding);
            }
        }
    }
    QSet<QString> reported;
    for (const pai::Model &model : std::as_const(m_listed)) {
        if (managed.contains(model.modelId) || reported.contains(model.modelId))
            continue;
        reported.insert(model.modelId);
        if (m_ignore.matches(model)) {
            ++m_ignored;
            continue;
        }
        // A listing's items are whole models: export and revert can start from them.
        if (!m_live.contains(model.modelId))
            m_live.insert(model.modelId, model);
        m_findings.append(terraform::DriftComparer::unmanaged(model));
    }
}

void DriftScan::finish(std::optional<api::ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_queue.clear();
    const QList<QPointer<api::ApiCall>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<api::ApiCall> &call : inFlight) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
    if (m_error)
        m_findings.clear();
    Q_EMIT finished();
}

} // namespace drift
