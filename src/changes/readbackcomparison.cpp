#include "changes/readbackcomparison.h"

#include "pai/modelchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

QSet<pai::ModelField> fieldsOf(const QList<pai::FieldDiff> &diffs)
{
    QSet<pai::ModelField> fields;
    for (const pai::FieldDiff &diff : diffs)
        fields.insert(diff.field);
    return fields;
}

bool differsIn(const pai::ModelDraft &a, const pai::ModelDraft &b, const QSet<QString> &apiNames)
{
    const QList<pai::FieldDiff> diffs = pai::ModelChange::between(a, b).diffs();
    return std::any_of(diffs.cbegin(), diffs.cend(), [&](const pai::FieldDiff &diff) {
        return apiNames.contains(pai::apiName(diff.field));
    });
}

std::optional<QString> valueOf(const pai::LabelList &labels, const QString &key)
{
    for (const pai::Label &label : labels) {
        if (label.key == key)
            return label.value;
    }
    return std::nullopt;
}

StepState settleUpdate(const QJsonObject &body, const pai::ModelDraft &start,
                       const pai::ModelDraft &wanted, const pai::ModelDraft &server)
{
    const QStringList keys = body.keys();
    const QSet<QString> names(keys.cbegin(), keys.cend());
    if (!differsIn(server, wanted, names))
        return StepState::Applied;
    if (!differsIn(server, start, names))
        return StepState::NotApplied;
    return StepState::Unknown;
}

StepState settleCreateLabels(const QJsonObject &body, const pai::ModelDraft &server)
{
    int present = 0;
    int total = 0;
    for (const QJsonValue &item : body.value(u"Labels"_s).toArray()) {
        const QJsonObject label = item.toObject();
        ++total;
        if (valueOf(server.labels, label.value(u"Key"_s).toString()) ==
            label.value(u"Value"_s).toString())
            ++present;
    }
    if (present == total)
        return StepState::Applied;
    return present == 0 ? StepState::NotApplied : StepState::Unknown;
}

StepState settleDeleteLabels(const QStringList &keys, const pai::ModelDraft &start,
                             const pai::ModelDraft &wanted, const pai::ModelDraft &server)
{
    if (server.labels == start.labels)
        return StepState::NotApplied;
    // A deleted key may be back already, re-created with its new value by the next step.
    const bool allGone = std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
        const std::optional<QString> now = valueOf(server.labels, key);
        return !now || now == valueOf(wanted.labels, key);
    });
    return allGone ? StepState::Applied : StepState::Unknown;
}

} // namespace

ReadBackComparison ReadBackComparison::compare(const pai::ModelDraft &start,
                                               const pai::ModelDraft &wanted,
                                               const pai::ModelDraft &server)
{
    const QList<pai::FieldDiff> planned = pai::ModelChange::between(start, wanted).diffs();
    const QSet<pai::ModelField> plannedFields = fieldsOf(planned);
    ReadBackComparison comparison;
    const pai::ModelChange left = pai::ModelChange::between(server, wanted);
    for (const pai::FieldDiff &diff : left.diffs()) {
        if (plannedFields.contains(diff.field) && !comparison.m_missing.contains(diff.path))
            comparison.m_missing.append(diff.path);
    }
    for (const pai::FieldDiff &diff : planned) {
        if (!comparison.m_missing.contains(diff.path) && !comparison.m_applied.contains(diff.path))
            comparison.m_applied.append(diff.path);
    }
    return comparison;
}

StepState ReadBackComparison::settle(const api::RequestSpec &write, const pai::ModelDraft &start,
                                     const pai::ModelDraft &wanted, const pai::ModelDraft &server)
{
    const QJsonObject body =
        write.jsonBody ? QJsonDocument::fromJson(*write.jsonBody).object() : QJsonObject();
    if (write.operation == u"UpdateModel"_s)
        return settleUpdate(body, start, wanted, server);
    if (write.operation == u"CreateModelLabels"_s)
        return settleCreateLabels(body, server);
    if (write.operation == u"DeleteModelLabels"_s) {
        QStringList keys;
        for (const auto &[name, value] : write.query) {
            if (name == u"LabelKeys"_s)
                keys = value.split(u',');
        }
        return settleDeleteLabels(keys, start, wanted, server);
    }
    return StepState::Unknown;
}

} // namespace changes
