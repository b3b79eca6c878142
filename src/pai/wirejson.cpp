#include "pai/wirejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace pai::WireJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pai::WireJson", text);
}

QString joinPath(const QString &parent, const QString &child)
{
    return parent.isEmpty() ? child : parent + u'.' + child;
}

// Reads one JSON object field by field, remembering the first type error with its full path.
// Everything it was not asked about ends up in unknownFields(), so nothing the server sent is lost.
class ObjectReader
{
public:
    // lupdate files tr() calls in these member functions under the class, so that is the context.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("pai::WireJson::ObjectReader", text);
    }

    ObjectReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    void ignore(QLatin1StringView key) { take(key); }

    QString string(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        if (value.isString())
            return value.toString();
        if (!isAbsent(value))
            fail(key, tr("expected a string"));
        return QString();
    }

    std::optional<qint64> integer(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        if (isAbsent(value))
            return std::nullopt;
        // Two different fallbacks tell "not an integer" apart from an integer that equals one.
        const qint64 first = value.toInteger(std::numeric_limits<qint64>::min());
        const qint64 second = value.toInteger(std::numeric_limits<qint64>::max());
        if (!value.isDouble() || first != second) {
            fail(key, tr("expected an integer"));
            return std::nullopt;
        }
        return first;
    }

    std::optional<bool> boolean(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        if (value.isBool())
            return value.toBool();
        if (!isAbsent(value))
            fail(key, tr("expected true or false"));
        return std::nullopt;
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        if (value.isObject())
            return value.toObject();
        if (!isAbsent(value))
            fail(key, tr("expected an object"));
        return QJsonObject();
    }

    QStringList strings(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        QStringList result;
        if (isAbsent(value))
            return result;
        if (!value.isArray()) {
            fail(key, tr("expected an array of strings"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(u"%1[%2]"_s.arg(key).arg(i), tr("expected a string"));
                return {};
            }
            result.append(array.at(i).toString());
        }
        return result;
    }

    LabelList labels(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        if (value.isArray() && value.toArray().size() > MaxLabelsPerModel) {
            fail(key, tr("%1 labels, more than the %2 PaiDesk accepts on one model")
                          .arg(value.toArray().size())
                          .arg(MaxLabelsPerModel));
            return {};
        }
        Parsed<LabelList> parsed = labelsFromJson(value, joinPath(m_path, key));
        if (!parsed) {
            if (m_error.isEmpty())
                m_error = parsed.error;
            return {};
        }
        return *parsed.value;
    }

    // The fields no one asked for. Built only when some are left: copying the object and removing
    // the known keys one by one cost a deep copy of every list item the client parsed.
    QJsonObject unknownFields() const
    {
        if (m_present == m_object.size())
            return QJsonObject();
        QJsonObject unknown;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            const bool known =
                std::any_of(m_taken.cbegin(), m_taken.cend(),
                            [&key](QLatin1StringView taken) { return key == taken; });
            if (!known)
                unknown.insert(key, it.value());
        }
        return unknown;
    }
    const QString &error() const { return m_error; }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    QJsonValue take(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (std::find(m_taken.cbegin(), m_taken.cend(), key) == m_taken.cend()) {
            m_taken.push_back(key);
            if (!value.isUndefined())
                ++m_present;
        }
        return value;
    }

    void fail(const QString &key, const QString &rule)
    {
        if (m_error.isEmpty())
            m_error = u"%1: %2"_s.arg(joinPath(m_path, key), rule);
    }

    const QJsonObject &m_object;
    std::vector<QLatin1StringView> m_taken;
    qsizetype m_present = 0; // taken keys the object has
    QString m_path;
    QString m_error;
};

void putString(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putInteger(QJsonObject &object, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, *value);
}

template<typename T> Parsed<T> failure(const QString &message)
{
    return Parsed<T>{std::nullopt, message};
}

template<typename T> Parsed<T> success(T value)
{
    return Parsed<T>{std::move(value), QString()};
}

} // namespace

Parsed<LabelList> labelsFromJson(const QJsonValue &value, const QString &fieldPath)
{
    LabelList labels;
    if (value.isUndefined() || value.isNull())
        return success(labels);
    if (!value.isArray())
        return failure<LabelList>(u"%1: %2"_s.arg(fieldPath, tr("expected an array of labels")));
    const QJsonArray array = value.toArray();
    labels.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = u"%1[%2]"_s.arg(fieldPath).arg(i);
        if (!array.at(i).isObject())
            return failure<LabelList>(u"%1: %2"_s.arg(itemPath, tr("expected an object")));
        const QJsonObject item = array.at(i).toObject();
        ObjectReader reader(item, itemPath);
        Label label{reader.string("Key"_L1), reader.string("Value"_L1)};
        if (!reader.error().isEmpty())
            return failure<LabelList>(reader.error());
        labels.append(std::move(label));
    }
    return success(labels);
}

QJsonArray labelsToJson(const LabelList &labels)
{
    QJsonArray array;
    for (const Label &label : labels)
        array.append(QJsonObject{{u"Key"_s, label.key}, {u"Value"_s, label.value}});
    return array;
}

Parsed<Model> modelFromJson(const QJsonObject &object, const QString &fieldPath)
{
    ObjectReader reader(object, fieldPath);
    reader.ignore("RequestId"_L1); // GetModel puts it beside the model's own fields
    Model model;
    model.modelId = reader.string("ModelId"_L1);
    model.modelName = reader.string("ModelName"_L1);
    model.modelDescription = reader.string("ModelDescription"_L1);
    model.modelDoc = reader.string("ModelDoc"_L1);
    model.modelType = reader.string("ModelType"_L1);
    model.domain = reader.string("Domain"_L1);
    model.task = reader.string("Task"_L1);
    model.origin = reader.string("Origin"_L1);
    model.provider = reader.string("Provider"_L1);
    model.accessibility = reader.string("Accessibility"_L1);
    model.orderNumber = reader.integer("OrderNumber"_L1);
    model.parameterSize = reader.integer("ParameterSize"_L1);
    model.workspaceId = reader.string("WorkspaceId"_L1);
    model.ownerId = reader.string("OwnerId"_L1);
    model.userId = reader.string("UserId"_L1);
    model.gmtCreateTime = reader.string("GmtCreateTime"_L1);
    model.gmtModifiedTime = reader.string("GmtModifiedTime"_L1);
    model.gmtLatestVersionModifiedTime = reader.string("GmtLatestVersionModifiedTime"_L1);
    model.labels = reader.labels("Labels"_L1);
    model.tags = reader.labels("Tags"_L1);
    model.extraInfo = reader.object("ExtraInfo"_L1);
    model.latestVersion = reader.object("LatestVersion"_L1);
    model.unknownFields = reader.unknownFields();
    if (!reader.error().isEmpty())
        return failure<Model>(reader.error());
    if (model.modelId.isEmpty())
        return failure<Model>(u"%1: %2"_s.arg(joinPath(fieldPath, u"ModelId"_s), tr("is missing")));
    return success(std::move(model));
}

QJsonObject modelToJson(const Model &model, ModelShape shape)
{
    QJsonObject object = model.unknownFields;
    putString(object, "ModelId"_L1, model.modelId);
    putString(object, "ModelName"_L1, model.modelName);
    putString(object, "ModelDescription"_L1, model.modelDescription);
    putString(object, "ModelDoc"_L1, model.modelDoc);
    putString(object, "ModelType"_L1, model.modelType);
    putString(object, "Domain"_L1, model.domain);
    putString(object, "Task"_L1, model.task);
    putString(object, "Origin"_L1, model.origin);
    putString(object, "Provider"_L1, model.provider);
    putString(object, "Accessibility"_L1, model.accessibility);
    putInteger(object, "OrderNumber"_L1, model.orderNumber);
    putInteger(object, "ParameterSize"_L1, model.parameterSize);
    putString(object, "WorkspaceId"_L1, model.workspaceId);
    putString(object, "OwnerId"_L1, model.ownerId);
    putString(object, "UserId"_L1, model.userId);
    putString(object, "GmtCreateTime"_L1, model.gmtCreateTime);
    putString(object, "GmtModifiedTime"_L1, model.gmtModifiedTime);
    putString(object, "GmtLatestVersionModifiedTime"_L1, model.gmtLatestVersionModifiedTime);
    object.insert("Labels"_L1, labelsToJson(model.labels));
    if (shape == ModelShape::ListItem && !model.tags.isEmpty())
        object.insert("Tags"_L1, labelsToJson(model.tags));
    else
        object.remove("Tags"_L1);
    if (!model.extraInfo.isEmpty())
        object.insert("ExtraInfo"_L1, model.extraInfo);
    if (!model.latestVersion.isEmpty())
        object.insert("LatestVersion"_L1, model.latestVersion);
    return object;
}

Parsed<Workspace> workspaceFromJson(const QJsonObject &object, const QString &fieldPath)
{
    ObjectReader reader(object, fieldPath);
    reader.ignore("RequestId"_L1);
    Workspace workspace;
    workspace.workspaceId = reader.string("WorkspaceId"_L1);
    workspace.workspaceName = reader.string("WorkspaceName"_L1);
    workspace.displayName = reader.string("DisplayName"_L1);
    workspace.description = reader.string("Description"_L1);
    workspace.creator = reader.string("Creator"_L1);
    workspace.status = reader.string("Status"_L1);
    workspace.envTypes = reader.strings("EnvTypes"_L1);
    workspace.adminNames = reader.strings("AdminNames"_L1);
    workspace.isDefault = reader.boolean("IsDefault"_L1);
    workspace.extraInfos = reader.object("ExtraInfos"_L1);
    // List items spell it resourceGroupId, GetWorkspace ResourceGroupId; either will do.
    const QString upper = reader.string("ResourceGroupId"_L1);
    const QString lower = reader.string("resourceGroupId"_L1);
    workspace.resourceGroupId = upper.isEmpty() ? lower : upper;
    workspace.gmtCreateTime = reader.string("GmtCreateTime"_L1);
    workspace.gmtModifiedTime = reader.string("GmtModifiedTime"_L1);
    workspace.owner = reader.object("Owner"_L1);
    workspace.unknownFields = reader.unknownFields();
    if (!reader.error().isEmpty())
        return failure<Workspace>(reader.error());
    if (workspace.workspaceId.isEmpty())
        return failure<Workspace>(
            u"%1: %2"_s.arg(joinPath(fieldPath, u"WorkspaceId"_s), tr("is missing")));
    return success(std::move(workspace));
}

QJsonObject workspaceToJson(const Workspace &workspace, WorkspaceShape shape)
{
    const bool detail = shape == WorkspaceShape::Detail;
    QJsonObject object = workspace.unknownFields;
    putString(object, "WorkspaceId"_L1, workspace.workspaceId);
    putString(object, "WorkspaceName"_L1, workspace.workspaceName);
    if (detail)
        putString(object, "DisplayName"_L1,
                  workspace.displayName.isEmpty() ? workspace.workspaceName
                                                  : workspace.displayName);
    putString(object, "Description"_L1, workspace.description);
    putString(object, "Creator"_L1, workspace.creator);
    putString(object, "Status"_L1, workspace.status);
    object.insert("EnvTypes"_L1, QJsonArray::fromStringList(workspace.envTypes));
    object.insert("AdminNames"_L1, QJsonArray::fromStringList(workspace.adminNames));
    if (workspace.isDefault)
        object.insert("IsDefault"_L1, *workspace.isDefault);
    if (!workspace.extraInfos.isEmpty())
        object.insert("ExtraInfos"_L1, workspace.extraInfos);
    putString(object, detail ? "ResourceGroupId"_L1 : "resourceGroupId"_L1,
              workspace.resourceGroupId);
    putString(object, "GmtCreateTime"_L1, workspace.gmtCreateTime);
    putString(object, "GmtModifiedTime"_L1, workspace.gmtModifiedTime);
    if (detail && !workspace.owner.isEmpty())
        object.insert("Owner"_L1, workspace.owner);
    return object;
}

namespace {

// The envelope shared by both list responses: {RequestId, TotalCount, <itemsKey>: [...]}. A
// broken envelope fails the page; a broken row is skipped and named in skippedRows.
template<typename Item> struct PageRows
{
    QList<Item> items;
    qint64 totalCount = 0;
    qsizetype rowsOnWire = 0;
    QStringList skippedRows;
};

template<typename Item, typename ItemParser>
Parsed<PageRows<Item>> pageFromJson(const QJsonObject &body, QLatin1StringView itemsKey,
                                    ItemParser parseItem)
{
    using Result = PageRows<Item>;
    ObjectReader reader(body, QString());
    const std::optional<qint64> total = reader.integer("TotalCount"_L1);
    if (!reader.error().isEmpty())
        return failure<Result>(reader.error());
    if (!total)
        return failure<Result>(u"TotalCount: %1"_s.arg(tr("is missing")));
    Result result;
    result.totalCount = *total;
    const QJsonValue items = body.value(itemsKey);
    if (!items.isUndefined() && !items.isNull()) {
        if (!items.isArray())
            return failure<Result>(u"%1: %2"_s.arg(itemsKey, tr("expected an array")));
        const QJsonArray array = items.toArray();
        result.rowsOnWire = array.size();
        result.items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = u"%1[%2]"_s.arg(itemsKey).arg(i);
            if (!array.at(i).isObject()) {
                result.skippedRows.append(u"%1: %2"_s.arg(path, tr("expected an object")));
                continue;
            }
            auto item = parseItem(array.at(i).toObject(), path);
            if (!item) {
                result.skippedRows.append(item.error);
                continue;
            }
            result.items.append(std::move(*item.value));
        }
    }
    return success(std::move(result));
}

QString requestIdOf(const QJsonObject &body)
{
    return body.value("RequestId"_L1).toString();
}

} // namespace

Parsed<ModelPage> modelPageFromJson(const QJsonObject &body)
{
    auto page = pageFromJson<Model>(body, "Models"_L1, &modelFromJson);
    if (!page)
        return failure<ModelPage>(page.error);
    PageRows<Model> &rows = *page.value;
    return success(ModelPage{std::move(rows.items), rows.totalCount, requestIdOf(body),
                             rows.rowsOnWire, std::move(rows.skippedRows)});
}

Parsed<WorkspacePage> workspacePageFromJson(const QJsonObject &body)
{
    auto page = pageFromJson<Workspace>(body, "Workspaces"_L1, &workspaceFromJson);
    if (!page)
        return failure<WorkspacePage>(page.error);
    PageRows<Workspace> &rows = *page.value;
    return success(WorkspacePage{std::move(rows.items), rows.totalCount, requestIdOf(body),
                                 rows.rowsOnWire, std::move(rows.skippedRows)});
}

QJsonObject createModelBody(const ModelDraft &draft)
{
    QJsonObject body;
    body.insert("ModelName"_L1, draft.modelName);
    putString(body, "WorkspaceId"_L1, draft.workspaceId);
    putString(body, "ModelDescription"_L1, draft.modelDescription);
    putString(body, "ModelDoc"_L1, draft.modelDoc);
    putString(body, "ModelType"_L1, draft.modelType);
    putString(body, "Domain"_L1, draft.domain);
    putString(body, "Task"_L1, draft.task);
    putString(body, "Origin"_L1, draft.origin);
    putString(body, "Accessibility"_L1, draft.accessibility);
    putInteger(body, "OrderNumber"_L1, draft.orderNumber);
    putInteger(body, "ParameterSize"_L1, draft.parameterSize);
    if (!draft.labels.isEmpty())
        body.insert("Labels"_L1, labelsToJson(draft.labels));
    if (!draft.tags.isEmpty())
        body.insert("Tag"_L1, labelsToJson(draft.tags)); // singular in requests
    if (!draft.extraInfo.isEmpty())
        body.insert("ExtraInfo"_L1, draft.extraInfo);
    return body;
}

QJsonObject updateModelBody(const ModelUpdate &update)
{
    const ModelDraft &v = update.values;
    QJsonObject body;
    for (ModelField field : update.fields) {
        switch (field) {
        case ModelField::ModelName:
            body.insert("ModelName"_L1, v.modelName);
            break;
        case ModelField::ModelDescription:
            body.insert("ModelDescription"_L1, v.modelDescription);
            break;
        case ModelField::ModelDoc:
            body.insert("ModelDoc"_L1, v.modelDoc);
            break;
        case ModelField::ModelType:
            body.insert("ModelType"_L1, v.modelType);
            break;
        case ModelField::Domain:
            body.insert("Domain"_L1, v.domain);
            break;
        case ModelField::Task:
            body.insert("Task"_L1, v.task);
            break;
        case ModelField::Origin:
            body.insert("Origin"_L1, v.origin);
            break;
        case ModelField::Accessibility:
            body.insert("Accessibility"_L1, v.accessibility);
            break;
        case ModelField::OrderNumber:
            putInteger(body, "OrderNumber"_L1, v.orderNumber);
            break;
        case ModelField::ExtraInfo:
            body.insert("ExtraInfo"_L1, v.extraInfo);
            break;
        case ModelField::ParameterSize:
            putInteger(body, "ParameterSize"_L1, v.parameterSize);
            break;
        case ModelField::WorkspaceId: // UpdateModel cannot move a model between workspaces.
        case ModelField::Labels:      // Labels change through Create/DeleteModelLabels.
            break;
        }
    }
    return body;
}

QJsonObject labelsBody(const LabelList &labels)
{
    return QJsonObject{{u"Labels"_s, labelsToJson(labels)}};
}

namespace {

// The wire name of each text and object field of a version, in the order they are read.
struct VersionWireText
{
    QLatin1StringView key;
    QString ModelVersion::*member;
};
struct VersionWireObject
{
    QLatin1StringView key;
    QJsonObject ModelVersion::*member;
};

const VersionWireText VersionTexts[] = {
    {"VersionName"_L1, &ModelVersion::versionName},
    {"VersionDescription"_L1, &ModelVersion::versionDescription},
    {"Uri"_L1, &ModelVersion::uri},
    {"FormatType"_L1, &ModelVersion::formatType},
    {"FrameworkType"_L1, &ModelVersion::frameworkType},
    {"ApprovalStatus"_L1, &ModelVersion::approvalStatus},
    {"SourceType"_L1, &ModelVersion::sourceType},
    {"SourceId"_L1, &ModelVersion::sourceId},
    {"Options"_L1, &ModelVersion::options},
    {"GmtCreateTime"_L1, &ModelVersion::gmtCreateTime},
    {"GmtModifiedTime"_L1, &ModelVersion::gmtModifiedTime},
    {"UserId"_L1, &ModelVersion::userId},
    {"OwnerId"_L1, &ModelVersion::ownerId},
};

const VersionWireObject VersionObjects[] = {
    {"Metrics"_L1, &ModelVersion::metrics},
    {"TrainingSpec"_L1, &ModelVersion::trainingSpec},
    {"InferenceSpec"_L1, &ModelVersion::inferenceSpec},
    {"EvaluationSpec"_L1, &ModelVersion::evaluationSpec},
    {"CompressionSpec"_L1, &ModelVersion::compressionSpec},
    {"DistillationSpec"_L1, &ModelVersion::distillationSpec},
    {"ExtraInfo"_L1, &ModelVersion::extraInfo},
};

} // namespace

Parsed<ModelVersion> versionFromJson(const QJsonObject &object, const QString &fieldPath)
{
    ObjectReader reader(object, fieldPath);
    reader.ignore("RequestId"_L1); // GetModelVersion puts it beside the version's own fields
    ModelVersion version;
    for (const VersionWireText &text : VersionTexts)
        version.*text.member = reader.string(text.key);
    for (const VersionWireObject &wireObject : VersionObjects)
        version.*wireObject.member = reader.object(wireObject.key);
    version.labels = reader.labels("Labels"_L1);
    version.unknownFields = reader.unknownFields();
    if (!reader.error().isEmpty())
        return failure<ModelVersion>(reader.error());
    if (version.versionName.isEmpty()) {
        return failure<ModelVersion>(
            u"%1: %2"_s.arg(joinPath(fieldPath, u"VersionName"_s), tr("is missing")));
    }
    return success(std::move(version));
}

QJsonObject versionToJson(const ModelVersion &version)
{
    QJsonObject object = version.unknownFields;
    for (const VersionWireText &text : VersionTexts)
        putString(object, text.key, version.*text.member);
    for (const VersionWireObject &wireObject : VersionObjects) {
        if (!(version.*wireObject.member).isEmpty())
            object.insert(wireObject.key, version.*wireObject.member);
    }
    object.insert("Labels"_L1, labelsToJson(version.labels));
    return object;
}

Parsed<VersionPage> versionPageFromJson(const QJsonObject &body)
{
    auto page = pageFromJson<ModelVersion>(body, "Versions"_L1, &versionFromJson);
    if (!page)
        return failure<VersionPage>(page.error);
    PageRows<ModelVersion> &rows = *page.value;
    return success(VersionPage{std::move(rows.items), rows.totalCount, requestIdOf(body),
                               rows.rowsOnWire, std::move(rows.skippedRows)});
}

Parsed<std::optional<ModelVersion>> latestVersionOf(const Model &model)
{
    using Result = std::optional<ModelVersion>;
    if (model.latestVersion.isEmpty())
        return success(Result());
    auto parsed = versionFromJson(model.latestVersion, u"LatestVersion"_s);
    if (!parsed)
        return failure<Result>(parsed.error);
    return success(Result(std::move(parsed.value)));
}

QDateTime parseTimestamp(const QString &text)
{
    // Qt::ISODate reads both forms, fractions of a second included; a time without a zone would
    // be local time, which the service never sends, so only UTC designators are accepted.
    if (!text.endsWith(u'Z') && !text.endsWith(u"+00:00"_s))
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

QJsonObject createVersionBody(const ModelVersionDraft &draft)
{
    QJsonObject body;
    body.insert("Uri"_L1, draft.uri);
    putString(body, "VersionName"_L1, draft.versionName);
    putString(body, "VersionDescription"_L1, draft.versionDescription);
    putString(body, "FormatType"_L1, draft.formatType);
    putString(body, "FrameworkType"_L1, draft.frameworkType);
    putString(body, "ApprovalStatus"_L1, draft.approvalStatus);
    putString(body, "SourceType"_L1, draft.sourceType);
    putString(body, "SourceId"_L1, draft.sourceId);
    putString(body, "Options"_L1, draft.options);
    for (const VersionObjectField &field : versionObjectFields()) {
        if (!(draft.*field.member).isEmpty())
            body.insert(apiName(field.field), draft.*field.member);
    }
    if (!draft.labels.isEmpty())
        body.insert("Labels"_L1, labelsToJson(draft.labels));
    return body;
}

QJsonObject updateVersionBody(const ModelVersionUpdate &update)
{
    QJsonObject body;
    for (VersionField field : update.fields) {
        if (!isUpdatable(field))
            continue; // VersionName, Uri, FormatType, FrameworkType and Labels are not sent
        for (const VersionTextField &text : versionTextFields()) {
            if (text.field == field)
                body.insert(apiName(field), update.values.*text.member);
        }
        for (const VersionObjectField &object : versionObjectFields()) {
            if (object.field == field)
                body.insert(apiName(field), update.values.*object.member);
        }
    }
    return body;
}

} // namespace pai::WireJson
