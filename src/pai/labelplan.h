#pragma once

#include "pai/label.h"

#include <QStringList>

namespace pai {

// The label requests that turn one ordered label list into another, for models and versions
// alike: DeleteModel(Version)Labels with keysToDelete, then CreateModel(Version)Labels with
// labelsToCreate.
//
// Labels are an ordered list (Terraform keeps them as a TypeList, and the service keeps insertion
// order), and the create operation can only append. So the plan keeps the longest run of unchanged
// labels that already starts the new list in the old order, deletes every other old key, and
// re-creates the rest of the new list in order. A pure reorder therefore deletes and re-creates the
// moved labels; adding at the end only creates; removing only deletes. Whether the create
// operation overwrites an existing key is not documented, so a changed value is always
// delete-then-create.
struct LabelPlan
{
    QStringList keysToDelete; // in the old list's order; empty means skip the call
    LabelList labelsToCreate; // in the new list's order; empty means skip the call

    static LabelPlan between(const LabelList &before, const LabelList &after);
    bool isEmpty() const { return keysToDelete.isEmpty() && labelsToCreate.isEmpty(); }
};

} // namespace pai
