#include "pai/modeldraft.h"

using namespace Qt::StringLiterals;

namespace pai {

ModelDraft ModelDraft::fromModel(const Model &model)
{
    ModelDraft draft;
    draft.modelName = model.modelName;
    draft.workspaceId = model.workspaceId;
    draft.modelDescription = model.modelDescription;
    draft.modelDoc = model.modelDoc;
    draft.modelType = model.modelType;
    draft.domain = model.domain;
    draft.task = model.task;
    draft.origin = model.origin;
    draft.accessibility = model.accessibility;
    draft.orderNumber = model.orderNumber;
    draft.labels = model.labels;
    draft.extraInfo = model.extraInfo;
    return draft;
}

QString apiName(ModelField field)
{
    switch (field) {
    case ModelField::ModelName: return u"ModelName"_s;
    case ModelField::WorkspaceId: return u"WorkspaceId"_s;
    case ModelField::ModelDescription: return u"ModelDescription"_s;
    case ModelField::ModelDoc: return u"ModelDoc"_s;
    case ModelField::ModelType: return u"ModelType"_s;
    case ModelField::Domain: return u"Domain"_s;
    case ModelField::Task: return u"Task"_s;
    case ModelField::Origin: return u"Origin"_s;
    case ModelField::Accessibility: return u"Accessibility"_s;
    case ModelField::OrderNumber: return u"OrderNumber"_s;
    case ModelField::Labels: return u"Labels"_s;
    case ModelField::ExtraInfo: return u"ExtraInfo"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace pai
