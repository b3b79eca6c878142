#pragma once

#include "api/apicall.h"
#include "changes/planstep.h"
#include "pai/model.h"
#include "pai/modelchange.h"
#include "pai/modeldraft.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace changes {

// The exact, ordered requests of one write to one model, built before anything is sent. The
// window's review and the CLI's --dry-run print this plan, and ModelWriter runs it, so what a
// person approves is what goes on the wire. Reads are part of the plan too: the conflict check
// before an update, and the read-back that settles the outcome afterwards.
class ModelPlan
{
    Q_DECLARE_TR_FUNCTIONS(changes::ModelPlan)

public:
    // Check is GetModel before an update, ReadBack GetModel afterwards, Lookup ListModels after a
    // create lost its answer. The same kinds and roles make up a VersionPlan.
    using Kind = PlanKind;
    using Role = StepRole;
    using Step = PlanStep;

    static ModelPlan create(const pai::ModelDraft &draft);
    // `base` is the copy the edit started from; `wanted` is every writable field as it should be.
    static ModelPlan update(const pai::Model &base, const pai::ModelDraft &wanted);
    static ModelPlan remove(const pai::Model &model);

    // The writes that turn one draft into another: UpdateModel with the changed fields, then
    // DeleteModelLabels and CreateModelLabels from the minimal, order-keeping label plan.
    static QList<api::RequestSpec> writesFor(const QString &modelId,
                                             const pai::ModelChange &change);

    Kind kind() const { return m_kind; }
    QString modelId() const { return m_modelId; }
    QString modelName() const { return m_wanted.modelName; }
    const std::optional<pai::Model> &base() const { return m_base; }
    const pai::ModelDraft &wanted() const { return m_wanted; }
    // Update: base to wanted. Create: an empty draft to the new model.
    const pai::ModelChange &change() const { return m_change; }
    const QList<Step> &steps() const { return m_steps; }
    int writeCount() const;
    // An update whose values the server already has: nothing would be sent.
    bool isEmpty() const { return writeCount() == 0; }

    // For a person: one numbered entry per request, with method, path, query and body.
    QString toText() const;
    // The numbered requests alone, as the review dialog shows them.
    QString requestsText() const;
    // For scripts (--dry-run --output json).
    QJsonObject toJson() const;

    static QString kindName(Kind kind); // "create", "update", "delete": stable, for JSON
    static QString roleName(Role role); // "check", "write", "read-back", "lookup": for JSON
    // What a read is for, translated; empty for a write.
    static QString roleDescription(Role role, Kind kind);

private:
    Kind m_kind = Kind::Update;
    QString m_modelId;
    std::optional<pai::Model> m_base;
    pai::ModelDraft m_wanted;
    pai::ModelChange m_change;
    QList<Step> m_steps;
};

} // namespace changes
