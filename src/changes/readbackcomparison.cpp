#include "changes/readbackcomparison.h"

#include "pai/modelchange.h"
#include "pai/versionchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

// The field names a diff list touches, by their API names.
template<typename Diff> QSet<QString> fieldsOf(const QList<Diff> &diffs)
{
    QSet<QString> fields;
    for (const Diff &diff : diffs)
        fields.insert(pai::apiName(diff.field));
    return fields;
}

template<typename Change, typename Draft>
bool differsIn(const Draft &a, const Draft &b, const QSet<QString> &apiNames)
{
    const auto diffs = Change::between(a, b).diffs();
    return std::any_of(diffs.cbegin(), diffs.cend(), [&](const auto &diff) {
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

template<typename Change, typename Draft>
StepState settleUpdate(const QJsonObject &body, const Draft &start, const Draft &wanted,
                       const Draft &server)
{
    const QStringList keys = body.keys();
    const QSet<QString> names(keys.cbegin(), keys.cend());
    if (!differsIn<Change>(server, wanted, names))
        return StepState::Applied;
    if (!differsIn<Change>(server, start, names))
        return StepState::NotApplied;
    return StepState::Unknown;
}

StepState settleCreateLabels(const QJsonObject &body, const pai::LabelList &server)
{
    int present = 0;
    int total = 0;
    for (const QJsonValue &item : body.value(u"Labels"_s).toArray()) {
        const QJsonObject label = item.toObject();
        ++total;
        if (valueOf(server, label.value(u"Key"_s).toString()) == label.value(u"Value"_s).toString())
            ++present;
    }
    if (present == total)
        return StepState::Applied;
    return present == 0 ? StepState::NotApplied : StepState::Unknown;
}

StepState settleDeleteLabels(const QStringList &keys, const pai::LabelList &start,
                             const pai::LabelList &wanted, const pai::LabelList &server)
{
    if (server == start)
        return StepState::NotApplied;
    // A deleted key may be back already, re-created with its new value by the next step.
    const bool allGone = std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
        const std::optional<QString> now = valueOf(server, key);
        return !now || now == valueOf(wanted, key);
    });
    return allGone ? StepState::Applied : StepState::Unknown;
}

} // namespace

template<typename Change, typename Draft>
ReadBackComparison ReadBackComparison::compareWith(const Draft &start, const Draft &wanted,
                                                   const Draft &server)
{
    const auto planned = Change::between(start, wanted).diffs();
    const QSet<QString> plannedFields = fieldsOf(planned);
    ReadBackComparison comparison;
    const Change left = Change::between(server, wanted);
    for (const auto &diff : left.diffs()) {
        if (plannedFields.contains(pai::apiName(diff.field)) &&
            !comparison.m_missing.contains(diff.path))
            comparison.m_missing.append(diff.path);
    }
    for (const auto &diff : planned) {
        if (!comparison.m_missing.contains(diff.path) && !comparison.m_applied.contains(diff.path))
            comparison.m_applied.append(diff.path);
    }
    return comparison;
}

ReadBackComparison ReadBackComparison::compare(const pai::ModelDraft &start,
                                               const pai::ModelDraft &wanted,
                                               const pai::ModelDraft &server)
{
    return compareWith<pai::ModelChange>(start, wanted, server);
}

ReadBackComparison ReadBackComparison::compare(const pai::ModelVersionDraft &start,
                                               const pai::ModelVersionDraft &wanted,
                                               const pai::ModelVersionDraft &server)
{
    return compareWith<pai::VersionChange>(start, wanted, server);
}

template<typename Change, typename Draft>
StepState ReadBackComparison::settleWith(const api::RequestSpec &write, const Draft &start,
                                         const Draft &wanted, const Draft &server)
{
    const QJsonObject body =
        write.jsonBody ? QJsonDocument::fromJson(*write.jsonBody).object() : QJsonObject();
    // The same three kinds of write for models and versions: the fields of an update, and the
    // two label operations.
    const QString &operation = write.operation;
    if (operation == u"UpdateModel"_s || operation == u"UpdateModelVersion"_s)
        return settleUpdate<Change>(body, start, wanted, server);
    if (operation == u"CreateModelLabels"_s || operation == u"CreateModelVersionLabels"_s)
        return settleCreateLabels(body, server.labels);
    if (operation == u"DeleteModelLabels"_s || operation == u"DeleteModelVersionLabels"_s) {
        QStringList keys;
        for (const auto &[name, value] : write.query) {
            if (name == u"LabelKeys"_s)
                keys = value.split(u',');
        }
        return settleDeleteLabels(keys, start.labels, wanted.labels, server.labels);
    }
    return StepState::Unknown;
}

StepState ReadBackComparison::settle(const api::RequestSpec &write, const pai::ModelDraft &start,
                                     const pai::ModelDraft &wanted, const pai::ModelDraft &server)
{
    return settleWith<pai::ModelChange>(write, start, wanted, server);
}

StepState ReadBackComparison::settle(const api::RequestSpec &write,
                                     const pai::ModelVersionDraft &start,
                                     const pai::ModelVersionDraft &wanted,
                                     const pai::ModelVersionDraft &server)
{
    return settleWith<pai::VersionChange>(write, start, wanted, server);
}
} // namespace changes
