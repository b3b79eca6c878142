#pragma once

#include "changes/bulkplan.h"
#include "changes/bulkresult.h"
#include "changes/modelwriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
} // namespace api

namespace changes {

// Runs a BulkPlan: each model's ModelPlan on its own ModelWriter (so each has its own update or
// delete deadline, conflict check and read-back), at most a few models at a time. Cancel stops
// starting models and lets the ones in flight settle, so the result says exactly what changed.
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxInFlight = 6;

    explicit BulkRunner(api::ApiClient *client, QObject *parent = nullptr);
    ~BulkRunner() override;

    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    // Rebase (the default) applies the edit onto a copy someone changed since it was read; an
    // undo uses Stop, so a model changed in between is left alone.
    void setConflictPolicy(ModelWriter::ConflictPolicy policy) { m_conflictPolicy = policy; }

    void start(const BulkPlan &plan);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCanceled() const { return m_result.canceled; }
    // As it stands: models not finished are Pending.
    const BulkResult &result() const { return m_result; }
    const BulkPlan &plan() const { return m_plan; }

Q_SIGNALS:
    void modelStarted(int index, const QString &modelId);
    void modelFinished(int index, const changes::BulkModelResult &result);
    void progress(const changes::BulkCounts &counts);
    void retrying(const QString &modelId, int attempt, int waitMs, const api::ApiError &reason);
    void finished(const changes::BulkResult &result);

private:
    void startMore();
    void onWriterFinished(int index, const WriteOutcome &outcome);
    BulkCounts liveCounts() const;

    QPointer<api::ApiClient> m_client;
    int m_maxInFlight = DefaultMaxInFlight;
    ModelWriter::ConflictPolicy m_conflictPolicy = ModelWriter::ConflictPolicy::Rebase;
    BulkPlan m_plan;
    BulkResult m_result;
    QHash<int, ModelWriter *> m_writers; // by entry index, the models in flight
    qsizetype m_next = 0;
    bool m_running = false;
};

} // namespace changes
