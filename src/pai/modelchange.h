#pragma once

#include "pai/label.h"
#include "pai/modeldraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pai {

// One line of the "what will change" list a person reviews before saving.
struct FieldDiff
{
    enum class Kind { Added, Removed, Changed, Reordered };

    ModelField field;
    QString path; // "ModelName", "Labels[env]", "ExtraInfo.config": where the change is
    Kind kind = Kind::Changed;
    QString before; // display text; empty when the value did not exist
    QString after;

    friend bool operator==(const FieldDiff &, const FieldDiff &) = default;
};

// What turns one draft of a model into another, expressed as the requests the API accepts:
// UpdateModel with only the changed fields, then DeleteModelLabels, then CreateModelLabels.
//
// Labels are an ordered list (Terraform keeps them as a TypeList, and the service keeps insertion
// order), and CreateModelLabels can only append. So the plan keeps the longest run of unchanged
// labels that already starts the new list in the old order, deletes every other old key, and
// re-creates the rest of the new list in order. A pure reorder therefore deletes and re-creates the
// moved labels; adding at the end only creates; removing only deletes. Whether CreateModelLabels
// overwrites an existing key is not documented, so a changed value is always delete-then-create.
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
    const QStringList &labelKeysToDelete() const { return m_labelKeysToDelete; }
    // Labels for CreateModelLabels, in the new list's order; empty means skip the call.
    const LabelList &labelsToCreate() const { return m_labelsToCreate; }

    const QList<FieldDiff> &diffs() const { return m_diffs; }

private:
    bool m_workspaceChanged = false;
    ModelUpdate m_update;
    QStringList m_labelKeysToDelete;
    LabelList m_labelsToCreate;
    QList<FieldDiff> m_diffs;
};

} // namespace pai
