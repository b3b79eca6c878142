#include "changes/bulkrunner.h"

#include "api/apiclient.h"

namespace changes {

BulkRunner::BulkRunner(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BulkRunner::~BulkRunner()
{
    // The writers are children; each cancels its request in flight as it goes.
    for (ModelWriter *writer : std::as_const(m_writers))
        writer->disconnect(this);
}

void BulkRunner::start(const BulkPlan &plan)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_result = BulkResult();
    m_result.edit = plan.edit();
    m_result.undo = plan.isUndo();
    m_next = 0;
    for (const BulkPlan::Entry &entry : plan.entries()) {
        BulkModelResult model;
        model.modelId = entry.modelId;
        model.modelName = entry.modelName;
        model.skip = entry.skip;
        if (entry.plan) {
            model.kind = entry.plan->kind();
        } else if (entry.skip == BulkPlan::Skip::ReadFailed) {
            model.state = BulkModelResult::State::Failed;
            model.error = entry.readError;
            if (entry.readError && !entry.readError->requestId.isEmpty())
                model.requestIds.append(entry.readError->requestId);
        } else {
            model.state = BulkModelResult::State::Skipped;
            model.before = model.after = entry.current;
        }
        m_result.models.append(model);
    }
    m_running = true;
    Q_EMIT progress(liveCounts());
    startMore();
}

void BulkRunner::cancel()
{
    if (!m_running || m_result.canceled)
        return;
    m_result.canceled = true;
    startMore();
}

BulkCounts BulkRunner::liveCounts() const
{
    BulkCounts counts = m_result.counts();
    counts.inFlight = int(m_writers.size());
    return counts;
}

void BulkRunner::startMore()
{
    const QList<BulkPlan::Entry> &entries = m_plan.entries();
    while (!m_result.canceled && m_client && m_writers.size() < m_maxInFlight &&
           m_next < entries.size()) {
        const int index = int(m_next++);
        if (!entries.at(index).plan)
            continue;
        auto *writer = new ModelWriter(m_client, this);
        writer->setConflictPolicy(m_conflictPolicy);
        m_writers.insert(index, writer);
        const QString id = entries.at(index).modelId;
        connect(writer, &ModelWriter::retrying, this,
                [this, id](int attempt, int waitMs, const api::ApiError &reason) {
                    ++m_result.retries;
                    Q_EMIT retrying(id, attempt, waitMs, reason);
                });
        connect(writer, &ModelWriter::finished, this,
                [this, index](const WriteOutcome &outcome) { onWriterFinished(index, outcome); });
        Q_EMIT modelStarted(index, id);
        writer->start(*entries.at(index).plan);
    }
    if (!m_running || !m_writers.isEmpty())
        return;
    const bool allStarted =
        std::none_of(entries.cbegin() + m_next, entries.cend(),
                     [](const BulkPlan::Entry &entry) { return entry.plan.has_value(); });
    if (m_result.canceled || allStarted || !m_client) {
        m_running = false;
        Q_EMIT progress(liveCounts());
        Q_EMIT finished(m_result);
    }
}

void BulkRunner::onWriterFinished(int index, const WriteOutcome &outcome)
{
    ModelWriter *writer = m_writers.take(index);
    if (writer)
        writer->deleteLater();
    BulkModelResult &model = m_result.models[index];
    model.settle(outcome);
    Q_EMIT modelFinished(index, model);
    Q_EMIT progress(liveCounts());
    startMore();
}

} // namespace changes
