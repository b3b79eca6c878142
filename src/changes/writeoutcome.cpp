#include "changes/writeoutcome.h"

#include "changes/duration.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

const WriteStep *stoppingStep(const QList<WriteStep> &steps)
{
    for (const WriteStep &step : steps) {
        if (step.error)
            return &step;
    }
    return nullptr;
}

} // namespace

QString WriteOutcome::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Applied:
        return u"applied"_s;
    case Verdict::PartlyApplied:
        return u"partly-applied"_s;
    case Verdict::NotApplied:
        return u"not-applied"_s;
    case Verdict::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString WriteOutcome::summary() const
{
    const WriteStep *stopped = stoppingStep(steps);
    const QString stepName = stopped ? stopped->title(kind) : QString();
    QStringList sentences = whatHappened(stepName);
    sentences += subject == Subject::Version ? versionEvidence() : modelEvidence();
    // Chinese runs sentences together where English puts a space: the joint is translated.
    QString text;
    for (const QString &sentence : std::as_const(sentences))
        text =
            text.isEmpty() ? sentence : tr("%1 %2", "two sentences in a row").arg(text, sentence);
    return text;
}

QStringList WriteOutcome::whatHappened(const QString &stepName) const
{
    QStringList sentences;
    const bool version = subject == Subject::Version;
    if (conflictDeclined) {
        sentences.append(version ? tr("Someone else changed the version after it was read, so "
                                      "nothing was sent.")
                                 : tr("Someone else changed the model after it was read, so "
                                      "nothing was sent."));
    } else if (modelGone) {
        sentences.append(
            version ? tr("The version no longer exists on the server, so nothing was "
                         "sent.")
                    : tr("The model no longer exists on the server, so nothing was sent."));
    } else if (canceled) {
        sentences.append(stepName.isEmpty() ? tr("Canceled.")
                                            : tr("Canceled during %1.").arg(stepName));
    } else if (timedOut) {
        sentences.append(tr("%1 did not finish within the %2 timeout.")
                             .arg(stepName.isEmpty() ? tr("The operation") : stepName,
                                  durationText(operationTimeout.count())));
    } else if (error && verdict != Verdict::Applied) {
        sentences.append(stepName.isEmpty() ? error->userText()
                                            : tr("%1 failed. %2").arg(stepName, error->userText()));
    }
    if (readBackOwnDeadline && (confirmedByReadBack || verdict == Verdict::Unknown)) {
        sentences.append(
            (version ? tr("PaiDesk then read the version back, allowing up to %1 for that.")
                     : tr("PaiDesk then read the model back, allowing up to %1 for that."))
                .arg(durationText(readBackTimeout.count())));
    }

    return sentences;
}

QStringList WriteOutcome::modelEvidence() const
{
    QStringList sentences;
    switch (verdict) {
    case Verdict::Applied:
        if (kind == ModelPlan::Kind::Create) {
            sentences.append(
                adopted ? tr("The model was created after all (ID %1): PaiDesk found it and "
                             "adopted it instead of creating a second one.")
                              .arg(modelId)
                        : tr("Created the model \"%1\" (ID %2).").arg(modelName, modelId));
        } else if (kind == ModelPlan::Kind::Delete) {
            sentences.append(
                confirmedByReadBack
                    ? tr("Reading back confirms that the model %1 is gone.").arg(modelId)
                    : tr("Deleted the model %1.").arg(modelId));
        } else {
            sentences.append(confirmedByReadBack
                                 ? tr("Reading the model back confirms that every change was "
                                      "applied.")
                                 : tr("Saved: the server has all of the new values."));
        }
        if (replans > 0)
            sentences.append(
                tr("The changes that had not arrived were sent again, %n time(s).", "", replans));
        if (kind != ModelPlan::Kind::Delete && !server && !conflictDeclined)
            sentences.append(tr("The model could not be read back afterwards."));
        break;
    case Verdict::PartlyApplied:
        sentences.append(tr("Applied: %1. Not applied: %2.")
                             .arg(appliedPaths.join(u", "_s), missingPaths.join(u", "_s)));
        break;
    case Verdict::NotApplied:
        if (conflictDeclined || modelGone)
            break;
        if (kind == ModelPlan::Kind::Create) {
            sentences.append(confirmedByReadBack
                                 ? tr("No model named \"%1\" was created since the request "
                                      "began: the model was not created.")
                                       .arg(modelName)
                                 : tr("The model was not created."));
        } else if (kind == ModelPlan::Kind::Delete) {
            sentences.append(tr("The model %1 still exists on the server.").arg(modelId));
        } else {
            sentences.append(confirmedByReadBack
                                 ? tr("Reading the model back shows that none of the changes "
                                      "were applied.")
                                 : tr("No change was applied."));
        }
        break;
    case Verdict::Unknown:
        if (kind == ModelPlan::Kind::Create) {
            sentences.append(tr("Whether the model was created is unknown: looking for it did "
                                "not succeed. Check the model list before creating it again, so "
                                "that no duplicate is made."));
        } else if (server && !missingPaths.isEmpty()) {
            sentences.append(tr("Whether every change was applied is unknown. The server now "
                                "lacks: %1.")
                                 .arg(missingPaths.join(u", "_s)));
        } else {
            sentences.append(tr("The model could not be read back, so whether the change was "
                                "applied is unknown. Reload the model before trying again."));
        }
        break;
    }
    return sentences;
}

QStringList WriteOutcome::versionEvidence() const
{
    QStringList sentences;
    switch (verdict) {
    case Verdict::Applied:
        if (kind == ModelPlan::Kind::Create) {
            sentences.append(
                adopted ? tr("The version was created after all (%1 of the model %2): PaiDesk "
                             "found it and adopted it instead of creating a second one.")
                              .arg(versionName, modelId)
                        : tr("Created the version %1 of the model %2.").arg(versionName, modelId));
        } else if (kind == ModelPlan::Kind::Delete) {
            sentences.append(
                confirmedByReadBack
                    ? tr("Reading back confirms that the version %1 is gone.").arg(versionName)
                    : tr("Deleted the version %1.").arg(versionName));
        } else {
            sentences.append(confirmedByReadBack
                                 ? tr("Reading the version back confirms that every change was "
                                      "applied.")
                                 : tr("Saved: the server has all of the new values."));
        }
        if (replans > 0)
            sentences.append(
                tr("The changes that had not arrived were sent again, %n time(s).", "", replans));
        if (kind != ModelPlan::Kind::Delete && !serverVersion && !conflictDeclined)
            sentences.append(tr("The version could not be read back afterwards."));
        break;
    case Verdict::PartlyApplied:
        sentences.append(tr("Applied: %1. Not applied: %2.")
                             .arg(appliedPaths.join(u", "_s), missingPaths.join(u", "_s)));
        break;
    case Verdict::NotApplied:
        if (conflictDeclined || modelGone)
            break;
        if (kind == ModelPlan::Kind::Create) {
            sentences.append(confirmedByReadBack
                                 ? tr("Looking for it shows that no such version was created "
                                      "since the request began: the version was not created.")
                                 : tr("The version was not created."));
        } else if (kind == ModelPlan::Kind::Delete) {
            sentences.append(tr("The version %1 still exists on the server.").arg(versionName));
        } else {
            sentences.append(confirmedByReadBack
                                 ? tr("Reading the version back shows that none of the changes "
                                      "were applied.")
                                 : tr("No change was applied."));
        }
        break;
    case Verdict::Unknown:
        if (kind == ModelPlan::Kind::Create) {
            sentences.append(tr("Whether the version was created is unknown: looking for it did "
                                "not succeed. Check the model's versions before creating it "
                                "again, so that no second version is made."));
        } else if (serverVersion && !missingPaths.isEmpty()) {
            sentences.append(tr("Whether every change was applied is unknown. The server now "
                                "lacks: %1.")
                                 .arg(missingPaths.join(u", "_s)));
        } else {
            sentences.append(tr("The version could not be read back, so whether the change was "
                                "applied is unknown. Reload the version before trying again."));
        }
        break;
    }
    return sentences;
}

QJsonObject WriteOutcome::toJson() const
{
    QJsonArray stepList;
    for (const WriteStep &step : steps) {
        QJsonObject entry{{u"Operation"_s, step.request.operation},
                          {u"Role"_s, ModelPlan::roleName(step.role)},
                          {u"State"_s, stepStateKey(step.state)}};
        if (!step.requestId.isEmpty())
            entry.insert(u"RequestId"_s, step.requestId);
        if (step.error) {
            entry.insert(u"Error"_s, QJsonObject{{u"Code"_s, step.error->code},
                                                 {u"Message"_s, step.error->message},
                                                 {u"RequestId"_s, step.error->requestId}});
        }
        stepList.append(entry);
    }
    QJsonObject json{{u"Kind"_s, ModelPlan::kindName(kind)},
                     {u"Outcome"_s, verdictName(verdict)},
                     {u"ConfirmedByReadBack"_s, confirmedByReadBack},
                     {u"Steps"_s, stepList},
                     {u"Message"_s, summary()}};
    if (!modelId.isEmpty())
        json.insert(u"ModelId"_s, modelId);
    if (subject == Subject::Version && !versionName.isEmpty())
        json.insert(u"VersionName"_s, versionName);
    // The RequestId of the last write that answered, as the API's own write replies carry one.
    for (auto step = steps.crbegin(); step != steps.crend(); ++step) {
        if (step->isWrite() && !step->requestId.isEmpty()) {
            json.insert(u"RequestId"_s, step->requestId);
            break;
        }
    }
    if (adopted)
        json.insert(u"Adopted"_s, true);
    if (!missingPaths.isEmpty())
        json.insert(u"NotApplied"_s, QJsonArray::fromStringList(missingPaths));
    return json;
}

} // namespace changes
