#pragma once

#include "pai/label.h"
#include "pai/modeldraft.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace changes {

// The actions of one bulk edit, the same for every model it is applied to: add (or set) labels,
// remove labels by key, set and remove ExtraInfo keys, set the accessibility, or delete. Applied
// to each model's own copy, so a label another model lacks is added and one it has is left as it
// is: every model gets exactly the plan its values need.
struct BulkEdit
{
    Q_DECLARE_TR_FUNCTIONS(changes::BulkEdit)

public:
    pai::LabelList addLabels;    // a key the model has takes the new value in its place
    QStringList removeLabelKeys; // removed before addLabels is applied
    QJsonObject setExtraInfo;    // each key set to its JSON value, the others kept
    QStringList removeExtraInfoKeys;
    QString accessibility; // empty: left as it is
    bool remove = false;   // delete the models; no other action goes with it

    bool isEmpty() const;
    // Two actions that contradict each other (delete with an edit, one key added and removed),
    // translated; empty when the edit can be applied.
    QString conflictingActions() const;
    // `model` with the actions applied.
    pai::ModelDraft applyTo(const pai::ModelDraft &model) const;

    // One translated line per action, for a review or a plan summary.
    QStringList describe() const;
    QJsonObject toJson() const;
    static BulkEdit fromJson(const QJsonObject &json);

    friend bool operator==(const BulkEdit &, const BulkEdit &) = default;
};

} // namespace changes

Q_DECLARE_METATYPE(changes::BulkEdit)
