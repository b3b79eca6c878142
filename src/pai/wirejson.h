#pragma once

#include "pai/model.h"
#include "pai/modeldraft.h"
#include "pai/modelversion.h"
#include "pai/versiondraft.h"
#include "pai/workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pai {

// The one mapping between PaiDesk's types and the AIWorkspace JSON wire shapes
// (the AIWorkspace 2021-02-04 API reference). Casing traps live here and nowhere else.
//
// Parsing is strict about types: a field of the wrong JSON type makes the whole object fail with
// a message naming the field ("Models[3].OrderNumber: expected an integer"), so a caller never
// sees a half-filled value. Null and missing fields are treated alike. In a list page, a broken
// row is left out instead, and the page says which and why (skippedRows), so that one bad row does
// not hide all the others.
namespace WireJson {

// More labels than this on one model make the model unreadable: no API documents a limit, and a
// reply with hundreds of thousands of them is a broken or hostile server, not a model to edit.
// Keeping only the first ones is no way out: saving the model would then delete the rest.
inline constexpr qsizetype MaxLabelsPerModel = 1000;

struct ParseError
{
    QString message;
};

template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error; // set exactly when value is empty

    explicit operator bool() const { return value.has_value(); }
};

struct ModelPage
{
    QList<Model> models;
    qint64 totalCount = 0;
    QString requestId;
    qsizetype rowsOnWire = 0; // rows the server sent, the skipped ones included
    QStringList skippedRows;  // why each left-out row was broken ("Models[3].Task: ...")
};

struct WorkspacePage
{
    QList<Workspace> workspaces;
    qint64 totalCount = 0;
    QString requestId;
    qsizetype rowsOnWire = 0;
    QStringList skippedRows;
};

struct VersionPage
{
    QList<ModelVersion> versions;
    qint64 totalCount = 0;
    QString requestId;
    qsizetype rowsOnWire = 0;
    QStringList skippedRows; // "Versions[2].Uri: expected a string"
};

enum class WorkspaceShape { ListItem, Detail };
enum class ModelShape { ListItem, Detail };

Parsed<LabelList> labelsFromJson(const QJsonValue &value, const QString &fieldPath);
QJsonArray labelsToJson(const LabelList &labels);

Parsed<Model> modelFromJson(const QJsonObject &object, const QString &fieldPath = QString());
// ListItem includes Tags; Detail (GetModel) leaves them out, as the service does.
QJsonObject modelToJson(const Model &model, ModelShape shape = ModelShape::ListItem);

// The one list of a model's wire fields, for modelToJson() and the streamed writer
// (modelToIndentedJson): visit(key, value) for each field the shape carries, with value a
// QString (sent when not empty), a std::optional<qint64> (when set), a LabelList (always: an
// empty list is sent as []) or a QJsonObject (only when not empty). Keys in no particular order.
template<typename Visit> void visitModelFields(const Model &model, ModelShape shape, Visit &&visit)
{
    using namespace Qt::StringLiterals;
    visit("ModelId"_L1, model.modelId);
    visit("ModelName"_L1, model.modelName);
    visit("ModelDescription"_L1, model.modelDescription);
    visit("ModelDoc"_L1, model.modelDoc);
    visit("ModelType"_L1, model.modelType);
    visit("Domain"_L1, model.domain);
    visit("Task"_L1, model.task);
    visit("Origin"_L1, model.origin);
    visit("Provider"_L1, model.provider);
    visit("Accessibility"_L1, model.accessibility);
    visit("OrderNumber"_L1, model.orderNumber);
    visit("ParameterSize"_L1, model.parameterSize);
    visit("WorkspaceId"_L1, model.workspaceId);
    visit("OwnerId"_L1, model.ownerId);
    visit("UserId"_L1, model.userId);
    visit("GmtCreateTime"_L1, model.gmtCreateTime);
    visit("GmtModifiedTime"_L1, model.gmtModifiedTime);
    visit("GmtLatestVersionModifiedTime"_L1, model.gmtLatestVersionModifiedTime);
    visit("Labels"_L1, model.labels);
    if (shape == ModelShape::ListItem && !model.tags.isEmpty())
        visit("Tags"_L1, model.tags);
    if (!model.extraInfo.isEmpty())
        visit("ExtraInfo"_L1, model.extraInfo);
    if (!model.latestVersion.isEmpty())
        visit("LatestVersion"_L1, model.latestVersion);
}

Parsed<Workspace> workspaceFromJson(const QJsonObject &object,
                                    const QString &fieldPath = QString());
QJsonObject workspaceToJson(const Workspace &workspace, WorkspaceShape shape);

Parsed<ModelPage> modelPageFromJson(const QJsonObject &body);         // ListModels response
Parsed<WorkspacePage> workspacePageFromJson(const QJsonObject &body); // ListWorkspaces response

// A model version: the GetModelVersion body (flat, RequestId beside the fields), a
// ListModelVersions item and a model's LatestVersion share one shape. VersionName must be there.
Parsed<ModelVersion> versionFromJson(const QJsonObject &object,
                                     const QString &fieldPath = QString());
QJsonObject versionToJson(const ModelVersion &version);
Parsed<VersionPage> versionPageFromJson(const QJsonObject &body); // ListModelVersions response
// The model's LatestVersion, or nothing when the model has none (an empty object).
Parsed<std::optional<ModelVersion>> latestVersionOf(const Model &model);

// The service's timestamps ("2021-01-30T12:51:33.028Z" or "2021-01-21T17:12:35Z") as UTC; an
// invalid QDateTime for anything else.
QDateTime parseTimestamp(const QString &text);

// Request bodies. CreateModel sends every set field; UpdateModel sends exactly the fields given.
QJsonObject createModelBody(const ModelDraft &draft);
QJsonObject updateModelBody(const ModelUpdate &update);
QJsonObject labelsBody(const LabelList &labels); // CreateModel(Version)Labels: {"Labels": [...]}
// CreateModelVersion sends Uri always and every other field that is set (as the SDK and
// Terraform do: an empty text or object is left out, so the service numbers a nameless version).
QJsonObject createVersionBody(const ModelVersionDraft &draft);
// UpdateModelVersion sends exactly the updatable fields listed, even when empty.
QJsonObject updateVersionBody(const ModelVersionUpdate &update);

} // namespace WireJson

} // namespace pai
