#include "changes/writestep.h"

#include "changes/versionplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

// The names of what a write changes, for its title: the fields of an UpdateModel body, or the
// label keys of a label request.
QString writeSubject(const api::RequestSpec &request)
{
    const QString &operation = request.operation;
    if (operation == u"DeleteModelLabels"_s || operation == u"DeleteModelVersionLabels"_s) {
        for (const auto &[name, value] : request.query) {
            if (name == u"LabelKeys"_s)
                return value.split(u',').join(u", "_s);
        }
        return {};
    }
    if (!request.jsonBody)
        return request.target;
    const QJsonObject body = QJsonDocument::fromJson(*request.jsonBody).object();
    if (operation == u"CreateModelLabels"_s || operation == u"CreateModelVersionLabels"_s) {
        QStringList keys;
        for (const QJsonValue &label : body.value(u"Labels"_s).toArray())
            keys.append(label.toObject().value(u"Key"_s).toString());
        return keys.join(u", "_s);
    }
    if (operation == u"UpdateModel"_s || operation == u"UpdateModelVersion"_s)
        return body.keys().join(u", "_s);
    return request.target;
}

} // namespace

QString WriteStep::title(ModelPlan::Kind kind) const
{
    if (role != ModelPlan::Role::Write) {
        // A version's reads say what they are for in a version's words.
        const bool version = request.operation.endsWith(u"ModelVersion"_s) ||
                             request.operation == u"ListModelVersions"_s;
        return QCoreApplication::translate("changes::WriteStep", "%1: %2")
            .arg(request.operation, version ? VersionPlan::roleDescription(role, kind)
                                            : ModelPlan::roleDescription(role, kind));
    }
    const QString subject = writeSubject(request);
    if (subject.isEmpty())
        return request.operation;
    return QCoreApplication::translate("changes::WriteStep", "%1: %2")
        .arg(request.operation, subject);
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QCoreApplication::translate("changes::WriteStep", "pending");
    case StepState::Running:
        return QCoreApplication::translate("changes::WriteStep", "running");
    case StepState::Applied:
        return QCoreApplication::translate("changes::WriteStep", "applied");
    case StepState::NotApplied:
        return QCoreApplication::translate("changes::WriteStep", "not applied");
    case StepState::Unknown:
        return QCoreApplication::translate("changes::WriteStep", "unknown");
    case StepState::Done:
        return QCoreApplication::translate("changes::WriteStep", "done");
    case StepState::Failed:
        return QCoreApplication::translate("changes::WriteStep", "failed");
    case StepState::Skipped:
        return QCoreApplication::translate("changes::WriteStep", "skipped");
    }
    return {};
}

QString stepStateKey(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return u"pending"_s;
    case StepState::Running:
        return u"running"_s;
    case StepState::Applied:
        return u"applied"_s;
    case StepState::NotApplied:
        return u"not-applied"_s;
    case StepState::Unknown:
        return u"unknown"_s;
    case StepState::Done:
        return u"done"_s;
    case StepState::Failed:
        return u"failed"_s;
    case StepState::Skipped:
        return u"skipped"_s;
    }
    return {};
}

} // namespace changes
