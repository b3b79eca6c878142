#pragma once

#include "pai/fielddiff.h"
#include "pai/labelplan.h"
#include "pai/versiondraft.h"

#include <QList>
#include <QStringList>

namespace pai {

// One line of the "what will change" list of a model version.
using VersionFieldDiff = FieldDiffOf<VersionField>;

// What turns one draft of a model version into another, as the requests the API accepts:
// UpdateModelVersion with only the changed updatable fields, then DeleteModelVersionLabels and
// CreateModelVersionLabels from the minimal, order-keeping LabelPlan (the same plan as a model's).
// A changed VersionName, Uri, FormatType or FrameworkType cannot be sent (isImmutable()): it is
// listed in immutableChanges() and in the diffs, never in the update.
class VersionChange
{
public:
    static VersionChange between(const ModelVersionDraft &before, const ModelVersionDraft &after);
    // Someone else changed the version after `loaded` was read: the fields the person edited win,
    // every other field keeps the server's value. Labels count as one field, as for models.
    static ModelVersionDraft rebased(const ModelVersionDraft &loaded,
                                     const ModelVersionDraft &edited,
                                     const ModelVersionDraft &server);

    // Nothing to send and nothing that cannot be sent.
    bool isEmpty() const;
    // Immutable fields whose value differs, in field order: reported, never sent.
    const QList<VersionField> &immutableChanges() const { return m_immutableChanges; }

    bool needsUpdate() const { return !m_update.fields.isEmpty(); }
    const ModelVersionUpdate &update() const { return m_update; }
    const QStringList &labelKeysToDelete() const { return m_labels.keysToDelete; }
    const LabelList &labelsToCreate() const { return m_labels.labelsToCreate; }
    const QList<VersionFieldDiff> &diffs() const { return m_diffs; }

private:
    QList<VersionField> m_immutableChanges;
    ModelVersionUpdate m_update;
    LabelPlan m_labels;
    QList<VersionFieldDiff> m_diffs;
};

} // namespace pai
