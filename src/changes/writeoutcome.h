#pragma once

#include "api/apierror.h"
#include "changes/modelplan.h"
#include "changes/writestep.h"
#include "pai/model.h"
#include "pai/modelversion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <chrono>
#include <optional>

namespace changes {

// How one planned write to a model or to a model version ended, derived from evidence only: the
// answers, and what reading the model back showed. summary() turns it into one report whose
// sentences cannot contradict each other, because each is chosen from the same verdict.
struct WriteOutcome
{
    Q_DECLARE_TR_FUNCTIONS(changes::WriteOutcome)

public:
    enum class Verdict {
        Applied,       // every change took effect
        PartlyApplied, // some took effect, the others are known not to have
        NotApplied,    // nothing took effect
        Unknown,       // at least one change may or may not have taken effect
    };

    // What was written: a model (ModelWriter) or one of its versions (VersionWriter).
    enum class Subject { Model, Version };

    Subject subject = Subject::Model;
    ModelPlan::Kind kind = ModelPlan::Kind::Update;
    Verdict verdict = Verdict::Unknown;
    QString modelId;
    QString modelName;
    QString versionName; // a version's name; for a numbered create, the name it was given
    // The server's copy the writes started from (the conflict check's read, or the plan's base),
    // when known: with `server`, what an undo restores. Models only.
    std::optional<pai::Model> before;
    // The server's copy when the run ended, when it could be read (none after a delete).
    std::optional<pai::Model> server;
    std::optional<pai::ModelVersion> serverVersion; // the same, for a version
    bool confirmedByReadBack = false;               // an unknown write was settled by reading back
    bool adopted = false; // create: the lost create was found and is this model (version)
    bool canceled = false;
    bool timedOut = false;
    bool conflictDeclined = false;    // someone else changed the model and the caller stopped
    bool modelGone = false;           // update: the model (version) no longer exists
    bool readBackOwnDeadline = false; // the read-back ran after the operation's deadline passed
    std::chrono::milliseconds operationTimeout{0};
    std::chrono::milliseconds readBackTimeout{0};
    int replans = 0; // times the remaining changes were sent again after reading back
    // Field paths ("ModelDescription", "Labels[env]") the server has or lacks the wanted value
    // of, established by reading back.
    QStringList appliedPaths;
    QStringList missingPaths;
    std::optional<api::ApiError> error; // what stopped the plan, if anything
    QList<WriteStep> steps;

    bool succeeded() const { return verdict == Verdict::Applied; }
    // One translated paragraph per fact: what happened, then what the server holds.
    QString summary() const;
    QJsonObject toJson() const;
    static QString verdictName(Verdict verdict); // "applied", "partly-applied", ...: for JSON

private:
    // The sentences of summary() that name the subject, for a model and for a version.
    QStringList whatHappened(const QString &stepName) const;
    QStringList modelEvidence() const;
    QStringList versionEvidence() const;
};

} // namespace changes
