#include "sandbox/operationhandler.h"

#include "pai/fieldrules.h"
#include "pai/wirejson.h"
#include "sandbox/modelstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QString queryValue(const api::QueryItems &query, const QString &name)
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasQueryValue(const api::QueryItems &query, const QString &name)
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return !value.isEmpty();
    }
    return false;
}

// A positive integer query parameter, with its default and maximum.
std::variant<qint64, ApiReply> positiveInteger(const api::QueryItems &query, const QString &name,
                                               qint64 defaultValue, qint64 maximum)
{
    if (!hasQueryValue(query, name))
        return defaultValue;
    bool ok = false;
    const qint64 value = queryValue(query, name).toLongLong(&ok);
    if (!ok || value < 1)
        return ApiReply::invalidParameter(name, u"must be a positive integer"_s);
    if (value > maximum)
        return ApiReply::invalidParameter(name, u"must be at most %1"_s.arg(maximum));
    return value;
}

// Order=ASC|DESC, SortBy=GmtCreateTime|GmtModifiedTime (the sandbox sorts by creation time).
std::optional<ApiReply> readOrder(const api::QueryItems &query, bool &newestFirst)
{
    const QString sortBy = queryValue(query, u"SortBy"_s);
    if (!sortBy.isEmpty() && sortBy != u"GmtCreateTime"_s && sortBy != u"GmtModifiedTime"_s)
        return ApiReply::invalidParameter(u"SortBy"_s, u"must be GmtCreateTime"_s);
    const QString order = queryValue(query, u"Order"_s).toUpper();
    if (!order.isEmpty() && order != u"ASC"_s && order != u"DESC"_s)
        return ApiReply::invalidParameter(u"Order"_s, u"must be ASC or DESC"_s);
    newestFirst = order == u"DESC"_s;
    return std::nullopt;
}

// PageNumber, PageSize, SortBy and Order: read the same way by every listing, each with its own
// page-size limits.
template<typename Request>
std::optional<ApiReply> readPaging(const api::QueryItems &query, Request &request,
                                   int maxPageSize)
{
    auto pageNumber = positiveInteger(query, u"PageNumber"_s, 1, std::numeric_limits<int>::max());
    if (auto *error = std::get_if<ApiReply>(&pageNumber))
        return *error;
    auto pageSize =
        positiveInteger(query, u"PageSize"_s, Request::DefaultPageSize,
                        maxPageSize > 0 ? std::min<qint64>(maxPageSize, Request::MaxPageSize)
                                        : Request::MaxPageSize);
    if (auto *error = std::get_if<ApiReply>(&pageSize))
        return *error;
    request.pageNumber = std::get<qint64>(pageNumber);
    request.pageSize = std::get<qint64>(pageSize);
    return readOrder(query, request.newestFirst);
}

// The request body as a JSON object; an empty body is an empty object (DELETE may carry one).
std::variant<QJsonObject, ApiReply> bodyObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject()) {
        return ApiReply::error(
            400, u"InvalidParameter"_s,
            u"The request body is not a JSON object: %1"_s.arg(error.errorString()));
    }
    return document.object();
}

// Request bodies share the model's field names, so the one wire mapping reads them. Keys it does
// not know (Terraform sends ModelId, clients may send Tag) are left in unknownFields.
std::variant<pai::Model, ApiReply> modelFields(const QJsonObject &body)
{
    QJsonObject object = body;
    object.insert(u"ModelId"_s, u"request"_s);
    auto parsed = pai::WireJson::modelFromJson(object);
    if (!parsed) {
        const QString field = parsed.error.section(u':', 0, 0);
        return ApiReply::invalidParameter(field, parsed.error.section(u':', 1).trimmed());
    }
    return *parsed.value;
}

// Version request bodies share the version's field names, so the one wire mapping reads them too.
// The name may be absent (the service then numbers the version), which the mapping does not
// allow in a version it reads, so a stand-in takes its place while it reads.
std::variant<pai::ModelVersion, ApiReply> versionFields(const QJsonObject &body)
{
    QJsonObject object = body;
    object.insert(u"VersionName"_s, u"request"_s);
    auto parsed = pai::WireJson::versionFromJson(object);
    if (!parsed) {
        const QString field = parsed.error.section(u':', 0, 0);
        return ApiReply::invalidParameter(field, parsed.error.section(u':', 1).trimmed());
    }
    pai::ModelVersion version = *parsed.value;
    version.versionName.clear();
    const QJsonValue name = body.value(u"VersionName"_s);
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return ApiReply::invalidParameter(u"VersionName"_s, u"expected a string"_s);
    version.versionName = name.toString();
    return version;
}

std::optional<ApiReply> fieldError(const std::optional<pai::FieldError> &error)
{
    if (!error)
        return std::nullopt;
    return ApiReply::invalidParameter(error->field, error->message);
}

} // namespace

OperationHandler::OperationHandler(ModelStore &store)
    : m_store(store)
{}

ApiReply OperationHandler::handle(const Route &route, const api::QueryItems &query,
                                  const QByteArray &body)
{
    switch (route.operation) {
    case Operation::ListWorkspaces:
        return listWorkspaces(query);
    case Operation::GetWorkspace:
        return getWorkspace(route.resourceId, query);
    case Operation::ListModels:
        return listModels(query);
    case Operation::GetModel:
        return getModel(route.resourceId);
    case Operation::CreateModel:
        return createModel(body);
    case Operation::UpdateModel:
        return updateModel(route.resourceId, body);
    case Operation::DeleteModel:
        return deleteModel(route.resourceId);
    case Operation::CreateModelLabels:
        return createModelLabels(route.resourceId, body);
    case Operation::DeleteModelLabels:
        return deleteModelLabels(route.resourceId, query);
    case Operation::ListModelVersions:
        return listModelVersions(route.resourceId, query);
    case Operation::GetModelVersion:
        return getModelVersion(route.resourceId, route.versionName);
    case Operation::CreateModelVersion:
        return createModelVersion(route.resourceId, body);
    case Operation::UpdateModelVersion:
        return updateModelVersion(route.resourceId, route.versionName, body);
    case Operation::DeleteModelVersion:
        return deleteModelVersion(route.resourceId, route.versionName);
    case Operation::CreateModelVersionLabels:
        return createModelVersionLabels(route.resourceId, route.versionName, body);
    case Operation::DeleteModelVersionLabels:
        return deleteModelVersionLabels(route.resourceId, route.versionName, query);
    }
    return ApiReply::error(500, u"InternalError"_s, u"Unknown operation."_s);
}

ApiReply OperationHandler::listWorkspaces(const api::QueryItems &query)
{
    WorkspaceQuery request;
    if (auto error = readPaging(query, request, m_maxPageSize))
        return *error;
    request.workspaceName = queryValue(query, u"WorkspaceName"_s);
    request.status = queryValue(query, u"Status"_s);
    const QString ids = queryValue(query, u"WorkspaceIds"_s);
    if (!ids.isEmpty())
        request.workspaceIds = ids.split(u',', Qt::SkipEmptyParts);

    if (queryValue(query, u"Option"_s) == u"GetResourceLimits"_s) {
        return ApiReply::success(
            {{u"TotalCount"_s, 0},
             {u"ResourceLimits"_s, QJsonObject{{u"MaxCompute_share"_s, 1}, {u"DLC_share"_s, 1}}}});
    }

    const WorkspaceQueryResult result = m_store.listWorkspaces(request);
    QJsonArray items;
    for (const pai::Workspace &workspace : result.workspaces) {
        items.append(
            pai::WireJson::workspaceToJson(workspace, pai::WireJson::WorkspaceShape::ListItem));
    }
    return ApiReply::success({{u"TotalCount"_s, result.totalCount}, {u"Workspaces"_s, items}});
}

ApiReply OperationHandler::getWorkspace(const QString &workspaceId, const api::QueryItems &query)
{
    std::optional<pai::Workspace> workspace = m_store.workspace(workspaceId);
    if (!workspace)
        return ApiReply::workspaceNotFound(workspaceId);
    if (queryValue(query, u"Verbose"_s).toLower() != u"true"_s)
        workspace->owner = QJsonObject();
    QJsonObject body =
        pai::WireJson::workspaceToJson(*workspace, pai::WireJson::WorkspaceShape::Detail);
    return ApiReply::success(body);
}

ApiReply OperationHandler::listModels(const api::QueryItems &query)
{
    ModelQuery request;
    if (auto error = readPaging(query, request, m_maxPageSize))
        return *error;
    request.workspaceId = queryValue(query, u"WorkspaceId"_s);
    request.modelName = queryValue(query, u"ModelName"_s);
    request.query = queryValue(query, u"Query"_s);
    request.label = queryValue(query, u"Label"_s);
    request.domain = queryValue(query, u"Domain"_s);
    request.task = queryValue(query, u"Task"_s);
    request.origin = queryValue(query, u"Origin"_s);
    request.modelType = queryValue(query, u"ModelType"_s);
    request.provider = queryValue(query, u"Provider"_s);
    if (hasQueryValue(query, u"Tag"_s)) {
        const QJsonDocument tags = QJsonDocument::fromJson(queryValue(query, u"Tag"_s).toUtf8());
        auto parsed = pai::WireJson::labelsFromJson(
            tags.isArray() ? QJsonValue(tags.array()) : QJsonValue(u"not an array"_s), u"Tag"_s);
        if (!parsed) {
            return ApiReply::invalidParameter(
                u"Tag"_s,
                u"must be a JSON array of {\"Key\",\"Value\"} objects (%1)"_s.arg(parsed.error));
        }
        request.tags = *parsed.value;
    }

    const ModelQueryResult result = m_store.listModels(request);
    // The page is concatenated from the store's cached item JSON rather than rebuilt as
    // QJsonObjects: keys in the order QJsonDocument writes them (sorted), the same bytes.
    QList<QByteArray> items;
    items.reserve(result.models.size());
    qsizetype size = 0;
    for (const pai::Model &model : result.models) {
        items.append(m_store.listItemJson(model));
        size += items.constLast().size() + 1;
    }
    const QByteArray requestId = ApiReply::newRequestId().toLatin1();
    QByteArray json;
    json.reserve(size + requestId.size() + 64);
    json += "{\"Models\":[";
    json += items.join(',');
    json += "],\"RequestId\":\"";
    json += requestId;
    json += "\",\"TotalCount\":";
    json += QByteArray::number(result.totalCount);
    json += '}';
    ApiReply reply;
    reply.serializedBody = std::move(json);
    return reply;
}

ApiReply OperationHandler::getModel(const QString &modelId)
{
    const std::optional<pai::Model> model = m_store.model(modelId);
    if (!model)
        return ApiReply::modelNotFound(modelId);
    return ApiReply::success(pai::WireJson::modelToJson(*model, pai::WireJson::ModelShape::Detail));
}

ApiReply OperationHandler::createModel(const QByteArray &body)
{
    auto object = bodyObject(body);
    if (auto *error = std::get_if<ApiReply>(&object))
        return *error;
    const QJsonObject &json = std::get<QJsonObject>(object);
    const QJsonValue name = json.value(u"ModelName"_s);
    if (name.isUndefined() || name.isNull())
        return ApiReply::missingParameter(u"ModelName"_s);
    auto fields = modelFields(json);
    if (auto *error = std::get_if<ApiReply>(&fields))
        return *error;
    const pai::Model &request = std::get<pai::Model>(fields);

    if (auto error = fieldError(pai::FieldRules::checkModelName(request.modelName)))
        return *error;
    if (auto error = fieldError(pai::FieldRules::checkAccessibility(request.accessibility)))
        return *error;
    const QList<pai::FieldError> labelErrors = pai::FieldRules::checkLabels(request.labels);
    if (!labelErrors.isEmpty())
        return ApiReply::invalidParameter(labelErrors.first().field, labelErrors.first().message);

    pai::Model model;
    model.modelName = request.modelName;
    model.modelDescription = request.modelDescription;
    model.modelDoc = request.modelDoc;
    model.modelType = request.modelType;
    model.domain = request.domain;
    model.task = request.task;
    model.origin = request.origin;
    model.accessibility = request.accessibility.isEmpty() ? u"PRIVATE"_s : request.accessibility;
    model.orderNumber = request.orderNumber;
    model.parameterSize = request.parameterSize;
    model.labels = request.labels;
    model.extraInfo = request.extraInfo;
    model.provider = QString();
    model.ownerId = u"1557702098000000"_s;
    model.userId = model.ownerId;

    if (request.unknownFields.contains(u"Tag"_s)) {
        auto tags = pai::WireJson::labelsFromJson(request.unknownFields.value(u"Tag"_s), u"Tag"_s);
        if (!tags)
            return ApiReply::invalidParameter(u"Tag"_s, tags.error);
        model.tags = *tags.value;
    }

    model.workspaceId = request.workspaceId;
    if (model.workspaceId.isEmpty())
        model.workspaceId = m_store.defaultWorkspaceId();
    else if (!m_store.hasWorkspace(model.workspaceId))
        return ApiReply::workspaceNotFound(model.workspaceId);

    const pai::Model created = m_store.addModel(model);
    return ApiReply::success({{u"ModelId"_s, created.modelId}});
}

ApiReply OperationHandler::updateModel(const QString &modelId, const QByteArray &body)
{
    if (auto refused = refuseWrite(modelId))
        return *refused;
    auto object = bodyObject(body);
    if (auto *error = std::get_if<ApiReply>(&object))
        return *error;
    const QJsonObject &json = std::get<QJsonObject>(object);
    auto fields = modelFields(json);
    if (auto *error = std::get_if<ApiReply>(&fields))
        return *error;
    const pai::Model &request = std::get<pai::Model>(fields);
    const auto has = [&json](const char *key) {
        const QJsonValue value = json.value(QLatin1StringView(key));
        return !value.isUndefined() && !value.isNull();
    };

    if (has("ModelName")) {
        if (auto error = fieldError(pai::FieldRules::checkModelName(request.modelName)))
            return *error;
    }
    if (auto error = fieldError(pai::FieldRules::checkAccessibility(request.accessibility)))
        return *error;

    // Patch semantics: what the body leaves out keeps its value (Terraform relies on it).
    pai::ModelUpdate update{pai::ModelDraft::fromModel(request), {}};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        // UpdateModel has no WorkspaceId (it never moves a model) and no Labels.
        const std::optional<pai::ModelField> field = pai::fieldFromApiName(it.key());
        if (field && *field != pai::ModelField::WorkspaceId && *field != pai::ModelField::Labels &&
            !it.value().isNull())
            update.fields.append(*field);
    }
    m_store.updateModel(modelId, [&](pai::Model &model) {
        update.appliedTo(pai::ModelDraft::fromModel(model)).writeTo(model);
        if (has("ParameterSize"))
            model.parameterSize = request.parameterSize;
    });
    return ApiReply::success();
}

ApiReply OperationHandler::deleteModel(const QString &modelId)
{
    if (auto refused = refuseWrite(modelId))
        return *refused;
    if (!m_store.deleteModel(modelId))
        return ApiReply::modelNotFound(modelId);
    return ApiReply::success();
}

ApiReply OperationHandler::createModelLabels(const QString &modelId, const QByteArray &body)
{
    if (auto refused = refuseWrite(modelId))
        return *refused;
    auto object = bodyObject(body);
    if (auto *error = std::get_if<ApiReply>(&object))
        return *error;
    const QJsonObject &json = std::get<QJsonObject>(object);
    const QJsonValue labelsValue = json.value(u"Labels"_s);
    if (labelsValue.isUndefined() || labelsValue.isNull())
        return ApiReply::missingParameter(u"Labels"_s);
    auto labels = pai::WireJson::labelsFromJson(labelsValue, u"Labels"_s);
    if (!labels) {
        const QString field = labels.error.section(u':', 0, 0);
        return ApiReply::invalidParameter(field, labels.error.section(u':', 1).trimmed());
    }
    const QList<pai::FieldError> errors = pai::FieldRules::checkLabels(*labels.value);
    if (!errors.isEmpty())
        return ApiReply::invalidParameter(errors.first().field, errors.first().message);
    m_store.putLabels(modelId, *labels.value);
    return ApiReply::success();
}

ApiReply OperationHandler::deleteModelLabels(const QString &modelId, const api::QueryItems &query)
{
    if (auto refused = refuseWrite(modelId))
        return *refused;
    if (!hasQueryValue(query, u"LabelKeys"_s))
        return ApiReply::missingParameter(u"LabelKeys"_s);
    const QStringList keys = queryValue(query, u"LabelKeys"_s).split(u',', Qt::SkipEmptyParts);
    m_store.removeLabels(modelId, keys);
    return ApiReply::success();
}

std::optional<ApiReply> OperationHandler::refuseWrite(const QString &modelId) const
{
    const std::optional<pai::Model> model = m_store.model(modelId);
    if (!model)
        return ApiReply::modelNotFound(modelId);
    // A gallery model is Alibaba's: it may be read and listed, never changed, by anyone else.
    if (model->isGalleryModel())
        return ApiReply::galleryWriteDenied(modelId);
    return std::nullopt;
}

// --- model versions -----------------------------------------------------------------------------

std::optional<ApiReply> OperationHandler::missingVersion(const QString &modelId,
                                                         const QString &versionName)
{
    if (!m_store.model(modelId))
        return ApiReply::modelNotFound(modelId);
    if (!m_store.version(modelId, versionName))
        return ApiReply::versionNotFound(modelId, versionName);
    return std::nullopt;
}

ApiReply OperationHandler::listModelVersions(const QString &modelId, const api::QueryItems &query)
{
    if (!m_store.model(modelId))
        return ApiReply::modelNotFound(modelId);
    VersionQuery request;
    if (auto error = readPaging(query, request, m_maxPageSize))
        return *error;
    request.versionName = queryValue(query, u"VersionName"_s);
    request.label = queryValue(query, u"Label"_s);
    request.formatType = queryValue(query, u"FormatType"_s);
    request.frameworkType = queryValue(query, u"FrameworkType"_s);
    request.sourceType = queryValue(query, u"SourceType"_s);
    request.sourceId = queryValue(query, u"SourceId"_s);
    request.approvalStatus = queryValue(query, u"ApprovalStatus"_s);

    const VersionQueryResult result = m_store.listVersions(modelId, request);
    QJsonArray items;
    for (const pai::ModelVersion &version : result.versions)
        items.append(pai::WireJson::versionToJson(version));
    return ApiReply::success({{u"TotalCount"_s, result.totalCount}, {u"Versions"_s, items}});
}

ApiReply OperationHandler::getModelVersion(const QString &modelId, const QString &versionName)
{
    if (auto missing = missingVersion(modelId, versionName))
        return *missing;
    // Flat: the version's fields beside RequestId, and no ModelId, as the service answers.
    return ApiReply::success(pai::WireJson::versionToJson(*m_store.version(modelId, versionName)));
}

ApiReply OperationHandler::createModelVersion(const QString &modelId, const QByteArray &body)
{
    if (auto refused = refuseWrite(modelId))
        return *refused;
    auto object = bodyObject(body);
    if (auto *error = std::get_if<ApiReply>(&object))
        return *error;
    const QJsonObject &json = std::get<QJsonObject>(object);
    const QJsonValue uri = json.value(u"Uri"_s);
    if (uri.isUndefined() || uri.isNull())
        return ApiReply::missingParameter(u"Uri"_s);
    auto fields = versionFields(json);
    if (auto *error = std::get_if<ApiReply>(&fields))
        return *error;
    pai::ModelVersion request = std::get<pai::ModelVersion>(fields);

    if (auto error = fieldError(pai::FieldRules::checkVersionUri(request.uri)))
        return *error;
    if (auto error = fieldError(pai::FieldRules::checkVersionName(request.versionName)))
        return *error;
    if (auto error = fieldError(pai::FieldRules::checkMetrics(request.metrics)))
        return *error;
    const QList<pai::FieldError> labelErrors = pai::FieldRules::checkLabels(request.labels);
    if (!labelErrors.isEmpty())
        return ApiReply::invalidParameter(labelErrors.first().field, labelErrors.first().message);
    // Whether the service checks FormatType, FrameworkType, SourceType and ApprovalStatus
    // against their lists is not documented (Terraform stores "PyTorch" as given): the sandbox
    // stores them as sent.
    if (!request.versionName.isEmpty() && m_store.version(modelId, request.versionName))
        return ApiReply::versionExists(modelId, request.versionName);

    pai::ModelVersion version;
    pai::ModelVersionDraft::fromVersion(request).writeTo(version);
    // Filled in when left out: SourceType's documented default, and Pending for ApprovalStatus
    // (Terraform sees a value after a create without one; which one is not documented).
    if (version.sourceType.isEmpty())
        version.sourceType = u"Custom"_s;
    if (version.approvalStatus.isEmpty())
        version.approvalStatus = pai::apiName(pai::ApprovalStatus::Pending);
    version.ownerId = u"1557702098000000"_s;
    version.userId = version.ownerId;
    const std::optional<pai::ModelVersion> created = m_store.addVersion(modelId, version);
    if (!created)
        return ApiReply::versionExists(modelId, version.versionName);
    return ApiReply::success({{u"VersionName"_s, created->versionName}});
}

ApiReply OperationHandler::updateModelVersion(const QString &modelId, const QString &versionName,
                                              const QByteArray &body)
{
    if (auto missing = missingVersion(modelId, versionName))
        return *missing;
    if (auto refused = refuseWrite(modelId))
        return *refused;
    auto object = bodyObject(body);
    if (auto *error = std::get_if<ApiReply>(&object))
        return *error;
    const QJsonObject &json = std::get<QJsonObject>(object);
    auto fields = versionFields(json);
    if (auto *error = std::get_if<ApiReply>(&fields))
        return *error;
    const pai::ModelVersion &request = std::get<pai::ModelVersion>(fields);
    if (auto error = fieldError(pai::FieldRules::checkMetrics(request.metrics)))
        return *error;

    // Patch semantics, as Terraform assumes: what the body leaves out keeps its value. Keys that
    // are not update fields (VersionName, Uri, FormatType, FrameworkType, Labels) are ignored,
    // as fields the service does not take.
    pai::ModelVersionUpdate update{pai::ModelVersionDraft::fromVersion(request), {}};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const std::optional<pai::VersionField> field = pai::versionFieldFromApiName(it.key());
        if (field && pai::isUpdatable(*field) && !it.value().isNull())
            update.fields.append(*field);
    }
    m_store.updateVersion(modelId, versionName, [&](pai::ModelVersion &version) {
        update.appliedTo(pai::ModelVersionDraft::fromVersion(version)).writeTo(version);
    });
    return ApiReply::success();
}

ApiReply OperationHandler::deleteModelVersion(const QString &modelId, const QString &versionName)
{
    if (auto missing = missingVersion(modelId, versionName))
        return *missing;
    if (auto refused = refuseWrite(modelId))
        return *refused;
    m_store.deleteVersion(modelId, versionName);
    return ApiReply::success();
}

ApiReply OperationHandler::createModelVersionLabels(const QString &modelId,
                                                    const QString &versionName,
                                                    const QByteArray &body)
{
    if (auto missing = missingVersion(modelId, versionName))
        return *missing;
    if (auto refused = refuseWrite(modelId))
        return *refused;
    auto object = bodyObject(body);
    if (auto *error = std::get_if<ApiReply>(&object))
        return *error;
    // Labels is optional here (unlike CreateModelLabels in the sandbox): none adds nothing.
    auto labels = pai::WireJson::labelsFromJson(std::get<QJsonObject>(object).value(u"Labels"_s),
                                                u"Labels"_s);
    if (!labels) {
        const QString field = labels.error.section(u':', 0, 0);
        return ApiReply::invalidParameter(field, labels.error.section(u':', 1).trimmed());
    }
    const QList<pai::FieldError> errors = pai::FieldRules::checkLabels(*labels.value);
    if (!errors.isEmpty())
        return ApiReply::invalidParameter(errors.first().field, errors.first().message);
    // An existing key takes the new value in place (whether the service overwrites or adds a
    // second label is not documented; PaiDesk never relies on either: it deletes first).
    if (!labels.value->isEmpty())
        m_store.putVersionLabels(modelId, versionName, *labels.value);
    return ApiReply::success();
}

ApiReply OperationHandler::deleteModelVersionLabels(const QString &modelId,
                                                    const QString &versionName,
                                                    const api::QueryItems &query)
{
    if (auto missing = missingVersion(modelId, versionName))
        return *missing;
    if (auto refused = refuseWrite(modelId))
        return *refused;
    // What the service does without LabelKeys is not documented; the sandbox refuses rather than
    // guess that it deletes every label.
    if (!hasQueryValue(query, u"LabelKeys"_s))
        return ApiReply::missingParameter(u"LabelKeys"_s);
    const QStringList keys = queryValue(query, u"LabelKeys"_s).split(u',', Qt::SkipEmptyParts);
    m_store.removeVersionLabels(modelId, versionName, keys);
    return ApiReply::success();
}

} // namespace sandbox
