#pragma once

#include "api/operationkind.h"
#include "changes/modelplan.h"
#include "changes/writeoutcome.h"
#include "changes/writestep.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace api {
class ApiCall;
class ApiClient;
} // namespace api

namespace changes {

// Runs one ModelPlan against the service and reports a truthful outcome. The rules that make a
// write safe live here, for the window and the CLI alike:
// - one deadline per operation (the create, update or delete timeout), covering the conflict
//   check, every write and the read-back, as a Terraform timeout covers its whole operation;
// - before an update, a conflict check on GmtModifiedTime; the caller's ConflictPolicy decides;
// - every answer is evidence: a 2xx applied the write, an answer that proves it did not run
//   (ApiError::provesNotApplied) did not, and anything else (a timeout, a dropped connection, a
//   500, a cancel) leaves it unknown until the model is read back;
// - an update whose writes are unknown is read back and the remaining changes are planned again
//   and sent, within the deadline, so a lost reply neither loses nor duplicates a label;
// - a create whose answer was lost is looked up by name among the models created since the
//   request began and adopted, never sent a second time blindly;
// - the run ends with a read-back, which settles what is still unknown.
// Cancel stops the plan between steps and aborts the request in flight; that request is then
// settled like any other.
class ModelWriter : public QObject
{
    Q_OBJECT

public:
    enum class ConflictPolicy {
        Ask,    // emit conflictFound() and wait for resolveConflict()
        Rebase, // apply the caller's changes onto the server's copy (the CLI's choice)
        Stop,   // send nothing
    };

    static constexpr std::chrono::milliseconds DefaultReadBackTimeout{std::chrono::seconds(15)};
    static constexpr int DefaultMaxReplans = 3;

    explicit ModelWriter(api::ApiClient *client, QObject *parent = nullptr);
    ~ModelWriter() override;

    // The create, update and delete timeouts; `read` bounds a read-back once they have passed.
    void setTimeouts(const api::OperationTimeouts &timeouts) { m_timeouts = timeouts; }
    void setConflictPolicy(ConflictPolicy policy) { m_conflictPolicy = policy; }
    // How long a read-back may take after the operation's deadline has passed.
    void setReadBackTimeout(std::chrono::milliseconds timeout) { m_readBackTimeout = timeout; }

    void start(const ModelPlan &plan);
    void cancel();
    // After conflictFound(): true sends the caller's edits onto the server's copy, false stops.
    void resolveConflict(bool overwrite);

    bool isRunning() const { return m_running; }
    const ModelPlan &plan() const { return m_plan; }
    const QList<WriteStep> &steps() const { return m_steps; }
    QDeadlineTimer deadline() const { return m_deadline; }
    std::chrono::milliseconds operationTimeout() const;

    // Someone else wrote: the server's copy holds other values than `base`. A newer copy with
    // the same values is the caller's own earlier write, and is no conflict.
    static bool isConflict(const pai::Model &base, const pai::Model &server);

Q_SIGNALS:
    void stepsChanged(); // steps were added or replaced (a look-up, a new plan)
    void stepChanged(int index);
    void deadlineStarted(QDeadlineTimer deadline, qint64 totalMs);
    // A read-back under its own short deadline, because the operation's deadline has passed.
    void readingBack(QDeadlineTimer deadline);
    void retrying(int attempt, int waitMs, const api::ApiError &reason);
    void conflictFound(const pai::Model &server);
    void finished(const changes::WriteOutcome &outcome);

private:
    using Done = std::function<void(api::ApiCall *)>;

    template<typename Call> Call *send(int index, QDeadlineTimer deadline);
    void setState(int index, StepState state, const QString &note = QString());
    int insertStep(int at, ModelPlan::Role role, const api::RequestSpec &request);
    int readBackIndex() const;
    int nextPendingWrite() const; // -1 when every write has been sent or skipped
    // The call of step `index` has answered: keep its RequestId and let the call go.
    void takeAnswer(int index, api::ApiCall *call);
    QDeadlineTimer readDeadline();

    void startDeadline();
    void runCheck();
    void onChecked(api::ApiCall *call);
    void planWritesFrom(const pai::Model &server);
    void runNextWrite();
    void onWriteFinished(int index, api::ApiCall *call);
    void settleAndContinue();
    void settleUnknownSteps(const pai::Model &server);
    pai::LabelList deletedKeptLabels(const pai::Model &server) const;
    void concludeUpdate(const std::optional<pai::Model> &server);

    void runCreate();
    void onCreateFinished(int index, api::ApiCall *call);
    void lookUpCreatedModel(int createIndex);

    void runDelete();

    // Reads the model into the read-back step; `done` gets the copy, or nothing with notFound
    // telling whether the service said the model does not exist.
    void readBack(std::function<void(std::optional<pai::Model>, bool notFound)> done);
    void finishUpdate(const std::optional<pai::Model> &server);
    void finish(WriteOutcome outcome);
    // The plan stops before its first write: nothing was sent, so nothing was applied.
    void finishUnsent(WriteOutcome outcome);
    WriteOutcome baseOutcome() const;
    void skipPendingWrites();

    QPointer<api::ApiClient> m_client;
    api::OperationTimeouts m_timeouts;
    ConflictPolicy m_conflictPolicy = ConflictPolicy::Ask;
    std::chrono::milliseconds m_readBackTimeout = DefaultReadBackTimeout;

    ModelPlan m_plan;
    QList<WriteStep> m_steps;
    pai::ModelDraft m_wanted;            // rebased when a conflict is overwritten
    std::optional<pai::Model> m_start;   // the server's copy before the first write
    std::optional<pai::Model> m_checked; // what the conflict check read
    QString m_modelId;
    QDateTime m_createSentUtc;
    QDeadlineTimer m_deadline;
    QPointer<api::ApiCall> m_call;
    std::optional<api::ApiError> m_error;
    bool m_running = false;
    bool m_canceled = false;
    bool m_timedOut = false;
    bool m_waitingForConflict = false;
    bool m_settledByReadBack = false;
    bool m_readBackOwnDeadline = false;
    bool m_adopted = false;
    bool m_restoreTried = false;
    int m_replans = 0;
    int m_createAttempts = 0;
};

} // namespace changes

Q_DECLARE_METATYPE(changes::WriteOutcome)
