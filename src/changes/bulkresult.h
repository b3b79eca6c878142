#pragma once

#include "api/apierror.h"
#include "changes/bulkedit.h"
#include "changes/bulkplan.h"
#include "changes/writeoutcome.h"
#include "pai/model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace changes {

// How one model of a bulk run ended.
struct BulkModelResult
{
    enum class State {
        Pending, // not started (the run was canceled first) or still running
        Done,    // every change of its plan is on the server
        Failed,  // not, or not known to be: the outcome (or the read error) says why
        Skipped, // nothing was sent for it (BulkPlan::Skip says why)
    };
    // Whether the model's stored values changed because of the run.
    enum class Change { No, Yes, Unknown };

    QString modelId;
    QString modelName;
    State state = State::Pending;
    BulkPlan::Skip skip = BulkPlan::Skip::None;
    ModelPlan::Kind kind = ModelPlan::Kind::Update;
    std::optional<WriteOutcome> outcome;
    std::optional<api::ApiError> error; // what stopped it: the outcome's error or the read error
    std::optional<pai::Model> before;   // the server's copy before the run wrote
    std::optional<pai::Model> after;    // the server's copy when the run ended (none: deleted)
    Change changed = Change::No;
    QStringList requestIds; // of every request sent for it, in order

    // Fills in state, error, before, after, changed and requestIds from a writer's outcome.
    void settle(const WriteOutcome &result);
    QJsonObject toJson() const;
    static BulkModelResult fromJson(const QJsonObject &json);
};

struct BulkCounts
{
    int total = 0;
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0;  // not finished, the running ones included
    int inFlight = 0; // running now

    friend bool operator==(const BulkCounts &, const BulkCounts &) = default;
};

// What a bulk run did, model by model: what a review, a retry and an undo start from. It can be
// written to JSON and read back (paidesk-cli bulk undo RESULT.json).
class BulkResult
{
    Q_DECLARE_TR_FUNCTIONS(changes::BulkResult)

public:
    using State = BulkModelResult::State;

    BulkEdit edit;
    bool undo = false;     // the run restored an earlier run's models
    bool canceled = false; // the run was canceled: Pending models were never started
    int retries = 0;       // requests sent again by the retry policy
    QList<BulkModelResult> models;

    BulkCounts counts() const;
    QStringList idsIn(State state) const;
    QStringList failedIds() const { return idsIn(State::Failed); }
    // The models whose stored values the run changed (Change::Yes), or may have (Unknown).
    QStringList changedIds(bool includeUnknown = false) const;
    const BulkModelResult *find(const QString &modelId) const;
    bool anyFailed() const { return counts().failed > 0; }

    // A retry's result replaces the entries of the models it ran; what each model held before
    // the first run is kept, so an undo still restores it.
    void merge(const BulkResult &retry);

    // "12 done, 1 failed, 3 skipped, 0 pending.", translated.
    QString summary() const;
    QJsonObject toJson() const;
    // Nothing, with `error` set, when `json` is not a bulk result.
    static std::optional<BulkResult> fromJson(const QJsonObject &json, QString *error = nullptr);
    static QString stateName(State state); // "done", "failed", ...: stable, for JSON
};

} // namespace changes

Q_DECLARE_METATYPE(changes::BulkCounts)
Q_DECLARE_METATYPE(changes::BulkModelResult)
Q_DECLARE_METATYPE(changes::BulkResult)
