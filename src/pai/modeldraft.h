#pragma once

#include "pai/label.h"
#include "pai/model.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pai {

// The part of a model a person can write: the attributes of the Terraform resource
// alicloud_pai_workspace_model, plus ParameterSize and Tag, which the API takes and the resource
// does not. Used for CreateModel, for the editor form and for diffs.
struct ModelDraft
{
    QString modelName;
    QString workspaceId;
    QString modelDescription;
    QString modelDoc;
    QString modelType;
    QString domain;
    QString task;
    QString origin;
    QString accessibility;
    std::optional<qint64> orderNumber;
    std::optional<qint64> parameterSize; // the parameter count (CreateModel, UpdateModel)
    LabelList labels;
    QJsonObject extraInfo;
    // Tag: sent by CreateModel only. UpdateModel has no Tag field, and GetModel returns no Tags
    // (ListModels items do), so tags are not part of the fields compared, diffed or updated.
    LabelList tags;

    static ModelDraft fromModel(const Model &model);
    // Sets the model's writable fields to this draft's values; the rest stays.
    void writeTo(Model &model) const;

    friend bool operator==(const ModelDraft &, const ModelDraft &) = default;
};

} // namespace pai

namespace pai {

// The writable fields, by their API names (see apiName()).
enum class ModelField {
    ModelName,
    WorkspaceId,
    ModelDescription,
    ModelDoc,
    ModelType,
    Domain,
    Task,
    Origin,
    Accessibility,
    OrderNumber,
    Labels,
    ExtraInfo,
    ParameterSize,
};

QString apiName(ModelField field);                               // "ModelName", "OrderNumber", ...
std::optional<ModelField> fieldFromApiName(const QString &name); // the reverse of apiName()

// An UpdateModel request: the values, and which of them to send. Only fields UpdateModel accepts
// may be listed (not WorkspaceId, not Labels: labels change through the label operations).
struct ModelUpdate
{
    ModelDraft values;
    QList<ModelField> fields;

    // `base` with the listed fields taken from `values`: what the model holds once the update
    // has run.
    ModelDraft appliedTo(const ModelDraft &base) const;
};

} // namespace pai
