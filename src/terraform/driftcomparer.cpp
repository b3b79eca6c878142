#include "terraform/driftcomparer.h"

#include "terraform/hclexpression.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace terraform {

namespace {

// A state string attribute: "" for absent, null or a non-string (the provider writes strings).
QString stateText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return hclNumberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Parses JSON text that holds an object or an array; nothing for anything else.
std::optional<QJsonDocument> jsonContainer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'['))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

// Two map(string) values: equal as text, or as the JSON they both hold.
bool sameMapText(const QString &state, const QString &live)
{
    if (state == live)
        return true;
    const auto a = jsonContainer(state);
    const auto b = jsonContainer(live);
    return a && b && *a == *b;
}

// A live number and a state text that reads as the same number ("15.0" and 15).
bool sameNumber(const QString &state, const QJsonValue &live)
{
    if (!live.isDouble())
        return false;
    bool ok = false;
    const double number = state.trimmed().toDouble(&ok);
    return ok && number == live.toDouble();
}

QJsonObject stateStringMap(const QJsonValue &value)
{
    QJsonObject map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const auto text = DriftComparer::mapValueText(it.value()))
            map.insert(it.key(), *text);
    }
    return map;
}

pai::LabelList stateLabels(const QJsonValue &value)
{
    pai::LabelList labels;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        const QJsonObject block = element.toObject();
        labels.append({stateText(block.value(u"key"_s)), stateText(block.value(u"value"_s))});
    }
    return labels;
}

QJsonValue labelsJson(const pai::LabelList &labels)
{
    if (labels.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray array;
    for (const pai::Label &label : labels)
        array.append(QJsonObject{{u"key"_s, label.key}, {u"value"_s, label.value}});
    return array;
}

QJsonValue mapJson(const QJsonObject &map)
{
    return map.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(map);
}

// Collects the differences of one instance, attribute by attribute.
class FieldComparison
{
public:
    explicit FieldComparison(const StateInstance &instance)
        : m_attributes(instance.attributes)
    {}

    QList<FieldDrift> fields() const { return m_fields; }

    void text(const QString &name, const QString &live, bool computed = false)
    {
        const QString state = stateText(m_attributes.value(name));
        if (computed && state.isEmpty())
            return;
        if (state != live)
            m_fields.append({name, textOrNull(state), textOrNull(live)});
    }

    void number(const QString &name, std::optional<qint64> live)
    {
        const QJsonValue value = m_attributes.value(name);
        qint64 state = 0;
        if (value.isDouble())
            state = value.toInteger();
        else if (value.isString())
            state = value.toString().toLongLong();
        const qint64 liveNumber = live.value_or(0);
        if (state == liveNumber)
            return;
        m_fields.append({name, state == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(state),
                         liveNumber == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(liveNumber)});
    }

    void labels(const QString &name, const pai::LabelList &live)
    {
        const pai::LabelList state = stateLabels(m_attributes.value(name));
        if (state == live)
            return;
        const auto byPair = [](const pai::Label &a, const pai::Label &b) {
            return std::pair(a.key, a.value) < std::pair(b.key, b.value);
        };
        pai::LabelList sortedState = state;
        pai::LabelList sortedLive = live;
        std::sort(sortedState.begin(), sortedState.end(), byPair);
        std::sort(sortedLive.begin(), sortedLive.end(), byPair);
        m_fields.append({name, labelsJson(state), labelsJson(live), sortedState == sortedLive});
    }

    void map(const QString &name, const QJsonObject &liveObject)
    {
        const QJsonObject state = stateStringMap(m_attributes.value(name));
        const QJsonObject live = DriftComparer::stringMap(liveObject);
        bool same = state.keys() == live.keys();
        for (auto it = state.constBegin(); same && it != state.constEnd(); ++it) {
            const QString stateValue = it.value().toString();
            same = sameMapText(stateValue, live.value(it.key()).toString()) ||
                   sameNumber(stateValue, liveObject.value(it.key()));
        }
        if (!same)
            m_fields.append({name, mapJson(state), mapJson(live)});
    }

    // JSON text (a version's options): "{}" and "" are both unset.
    void jsonText(const QString &name, const QString &live)
    {
        const QString state = stateText(m_attributes.value(name));
        const auto unset = [](const QString &text) {
            const auto document = jsonContainer(text);
            return text.trimmed().isEmpty() ||
                   (document && document->isObject() && document->object().isEmpty());
        };
        if (sameMapText(state, live) || (unset(state) && unset(live)))
            return;
        m_fields.append({name, textOrNull(state), textOrNull(live)});
    }

private:
    QJsonObject m_attributes;
    QList<FieldDrift> m_fields;
};

DriftFinding findingFor(const StateInstance &instance)
{
    DriftFinding finding;
    finding.address = instance.address;
    finding.type = instance.type;
    finding.sourceFile = instance.sourceFile;
    finding.kind = instance.kind;
    finding.modelId = instance.modelId;
    finding.versionName = instance.versionName;
    finding.modelName = instance.text(u"model_name"_s);
    finding.workspaceId = instance.text(u"workspace_id"_s);
    return finding;
}

void settle(DriftFinding &finding, const StateInstance &instance)
{
    if (instance.tainted)
        finding.status = DriftStatus::Tainted;
    else if (finding.hasHardDifference())
        finding.status = DriftStatus::Drifted;
    else
        finding.status = DriftStatus::InSync;
}

} // namespace

std::optional<QString> DriftComparer::mapValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return hclNumberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

QJsonObject DriftComparer::stringMap(const QJsonObject &live)
{
    QJsonObject map;
    for (auto it = live.constBegin(); it != live.constEnd(); ++it) {
        if (const auto text = mapValueText(it.value()))
            map.insert(it.key(), *text);
    }
    return map;
}

QList<FieldDrift> DriftComparer::modelFields(const StateInstance &instance, const pai::Model &live)
{
    FieldComparison compare(instance);
    compare.text(u"model_name"_s, live.modelName);
    compare.text(u"model_description"_s, live.modelDescription);
    compare.text(u"model_doc"_s, live.modelDoc);
    compare.text(u"model_type"_s, live.modelType);
    compare.text(u"domain"_s, live.domain);
    compare.text(u"origin"_s, live.origin);
    compare.text(u"task"_s, live.task);
    compare.text(u"accessibility"_s, live.accessibility, true);
    compare.number(u"order_number"_s, live.orderNumber);
    compare.text(u"workspace_id"_s, live.workspaceId, true);
    compare.labels(u"labels"_s, live.labels);
    compare.map(u"extra_info"_s, live.extraInfo);
    return compare.fields();
}

QList<FieldDrift> DriftComparer::versionFields(const StateInstance &instance,
                                               const pai::ModelVersion &live)
{
    FieldComparison compare(instance);
    compare.text(u"uri"_s, live.uri);
    compare.text(u"version_description"_s, live.versionDescription);
    compare.text(u"source_id"_s, live.sourceId);
    compare.text(u"source_type"_s, live.sourceType, true);
    compare.text(u"approval_status"_s, live.approvalStatus, true);
    compare.text(u"format_type"_s, live.formatType);
    compare.text(u"framework_type"_s, live.frameworkType);
    compare.jsonText(u"options"_s, live.options);
    compare.labels(u"labels"_s, live.labels);
    compare.map(u"extra_info"_s, live.extraInfo);
    compare.map(u"metrics"_s, live.metrics);
    compare.map(u"training_spec"_s, live.trainingSpec);
    compare.map(u"inference_spec"_s, live.inferenceSpec);
    return compare.fields();
}

DriftFinding DriftComparer::compare(const StateInstance &instance, const pai::Model &live)
{
    DriftFinding finding = findingFor(instance);
    finding.modelName = live.modelName;
    finding.workspaceId = live.workspaceId;
    finding.fields = modelFields(instance, live);
    settle(finding, instance);
    return finding;
}

DriftFinding DriftComparer::compare(const StateInstance &instance, const pai::ModelVersion &live)
{
    DriftFinding finding = findingFor(instance);
    finding.fields = versionFields(instance, live);
    settle(finding, instance);
    return finding;
}

DriftFinding DriftComparer::missing(const StateInstance &instance)
{
    DriftFinding finding = findingFor(instance);
    finding.status = DriftStatus::Missing;
    return finding;
}

DriftFinding DriftComparer::unmanaged(const pai::Model &live)
{
    DriftFinding finding;
    finding.status = DriftStatus::Unmanaged;
    finding.modelId = live.modelId;
    finding.modelName = live.modelName;
    finding.workspaceId = live.workspaceId;
    return finding;
}

// ---- DriftFinding ---------------------------------------------------------------------------

bool DriftFinding::hasHardDifference() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const FieldDrift &field) { return !field.soft; });
}

QStringList DriftFinding::fieldNames() const
{
    QStringList names;
    for (const FieldDrift &field : fields)
        names.append(field.name);
    return names;
}

QJsonObject DriftFinding::toJson() const
{
    QJsonObject object;
    if (!address.isEmpty())
        object.insert(u"address"_s, address);
    if (!type.isEmpty())
        object.insert(u"type"_s, type);
    object.insert(u"modelId"_s, modelId);
    if (isVersion())
        object.insert(u"versionName"_s, versionName);
    if (!modelName.isEmpty())
        object.insert(u"modelName"_s, modelName);
    if (!workspaceId.isEmpty())
        object.insert(u"workspaceId"_s, workspaceId);
    if (!sourceFile.isEmpty())
        object.insert(u"state"_s, sourceFile);
    object.insert(u"status"_s, statusName(status));
    QJsonArray array;
    for (const FieldDrift &field : fields) {
        QJsonObject entry{
            {u"name"_s, field.name}, {u"state"_s, field.state}, {u"live"_s, field.live}};
        if (field.soft)
            entry.insert(u"soft"_s, true);
        array.append(entry);
    }
    object.insert(u"fields"_s, array);
    return object;
}

QString DriftFinding::statusName(DriftStatus status)
{
    switch (status) {
    case DriftStatus::InSync:
        return u"in-sync"_s;
    case DriftStatus::Drifted:
        return u"drifted"_s;
    case DriftStatus::Missing:
        return u"missing"_s;
    case DriftStatus::Tainted:
        return u"tainted"_s;
    case DriftStatus::Unmanaged:
        return u"unmanaged"_s;
    }
    return {};
}

std::optional<DriftStatus> DriftFinding::statusFromName(const QString &name)
{
    for (const DriftStatus status : allStatuses()) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QList<DriftStatus> DriftFinding::allStatuses()
{
    return {DriftStatus::InSync, DriftStatus::Drifted, DriftStatus::Missing, DriftStatus::Tainted,
            DriftStatus::Unmanaged};
}

} // namespace terraform
