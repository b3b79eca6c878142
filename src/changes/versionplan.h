#pragma once

#include "changes/planstep.h"
#include "pai/modelversion.h"
#include "pai/versionchange.h"
#include "pai/versiondraft.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace changes {

// The exact, ordered requests of one write to one model version, built before anything is sent,
// as ModelPlan is for a model: the review and --dry-run print it, VersionWriter runs it.
// - create: CreateModelVersion, then GetModelVersion (of the name asked for, or of the name the
//   service answers with, shown as {VersionName});
// - update: GetModelVersion (conflict check), UpdateModelVersion with the changed updatable
//   fields, DeleteModelVersionLabels and CreateModelVersionLabels from the minimal label plan,
//   GetModelVersion (read-back). VersionName, Uri, FormatType and FrameworkType cannot change:
//   a plan that would change them is refused (immutableChanges()), and sends nothing;
// - delete: DeleteModelVersion, then GetModelVersion (which must answer "not found").
class VersionPlan
{
    Q_DECLARE_TR_FUNCTIONS(changes::VersionPlan)

public:
    using Kind = PlanKind;
    using Role = StepRole;
    using Step = PlanStep;

    // An empty `modelId` plans for a model not yet created: its paths show {ModelId}, for the
    // review only (CopyPlan).
    static VersionPlan create(const QString &modelId, const pai::ModelVersionDraft &draft);
    // `base` is the copy the edit started from; `wanted` is every writable field as it should be.
    static VersionPlan update(const QString &modelId, const pai::ModelVersion &base,
                              const pai::ModelVersionDraft &wanted);
    static VersionPlan remove(const QString &modelId, const pai::ModelVersion &version);

    // The writes that turn one draft into another: UpdateModelVersion with the changed updatable
    // fields, then the label requests. Immutable fields are never among them.
    static QList<api::RequestSpec> writesFor(const QString &modelId, const QString &versionName,
                                             const pai::VersionChange &change);

    Kind kind() const { return m_kind; }
    QString modelId() const { return m_modelId; }
    // The version's name; empty for a create that lets the service number the version.
    QString versionName() const { return m_wanted.versionName; }
    const std::optional<pai::ModelVersion> &base() const { return m_base; }
    const pai::ModelVersionDraft &wanted() const { return m_wanted; }
    const pai::VersionChange &change() const { return m_change; }
    // Update: fields that cannot change once the version exists; the plan then holds no step.
    const QList<pai::VersionField> &immutableChanges() const { return m_change.immutableChanges(); }
    bool isRefused() const { return !immutableChanges().isEmpty(); }
    const QList<Step> &steps() const { return m_steps; }
    int writeCount() const;
    // Nothing would be sent: the server already has the values, or the plan is refused.
    bool isEmpty() const { return writeCount() == 0; }

    QString toText() const;
    QString requestsText() const;
    QJsonObject toJson() const;

    // What a read is for, translated; empty for a write.
    static QString roleDescription(Role role, Kind kind);

private:
    Kind m_kind = Kind::Update;
    QString m_modelId;
    std::optional<pai::ModelVersion> m_base;
    pai::ModelVersionDraft m_wanted;
    pai::VersionChange m_change;
    QList<Step> m_steps;
};

} // namespace changes
