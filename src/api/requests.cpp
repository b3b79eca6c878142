#include "api/requests.h"

#include "api/signer.h"
#include "pai/wirejson.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace api::requests {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RequestSpec spec(const QString &operation, const QString &target, OperationKind kind,
                 QByteArray method, QByteArray encodedPath)
{
    RequestSpec request;
    request.operation = operation;
    request.target = target;
    request.kind = kind;
    request.method = std::move(method);
    request.encodedPath = std::move(encodedPath);
    return request;
}

} // namespace

QByteArray modelPath(const QString &modelId)
{
    return "/api/v1/models/" + Acs3::percentEncode(modelId);
}

QByteArray workspacePath(const QString &workspaceId)
{
    return "/api/v1/workspaces/" + Acs3::percentEncode(workspaceId);
}

QByteArray versionsPath(const QString &modelId)
{
    return modelPath(modelId) + "/versions";
}

QByteArray versionPath(const QString &modelId, const QString &versionName)
{
    return versionsPath(modelId) + '/' + Acs3::percentEncode(versionName);
}

QString versionTarget(const QString &modelId, const QString &versionName)
{
    // A create the service numbers has no name yet: the model alone is the target.
    return versionName.isEmpty() ? modelId : modelId + u':' + versionName;
}

static QString pageTarget(std::optional<int> pageNumber)
{
    return pageNumber ? QCoreApplication::translate("api::ApiClient", "page %1").arg(*pageNumber)
                      : QString();
}

RequestSpec listWorkspaces(const WorkspaceListQuery &query)
{
    RequestSpec request = spec(u"ListWorkspaces"_s, pageTarget(query.pageNumber),
                               OperationKind::List, "GET", "/api/v1/workspaces");
    request.query = query.toQueryItems();
    return request;
}

RequestSpec getWorkspace(const QString &workspaceId, bool verbose)
{
    RequestSpec request = spec(u"GetWorkspace"_s, workspaceId, OperationKind::Read, "GET",
                               workspacePath(workspaceId));
    if (verbose)
        request.query = {{u"Verbose"_s, u"true"_s}};
    return request;
}

RequestSpec getModel(const QString &modelId)
{
    return spec(u"GetModel"_s, modelId, OperationKind::Read, "GET", modelPath(modelId));
}

RequestSpec listModels(const ModelListQuery &query)
{
    RequestSpec request = spec(u"ListModels"_s, pageTarget(query.pageNumber), OperationKind::List,
                               "GET", "/api/v1/models");
    request.query = query.toQueryItems();
    return request;
}

RequestSpec createModel(const pai::ModelDraft &draft)
{
    RequestSpec request =
        spec(u"CreateModel"_s, draft.modelName, OperationKind::Create, "POST", "/api/v1/models");
    request.jsonBody = compactJson(pai::WireJson::createModelBody(draft));
    return request;
}

RequestSpec updateModel(const QString &modelId, const pai::ModelUpdate &update)
{
    RequestSpec request =
        spec(u"UpdateModel"_s, modelId, OperationKind::Update, "PUT", modelPath(modelId));
    request.jsonBody = compactJson(pai::WireJson::updateModelBody(update));
    return request;
}

RequestSpec deleteModel(const QString &modelId)
{
    return spec(u"DeleteModel"_s, modelId, OperationKind::Delete, "DELETE", modelPath(modelId));
}

RequestSpec createModelLabels(const QString &modelId, const pai::LabelList &labels)
{
    RequestSpec request = spec(u"CreateModelLabels"_s, modelId, OperationKind::Create, "POST",
                               modelPath(modelId) + "/labels");
    request.jsonBody = compactJson(pai::WireJson::labelsBody(labels));
    return request;
}

RequestSpec deleteModelLabels(const QString &modelId, const QStringList &labelKeys)
{
    RequestSpec request = spec(u"DeleteModelLabels"_s, modelId, OperationKind::Delete, "DELETE",
                               modelPath(modelId) + "/labels");
    request.query = {{u"LabelKeys"_s, labelKeys.join(u',')}};
    return request;
}

RequestSpec listModelVersions(const QString &modelId, const VersionListQuery &query)
{
    const QString page = pageTarget(query.pageNumber);
    RequestSpec request =
        spec(u"ListModelVersions"_s, page.isEmpty() ? modelId : modelId + u' ' + page,
             OperationKind::List, "GET", versionsPath(modelId));
    request.query = query.toQueryItems();
    return request;
}

RequestSpec getModelVersion(const QString &modelId, const QString &versionName)
{
    return spec(u"GetModelVersion"_s, versionTarget(modelId, versionName), OperationKind::Read,
                "GET", versionPath(modelId, versionName));
}

RequestSpec createModelVersion(const QString &modelId, const pai::ModelVersionDraft &draft)
{
    RequestSpec request = spec(u"CreateModelVersion"_s, versionTarget(modelId, draft.versionName),
                               OperationKind::Create, "POST", versionsPath(modelId));
    request.jsonBody = compactJson(pai::WireJson::createVersionBody(draft));
    return request;
}

RequestSpec updateModelVersion(const QString &modelId, const QString &versionName,
                               const pai::ModelVersionUpdate &update)
{
    RequestSpec request = spec(u"UpdateModelVersion"_s, versionTarget(modelId, versionName),
                               OperationKind::Update, "PUT", versionPath(modelId, versionName));
    request.jsonBody = compactJson(pai::WireJson::updateVersionBody(update));
    return request;
}

RequestSpec deleteModelVersion(const QString &modelId, const QString &versionName)
{
    return spec(u"DeleteModelVersion"_s, versionTarget(modelId, versionName), OperationKind::Delete,
                "DELETE", versionPath(modelId, versionName));
}

RequestSpec createModelVersionLabels(const QString &modelId, const QString &versionName,
                                     const pai::LabelList &labels)
{
    RequestSpec request =
        spec(u"CreateModelVersionLabels"_s, versionTarget(modelId, versionName),
             OperationKind::Create, "POST", versionPath(modelId, versionName) + "/labels");
    request.jsonBody = compactJson(pai::WireJson::labelsBody(labels));
    return request;
}

RequestSpec deleteModelVersionLabels(const QString &modelId, const QString &versionName,
                                     const QStringList &labelKeys)
{
    RequestSpec request =
        spec(u"DeleteModelVersionLabels"_s, versionTarget(modelId, versionName),
             OperationKind::Delete, "DELETE", versionPath(modelId, versionName) + "/labels");
    request.query = {{u"LabelKeys"_s, labelKeys.join(u',')}};
    return request;
}

QString displayText(const RequestSpec &spec)
{
    QByteArray pathAndQuery = spec.encodedPath;
    const QByteArray query = Acs3::canonicalQueryString(spec.query);
    if (!query.isEmpty())
        pathAndQuery += '?' + query;
    QString text = QString::fromLatin1(spec.method) + u' ' + QString::fromUtf8(pathAndQuery);
    if (spec.jsonBody) {
        const QJsonDocument body = QJsonDocument::fromJson(*spec.jsonBody);
        text += u'\n' + QString::fromUtf8(body.toJson(QJsonDocument::Indented)).trimmed();
    }
    return text;
}

} // namespace api::requests
