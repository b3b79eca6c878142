#pragma once

#include "api/apierror.h"
#include "changes/bulkplan.h"
#include "changes/bulkresult.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace changes {

// The inverse of a finished bulk run. The run knows each model's values before and after it
// wrote; a model still holding what the run left gets the plan back to the values before, and a
// model someone changed in between is listed and left alone. Deletes cannot be undone here: a
// new model would get a new ID and none of the old one's versions.
class BulkUndo
{
public:
    // The models the run changed (or may have): the ones to read before planning the undo.
    static QStringList modelsToRead(const BulkResult &result);
    // `current` holds fresh copies of modelsToRead(); `failures` the ones that could not be read.
    static BulkPlan plan(const BulkResult &result, const QList<pai::Model> &current,
                         const QHash<QString, api::ApiError> &failures);
};

} // namespace changes
