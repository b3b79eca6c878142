#pragma once

#include "pai/label.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pai {

enum class DiffKind { Added, Removed, Changed, Reordered };

// One line of the "what will change" list a person reviews before saving, for any resource whose
// writable fields are named by the enum `Field` (ModelField, VersionField).
template<typename Field> struct FieldDiffOf
{
    using Kind = DiffKind;

    Field field;
    QString path; // "ModelName", "Labels[env]", "ExtraInfo.config": where the change is
    Kind kind = Kind::Changed;
    QString before; // display text; empty when the value did not exist
    QString after;

    friend bool operator==(const FieldDiffOf &, const FieldDiffOf &) = default;
};

// A diff line before it is tied to a field: what the shared comparisons below produce.
struct DiffPart
{
    QString path;
    DiffKind kind = DiffKind::Changed;
    QString before;
    QString after;
};

namespace Diffs {

// Added when there was no value before, Removed when there is none after, else Changed.
DiffKind kindOf(bool hadBefore, bool hasAfter);
// JSON text, so that a reviewer can tell the string "15" from the number 15.
QString jsonText(const QJsonValue &value);
// One part per key of a free-form object whose value changed: "<base>.<key>".
QList<DiffPart> objectParts(const QString &base, const QJsonObject &before,
                            const QJsonObject &after);
// What a person changed in an ordered label list: removed, changed and added keys, then one
// Reordered part (path "Labels") when the kept keys changed order.
QList<DiffPart> labelParts(const LabelList &before, const LabelList &after);

template<typename Field> FieldDiffOf<Field> tie(Field field, const DiffPart &part)
{
    return FieldDiffOf<Field>{field, part.path, part.kind, part.before, part.after};
}

} // namespace Diffs

} // namespace pai
