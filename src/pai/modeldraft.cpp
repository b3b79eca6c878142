#include "pai/modeldraft.h"

using namespace Qt::StringLiterals;

namespace pai {

namespace {

// Model and ModelDraft name the writable fields alike: one list serves both directions.
template<typename To, typename From> void copyWritableFields(To &to, const From &from)
{
    to.modelName = from.modelName;
    to.workspaceId = from.workspaceId;
    to.modelDescription = from.modelDescription;
    to.modelDoc = from.modelDoc;
    to.modelType = from.modelType;
    to.domain = from.domain;
    to.task = from.task;
    to.origin = from.origin;
    to.accessibility = from.accessibility;
    to.orderNumber = from.orderNumber;
    to.parameterSize = from.parameterSize;
    to.labels = from.labels;
    to.extraInfo = from.extraInfo;
}

} // namespace

ModelDraft ModelDraft::fromModel(const Model &model)
{
    ModelDraft draft;
    copyWritableFields(draft, model);
    return draft;
}

void ModelDraft::writeTo(Model &model) const
{
    copyWritableFields(model, *this);
}

QString apiName(ModelField field)
{
    switch (field) {
    case ModelField::ModelName:
        return u"ModelName"_s;
    case ModelField::WorkspaceId:
        return u"WorkspaceId"_s;
    case ModelField::ModelDescription:
        return u"ModelDescription"_s;
    case ModelField::ModelDoc:
        return u"ModelDoc"_s;
    case ModelField::ModelType:
        return u"ModelType"_s;
    case ModelField::Domain:
        return u"Domain"_s;
    case ModelField::Task:
        return u"Task"_s;
    case ModelField::Origin:
        return u"Origin"_s;
    case ModelField::Accessibility:
        return u"Accessibility"_s;
    case ModelField::OrderNumber:
        return u"OrderNumber"_s;
    case ModelField::Labels:
        return u"Labels"_s;
    case ModelField::ExtraInfo:
        return u"ExtraInfo"_s;
    case ModelField::ParameterSize:
        return u"ParameterSize"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ModelField> fieldFromApiName(const QString &name)
{
    for (int value = int(ModelField::ModelName); value <= int(ModelField::ParameterSize); ++value) {
        if (apiName(ModelField(value)) == name)
            return ModelField(value);
    }
    return std::nullopt;
}

} // namespace pai
