#include "changes/bulkundo.h"

namespace changes {

QStringList BulkUndo::modelsToRead(const BulkResult &result)
{
    QStringList ids;
    for (const BulkModelResult &model : result.models) {
        if (model.changed != BulkModelResult::Change::No && model.kind == ModelPlan::Kind::Update &&
            model.before && model.after)
            ids.append(model.modelId);
    }
    return ids;
}

BulkPlan BulkUndo::plan(const BulkResult &result, const QList<pai::Model> &current,
                        const QHash<QString, api::ApiError> &failures)
{
    QHash<QString, pai::Model> byId;
    for (const pai::Model &model : current)
        byId.insert(model.modelId, model);
    BulkPlan plan;
    plan.setUndo(true);
    for (const BulkModelResult &model : result.models) {
        if (model.changed == BulkModelResult::Change::No)
            continue;
        BulkPlan::Entry entry;
        entry.modelId = model.modelId;
        entry.modelName = model.modelName;
        if (model.kind == ModelPlan::Kind::Delete || !model.before || !model.after) {
            entry.skip = BulkPlan::Skip::CannotUndo;
        } else if (failures.contains(model.modelId)) {
            const api::ApiError error = failures.value(model.modelId);
            // A model deleted since the run was changed in between too.
            entry.skip =
                error.isNotFound() ? BulkPlan::Skip::ChangedSince : BulkPlan::Skip::ReadFailed;
            if (!error.isNotFound())
                entry.readError = error;
        } else if (const auto found = byId.constFind(model.modelId); found != byId.cend()) {
            entry.current = *found;
            const pai::ModelDraft now = pai::ModelDraft::fromModel(*found);
            if (now != pai::ModelDraft::fromModel(*model.after)) {
                entry.skip = BulkPlan::Skip::ChangedSince;
            } else {
                const ModelPlan inverse =
                    ModelPlan::update(*found, pai::ModelDraft::fromModel(*model.before));
                if (inverse.isEmpty())
                    entry.skip = BulkPlan::Skip::NoChange;
                else
                    entry.plan = inverse;
            }
        } else {
            entry.skip = BulkPlan::Skip::CannotUndo;
        }
        plan.addEntry(entry);
    }
    return plan;
}

} // namespace changes
