#pragma once

#include "pai/fielddiff.h"
#include "pai/label.h"
#include "pai/labelplan.h"
#include "pai/modeldraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pai {

// One line of the "what will change" list of a model.
using FieldDiff = FieldDiffOf<ModelField>;

// What turns one draft of a model into another, expressed as the requests the API accepts:
// UpdateModel with only the changed fields, then DeleteModelLabels, then CreateModelLabels from
// the minimal, order-keeping LabelPlan.
class ModelChange
{
public:
    static ModelChange between(const ModelDraft &before, const ModelDraft &after);
    // Someone else changed the model after `loaded` was read: the fields the person edited
    // (loaded -> edited) win, every other field keeps the server's value. Labels count as one
    // field, because merging two edits of one ordered list could produce an order nobody chose.
    static ModelDraft rebased(const ModelDraft &loaded, const ModelDraft &edited,
                              const ModelDraft &server);

    bool isEmpty() const;
    // UpdateModel cannot move a model: a changed workspace is reported, never sent.
    bool workspaceChanged() const { return m_workspaceChanged; }

    bool needsUpdate() const { return !m_update.fields.isEmpty(); }
    const ModelUpdate &update() const { return m_update; }

    // Keys for DeleteModelLabels, in the old list's order; empty means skip the call.
    const QStringList &labelKeysToDelete() const { return m_labels.keysToDelete; }
    // Labels for CreateModelLabels, in the new list's order; empty means skip the call.
    const LabelList &labelsToCreate() const { return m_labels.labelsToCreate; }

    const QList<FieldDiff> &diffs() const { return m_diffs; }

private:
    bool m_workspaceChanged = false;
    ModelUpdate m_update;
    LabelPlan m_labels;
    QList<FieldDiff> m_diffs;
};

} // namespace pai
