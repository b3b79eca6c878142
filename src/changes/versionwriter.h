#pragma once

#include "api/operationkind.h"
#include "changes/versionplan.h"
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

// Runs one VersionPlan and reports a truthful WriteOutcome (subject Version), under the same
// rules as ModelWriter: one deadline per operation (the create, update or delete timeout); a
// conflict check before an update; every answer is evidence, and what no answer settles is read
// back; an update whose reply was lost is re-planned from the server's copy; a plan stopped
// between deleting and re-creating a label puts the label back.
//
// A create whose answer was lost is never sent again blindly, so no second version is made:
// - with a name, GetModelVersion of that name tells whether it exists (and is ours: same Uri and
//   values, created since the request began);
// - numbered by the service, ListModelVersions (newest first) is searched for a version created
//   since the request began with the same Uri and values.
// A version found is adopted; only when the look-up shows none, and the lost answer was a 5xx
// (the service was done with the request), is the create sent again.
class VersionWriter : public QObject
{
    Q_OBJECT

public:
    enum class ConflictPolicy { Ask, Rebase, Stop };

    static constexpr std::chrono::milliseconds DefaultReadBackTimeout{std::chrono::seconds(15)};
    static constexpr int DefaultMaxReplans = 3;
    // A version counts as created by the request if created at most this long before it began
    // (the service's and the client's clocks may differ).
    static constexpr qint64 CreateClockSlackSeconds = 60;

    explicit VersionWriter(api::ApiClient *client, QObject *parent = nullptr);
    ~VersionWriter() override;

    void setTimeouts(const api::OperationTimeouts &timeouts) { m_timeouts = timeouts; }
    void setConflictPolicy(ConflictPolicy policy) { m_conflictPolicy = policy; }
    void setReadBackTimeout(std::chrono::milliseconds timeout) { m_readBackTimeout = timeout; }

    void start(const VersionPlan &plan);
    void cancel();
    void resolveConflict(bool overwrite);

    bool isRunning() const { return m_running; }
    const VersionPlan &plan() const { return m_plan; }
    const QList<WriteStep> &steps() const { return m_steps; }
    QDeadlineTimer deadline() const { return m_deadline; }
    std::chrono::milliseconds operationTimeout() const;

    // Someone else wrote: the server's copy holds other writable values than `base`.
    static bool isConflict(const pai::ModelVersion &base, const pai::ModelVersion &server);
    // Whether `found` is the version a create of `wanted`, begun at `sentUtc`, made: the same Uri
    // (and name, when one was asked for), every field sent equal (the service may fill in the
    // rest), created no earlier than CreateClockSlackSeconds before the request.
    static bool isCreatedVersion(const pai::ModelVersion &found,
                                 const pai::ModelVersionDraft &wanted, const QDateTime &sentUtc);

Q_SIGNALS:
    void stepsChanged();
    void stepChanged(int index);
    void deadlineStarted(QDeadlineTimer deadline, qint64 totalMs);
    void readingBack(QDeadlineTimer deadline);
    void retrying(int attempt, int waitMs, const api::ApiError &reason);
    void conflictFound(const pai::ModelVersion &server);
    void finished(const changes::WriteOutcome &outcome);

private:
    using ReadDone = std::function<void(std::optional<pai::ModelVersion>, bool notFound)>;

    template<typename Call> Call *send(int index, QDeadlineTimer deadline);
    void setState(int index, StepState state, const QString &note = QString());
    int insertStep(int at, StepRole role, const api::RequestSpec &request);
    int readBackIndex() const;
    int nextPendingWrite() const;
    void skipPendingWrites();
    void takeAnswer(int index, api::ApiCall *call);
    // Keeps a write's error as the one that stopped the plan; true when it proves nothing ran.
    bool noteError(int index, const api::ApiError &error);
    QDeadlineTimer readDeadline();
    void startDeadline();

    // update
    void runCheck();
    void onChecked(api::ApiCall *call);
    void planWritesFrom(const pai::ModelVersion &server);
    void runNextWrite();
    void onWriteFinished(int index, api::ApiCall *call);
    void settleAndContinue();
    void settleUnknownSteps(const pai::ModelVersion &server);
    void concludeUpdate(const std::optional<pai::ModelVersion> &server);
    void finishUpdate(const std::optional<pai::ModelVersion> &server);

    // create
    void runCreate();
    void onCreateFinished(int index, api::ApiCall *call);
    void lookUpCreated(int createIndex);
    void onLookedUp(int at, int createIndex, std::optional<pai::ModelVersion> found,
                    bool lookupFailed);

    // delete
    void runDelete();

    void readBack(ReadDone done);
    WriteOutcome baseOutcome() const;
    void finish(WriteOutcome outcome);
    void finishUnsent(WriteOutcome outcome);

    QPointer<api::ApiClient> m_client;
    api::OperationTimeouts m_timeouts;
    ConflictPolicy m_conflictPolicy = ConflictPolicy::Ask;
    std::chrono::milliseconds m_readBackTimeout = DefaultReadBackTimeout;

    VersionPlan m_plan;
    QList<WriteStep> m_steps;
    QString m_modelId;
    QString m_versionName; // known once asked for or answered
    pai::ModelVersionDraft m_wanted;
    std::optional<pai::ModelVersion> m_start;
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
