#include "pai/versiondraft.h"

using namespace Qt::StringLiterals;

namespace pai {

namespace {

constexpr VersionTextField TextFields[] = {
    {VersionField::VersionName, &ModelVersionDraft::versionName},
    {VersionField::Uri, &ModelVersionDraft::uri},
    {VersionField::FormatType, &ModelVersionDraft::formatType},
    {VersionField::FrameworkType, &ModelVersionDraft::frameworkType},
    {VersionField::VersionDescription, &ModelVersionDraft::versionDescription},
    {VersionField::ApprovalStatus, &ModelVersionDraft::approvalStatus},
    {VersionField::SourceType, &ModelVersionDraft::sourceType},
    {VersionField::SourceId, &ModelVersionDraft::sourceId},
    {VersionField::Options, &ModelVersionDraft::options},
};

constexpr VersionObjectField ObjectFields[] = {
    {VersionField::Metrics, &ModelVersionDraft::metrics},
    {VersionField::TrainingSpec, &ModelVersionDraft::trainingSpec},
    {VersionField::InferenceSpec, &ModelVersionDraft::inferenceSpec},
    {VersionField::EvaluationSpec, &ModelVersionDraft::evaluationSpec},
    {VersionField::CompressionSpec, &ModelVersionDraft::compressionSpec},
    {VersionField::DistillationSpec, &ModelVersionDraft::distillationSpec},
    {VersionField::ExtraInfo, &ModelVersionDraft::extraInfo},
};

// ModelVersion and ModelVersionDraft name the writable fields alike: one list serves both ways.
template<typename To, typename From> void copyWritableFields(To &to, const From &from)
{
    to.versionName = from.versionName;
    to.uri = from.uri;
    to.versionDescription = from.versionDescription;
    to.formatType = from.formatType;
    to.frameworkType = from.frameworkType;
    to.approvalStatus = from.approvalStatus;
    to.sourceType = from.sourceType;
    to.sourceId = from.sourceId;
    to.options = from.options;
    to.metrics = from.metrics;
    to.trainingSpec = from.trainingSpec;
    to.inferenceSpec = from.inferenceSpec;
    to.evaluationSpec = from.evaluationSpec;
    to.compressionSpec = from.compressionSpec;
    to.distillationSpec = from.distillationSpec;
    to.extraInfo = from.extraInfo;
    to.labels = from.labels;
}

} // namespace

QString apiName(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Pending:
        return u"Pending"_s;
    case ApprovalStatus::Approved:
        return u"Approved"_s;
    case ApprovalStatus::Rejected:
        return u"Rejected"_s;
    }
    return {};
}

std::optional<ApprovalStatus> approvalStatusFromApiName(const QString &name)
{
    for (ApprovalStatus status :
         {ApprovalStatus::Pending, ApprovalStatus::Approved, ApprovalStatus::Rejected}) {
        if (apiName(status) == name)
            return status;
    }
    return std::nullopt;
}

ModelVersionDraft ModelVersionDraft::fromVersion(const ModelVersion &version)
{
    ModelVersionDraft draft;
    copyWritableFields(draft, version);
    return draft;
}

void ModelVersionDraft::writeTo(ModelVersion &version) const
{
    copyWritableFields(version, *this);
}

QString apiName(VersionField field)
{
    switch (field) {
    case VersionField::VersionName:
        return u"VersionName"_s;
    case VersionField::Uri:
        return u"Uri"_s;
    case VersionField::FormatType:
        return u"FormatType"_s;
    case VersionField::FrameworkType:
        return u"FrameworkType"_s;
    case VersionField::VersionDescription:
        return u"VersionDescription"_s;
    case VersionField::ApprovalStatus:
        return u"ApprovalStatus"_s;
    case VersionField::SourceType:
        return u"SourceType"_s;
    case VersionField::SourceId:
        return u"SourceId"_s;
    case VersionField::Options:
        return u"Options"_s;
    case VersionField::Metrics:
        return u"Metrics"_s;
    case VersionField::TrainingSpec:
        return u"TrainingSpec"_s;
    case VersionField::InferenceSpec:
        return u"InferenceSpec"_s;
    case VersionField::EvaluationSpec:
        return u"EvaluationSpec"_s;
    case VersionField::CompressionSpec:
        return u"CompressionSpec"_s;
    case VersionField::DistillationSpec:
        return u"DistillationSpec"_s;
    case VersionField::ExtraInfo:
        return u"ExtraInfo"_s;
    case VersionField::Labels:
        return u"Labels"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<VersionField> versionFieldFromApiName(const QString &name)
{
    for (int value = int(VersionField::VersionName); value <= int(VersionField::Labels); ++value) {
        if (apiName(VersionField(value)) == name)
            return VersionField(value);
    }
    return std::nullopt;
}

bool isImmutable(VersionField field)
{
    return field == VersionField::VersionName || field == VersionField::Uri ||
           field == VersionField::FormatType || field == VersionField::FrameworkType;
}

bool isUpdatable(VersionField field)
{
    return !isImmutable(field) && field != VersionField::Labels;
}

std::span<const VersionTextField> versionTextFields()
{
    return TextFields;
}

std::span<const VersionObjectField> versionObjectFields()
{
    return ObjectFields;
}

ModelVersionDraft ModelVersionUpdate::appliedTo(const ModelVersionDraft &base) const
{
    ModelVersionDraft result = base;
    for (VersionField field : fields) {
        if (!isUpdatable(field))
            continue;
        for (const VersionTextField &text : TextFields) {
            if (text.field == field)
                result.*text.member = values.*text.member;
        }
        for (const VersionObjectField &object : ObjectFields) {
            if (object.field == field)
                result.*object.member = values.*object.member;
        }
    }
    return result;
}

} // namespace pai
