#include "pai/modelchange.h"

using namespace Qt::StringLiterals;

namespace pai {

namespace {

QString orderText(const std::optional<qint64> &number)
{
    return number ? QString::number(*number) : QString();
}

struct ScalarField
{
    ModelField field;
    QString ModelDraft::*member;
};

constexpr ScalarField scalarFields[] = {
    {ModelField::ModelName, &ModelDraft::modelName},
    {ModelField::ModelDescription, &ModelDraft::modelDescription},
    {ModelField::ModelDoc, &ModelDraft::modelDoc},
    {ModelField::ModelType, &ModelDraft::modelType},
    {ModelField::Domain, &ModelDraft::domain},
    {ModelField::Task, &ModelDraft::task},
    {ModelField::Origin, &ModelDraft::origin},
    {ModelField::Accessibility, &ModelDraft::accessibility},
};

using Diffs::kindOf;

} // namespace

ModelDraft ModelUpdate::appliedTo(const ModelDraft &base) const
{
    ModelDraft result = base;
    for (ModelField field : fields) {
        for (const ScalarField &scalar : scalarFields) {
            if (scalar.field == field)
                result.*scalar.member = values.*scalar.member;
        }
        switch (field) {
        case ModelField::WorkspaceId:
            result.workspaceId = values.workspaceId;
            break;
        case ModelField::OrderNumber:
            result.orderNumber = values.orderNumber;
            break;
        case ModelField::ParameterSize:
            result.parameterSize = values.parameterSize;
            break;
        case ModelField::Labels:
            result.labels = values.labels;
            break;
        case ModelField::ExtraInfo:
            result.extraInfo = values.extraInfo;
            break;
        default: // the scalar fields, copied above
            break;
        }
    }
    return result;
}

ModelChange ModelChange::between(const ModelDraft &before, const ModelDraft &after)
{
    ModelChange change;
    change.m_update.values = after;

    if (before.workspaceId != after.workspaceId) {
        change.m_workspaceChanged = true;
        change.m_diffs.append({ModelField::WorkspaceId, apiName(ModelField::WorkspaceId),
                               kindOf(!before.workspaceId.isEmpty(), !after.workspaceId.isEmpty()),
                               before.workspaceId, after.workspaceId});
    }

    for (const ScalarField &scalar : scalarFields) {
        const QString &old = before.*scalar.member;
        const QString &now = after.*scalar.member;
        if (old == now)
            continue;
        change.m_update.fields.append(scalar.field);
        change.m_diffs.append({scalar.field, apiName(scalar.field),
                               kindOf(!old.isEmpty(), !now.isEmpty()), old, now});
    }

    if (before.orderNumber != after.orderNumber) {
        change.m_update.fields.append(ModelField::OrderNumber);
        change.m_diffs.append(
            {ModelField::OrderNumber, apiName(ModelField::OrderNumber),
             kindOf(before.orderNumber.has_value(), after.orderNumber.has_value()),
             orderText(before.orderNumber), orderText(after.orderNumber)});
    }

    if (before.parameterSize != after.parameterSize) {
        change.m_update.fields.append(ModelField::ParameterSize);
        change.m_diffs.append(
            {ModelField::ParameterSize, apiName(ModelField::ParameterSize),
             kindOf(before.parameterSize.has_value(), after.parameterSize.has_value()),
             orderText(before.parameterSize), orderText(after.parameterSize)});
    }

    if (before.extraInfo != after.extraInfo) {
        // ExtraInfo is sent whole: UpdateModel has no way to change one key of it.
        change.m_update.fields.append(ModelField::ExtraInfo);
        for (const DiffPart &part :
             Diffs::objectParts(apiName(ModelField::ExtraInfo), before.extraInfo, after.extraInfo))
            change.m_diffs.append(Diffs::tie(ModelField::ExtraInfo, part));
    }

    change.m_labels = LabelPlan::between(before.labels, after.labels);
    for (const DiffPart &part : Diffs::labelParts(before.labels, after.labels))
        change.m_diffs.append(Diffs::tie(ModelField::Labels, part));

    return change;
}

ModelDraft ModelChange::rebased(const ModelDraft &loaded, const ModelDraft &edited,
                                const ModelDraft &server)
{
    ModelDraft result = server;
    for (const ScalarField &scalar : scalarFields) {
        if (loaded.*scalar.member != edited.*scalar.member)
            result.*scalar.member = edited.*scalar.member;
    }
    if (loaded.orderNumber != edited.orderNumber)
        result.orderNumber = edited.orderNumber;
    if (loaded.parameterSize != edited.parameterSize)
        result.parameterSize = edited.parameterSize;
    if (loaded.labels != edited.labels)
        result.labels = edited.labels;
    if (loaded.extraInfo != edited.extraInfo)
        result.extraInfo = edited.extraInfo;
    return result;
}

bool ModelChange::isEmpty() const
{
    return !m_workspaceChanged && m_update.fields.isEmpty() && m_labels.isEmpty();
}

} // namespace pai
