#include "gui/browse/modellistloader.h"

#include "api/apiclient.h"
#include "gui/models/modeltablemodel.h"

#include <QLocale>

namespace gui {

ModelListLoader::ModelListLoader(ModelTableModel *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(BatchIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ModelListLoader::flushPending);
}

ModelListLoader::~ModelListLoader()
{
    dropCall();
}

void ModelListLoader::setClient(api::ApiClient *client)
{
    cancel();
    m_client = client;
}

qint64 ModelListLoader::loadedCount() const
{
    return m_table->rowCount();
}

QString ModelListLoader::progressText() const
{
    const QLocale locale;
    if (m_total < 0)
        return isLoading() ? tr("Loading…") : QString();
    return tr("%1 of %Ln loaded", nullptr, int(std::min<qint64>(m_total, INT_MAX)))
        .arg(locale.toString(loadedCount()));
}

bool ModelListLoader::addCreated(const pai::Model &model)
{
    // While pages still arrive, one of them may bring the model too; the row waits for it.
    if (isLoading() || (!m_query.workspaceId.isEmpty() && m_query.workspaceId != model.workspaceId))
        return false;
    // A listing of a provider's models (the gallery) holds none of the caller's, and the reverse.
    if (m_query.provider.compare(model.provider, Qt::CaseInsensitive) != 0)
        return false;
    const bool known = m_table->rowOfModel(model.modelId) >= 0;
    m_table->upsertModel(model);
    if (!known && m_total >= 0)
        ++m_total;
    Q_EMIT progressChanged(loadedCount(), m_total);
    return true;
}

bool ModelListLoader::removeDeleted(const QString &modelId)
{
    if (!m_table->removeModel(modelId))
        return false;
    if (m_total > 0)
        --m_total;
    Q_EMIT progressChanged(loadedCount(), m_total);
    return true;
}

void ModelListLoader::prepareArrived()
{
    m_prepareQueued = false;
    // The call no longer holds these lists, so preparing them edits the models in place.
    for (QList<pai::Model> &run : std::exchange(m_arrived, {}))
        m_pending.append(m_table->prepareRows(std::move(run)));
}

void ModelListLoader::flushPending()
{
    m_flushTimer->stop();
    prepareArrived();
    if (m_pending.isEmpty())
        return;
    m_table->appendRows(std::exchange(m_pending, {}));
    Q_EMIT progressChanged(loadedCount(), m_total);
}

void ModelListLoader::dropCall()
{
    m_flushTimer->stop();
    m_arrived.clear();
    m_pending = {};
    if (!m_call)
        return;
    api::ListAllModelsCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->cancel();
    call->deleteLater();
}

void ModelListLoader::cancel()
{
    if (!m_call)
        return;
    // What already arrived is kept; only what is still on the wire is dropped.
    flushPending();
    dropCall();
    m_canceled = true;
    Q_EMIT progressChanged(loadedCount(), m_total);
}

void ModelListLoader::load(const api::ModelListQuery &query)
{
    dropCall();
    m_query = query;
    m_total = -1;
    m_error.reset();
    m_canceled = false;
    if (!m_warnings.isEmpty()) {
        m_warnings.clear();
        Q_EMIT warningsChanged();
    }
    m_firstRowsShown = false;
    m_table->clear();
    if (!m_client)
        return;

    m_clock.start();
    m_call = m_client->listAllModels(query);
    m_call->setKeepModels(false); // the table keeps them
    connect(m_call, &api::ListAllModelsCall::totalCountKnown, this, [this](qint64 total) {
        m_total = total;
        // The count comes from the server: a wrong one must not make the app allocate gigabytes.
        m_table->reserve(std::min<qint64>(total, MaxReservedRows));
        Q_EMIT progressChanged(loadedCount(), m_total);
    });
    connect(m_call, &api::ListAllModelsCall::modelsArrived, this,
            &ModelListLoader::onModelsArrived);
    connect(m_call, &api::PagedListCall::warning, this, [this](const QString &text) {
        m_warnings.append(text);
        Q_EMIT warningsChanged();
    });
    connect(m_call, &api::ApiCall::finished, this, &ModelListLoader::onFinished);
    Q_EMIT started();
    Q_EMIT progressChanged(0, m_total);
}

void ModelListLoader::onModelsArrived(const QList<pai::Model> &models)
{
    if (!m_firstRowsShown) {
        m_table->appendModels(models);
        m_firstRowsShown = true;
        Q_EMIT firstRowsShown(m_clock.elapsed());
        Q_EMIT progressChanged(loadedCount(), m_total);
        return;
    }
    m_arrived.append(models); // shares the list; the call drops its copy when this returns
    if (!m_prepareQueued) {
        m_prepareQueued = true;
        QMetaObject::invokeMethod(this, &ModelListLoader::prepareArrived, Qt::QueuedConnection);
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ModelListLoader::onFinished()
{
    api::ListAllModelsCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    flushPending();
    if (call->warnings() != m_warnings) { // the count of warnings not shown one by one
        m_warnings = call->warnings();
        Q_EMIT warningsChanged();
    }
    if (call->error()) {
        m_error = *call->error();
        Q_EMIT progressChanged(loadedCount(), m_total);
        Q_EMIT failed(*m_error);
        return;
    }
    // The listing is complete: what arrived is the count, whatever the server claimed.
    m_total = loadedCount();
    Q_EMIT progressChanged(loadedCount(), m_total);
    Q_EMIT finished(m_clock.elapsed());
}

} // namespace gui
