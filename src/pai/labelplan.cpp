#include "pai/labelplan.h"

#include <QSet>

namespace pai {

LabelPlan LabelPlan::between(const LabelList &before, const LabelList &after)
{
    // Keep the longest prefix of the new list that appears, unchanged and in order, in the old
    // list (see the class comment).
    qsizetype kept = 0;
    qsizetype searchFrom = 0;
    for (; kept < after.size(); ++kept) {
        const Label &wanted = after.at(kept);
        qsizetype found = -1;
        for (qsizetype i = searchFrom; i < before.size(); ++i) {
            if (before.at(i) == wanted) {
                found = i;
                break;
            }
        }
        if (found < 0)
            break;
        searchFrom = found + 1;
    }
    QSet<QString> keptKeys;
    for (qsizetype i = 0; i < kept; ++i)
        keptKeys.insert(after.at(i).key);
    LabelPlan plan;
    for (const Label &label : before) {
        if (!keptKeys.contains(label.key) && !plan.keysToDelete.contains(label.key))
            plan.keysToDelete.append(label.key);
    }
    plan.labelsToCreate = after.mid(kept);
    return plan;
}

} // namespace pai
