#pragma once

#include "api/apierror.h"
#include "changes/bulkedit.h"
#include "changes/modelplan.h"
#include "pai/model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace changes {

// What a bulk edit (or the undo of one) would do, model by model, before anything is sent: for
// each model its exact ModelPlan (an update or a delete), or why nothing is sent for it. The
// review groups by model; BulkRunner runs the plans.
class BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(changes::BulkPlan)

public:
    // Why a model gets no plan.
    enum class Skip {
        None,         // it has a plan
        NoChange,     // the server already holds what the edit asks for
        ReadFailed,   // it could not be read, so nothing can be planned (readError says why)
        ChangedSince, // undo: someone changed it after the run; left alone
        CannotUndo,   // undo: a delete, or a run whose result is not known
        ReadOnly,     // a gallery model (pai::Model::isGalleryModel()), which only Alibaba writes
    };

    struct Entry
    {
        QString modelId;
        QString modelName;
        std::optional<pai::Model> current; // the copy the plan was made from
        std::optional<ModelPlan> plan;
        Skip skip = Skip::None;
        std::optional<api::ApiError> readError;

        bool hasPlan() const { return plan.has_value(); }
    };

    BulkPlan() = default;
    // Each model gets `edit` applied to its own copy.
    static BulkPlan build(const BulkEdit &edit, const QList<pai::Model> &models);
    // Models that could not be read join the plan as ReadFailed entries, so the run reports them.
    void addReadFailure(const QString &modelId, const api::ApiError &error);
    void addEntry(const Entry &entry) { m_entries.append(entry); }

    const BulkEdit &edit() const { return m_edit; }
    void setEdit(const BulkEdit &edit) { m_edit = edit; }
    bool isUndo() const { return m_undo; }
    void setUndo(bool undo) { m_undo = undo; }
    const QList<Entry> &entries() const { return m_entries; }
    int planCount() const;  // models that get requests
    int skipCount() const;  // models that get none
    int writeCount() const; // write requests over all models

    // "3 models would change, 2 already match.", translated.
    QString summary() const;
    // The review: the summary, the actions, then one block per model with its changes and
    // requests, grouped by model.
    QString toText() const;
    QJsonObject toJson() const;
    static QString skipName(Skip skip);        // "no-change", ...: stable, for JSON
    static QString skipDescription(Skip skip); // translated

private:
    BulkEdit m_edit;
    bool m_undo = false;
    QList<Entry> m_entries;
};

} // namespace changes

Q_DECLARE_METATYPE(changes::BulkPlan)
