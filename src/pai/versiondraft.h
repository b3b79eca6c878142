#pragma once

#include "pai/label.h"
#include "pai/modelversion.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace pai {

// The part of a model version a person can write: every field CreateModelVersion accepts. Used
// for the create, for the editor form and for diffs. The model it belongs to travels beside it.
struct ModelVersionDraft
{
    QString versionName; // empty: the service numbers the version (0.1.0, 0.2.0, ...)
    QString uri;
    QString versionDescription;
    QString formatType;
    QString frameworkType;
    QString approvalStatus;
    QString sourceType;
    QString sourceId;
    QString options;
    QJsonObject metrics;
    QJsonObject trainingSpec;
    QJsonObject inferenceSpec;
    QJsonObject evaluationSpec;
    QJsonObject compressionSpec;
    QJsonObject distillationSpec;
    QJsonObject extraInfo;
    LabelList labels;

    static ModelVersionDraft fromVersion(const ModelVersion &version);
    // Sets the version's writable fields to this draft's values; the rest stays.
    void writeTo(ModelVersion &version) const;

    friend bool operator==(const ModelVersionDraft &, const ModelVersionDraft &) = default;
};

// The writable fields of a version, by their API names (see apiName()).
enum class VersionField {
    VersionName,
    Uri,
    FormatType,
    FrameworkType,
    VersionDescription,
    ApprovalStatus,
    SourceType,
    SourceId,
    Options,
    Metrics,
    TrainingSpec,
    InferenceSpec,
    EvaluationSpec,
    CompressionSpec,
    DistillationSpec,
    ExtraInfo,
    Labels,
};

QString apiName(VersionField field); // "VersionName", "Uri", ...
std::optional<VersionField> versionFieldFromApiName(const QString &name);
// Set at creation and never changed after it: VersionName, Uri, FormatType and FrameworkType are
// not fields of UpdateModelVersion (Terraform forces a new version for each).
bool isImmutable(VersionField field);
// Fields UpdateModelVersion accepts: neither the immutable ones nor Labels (labels change through
// the label operations).
bool isUpdatable(VersionField field);

// The text and object fields, for code that treats each kind alike (diffs, bodies, updates).
struct VersionTextField
{
    VersionField field;
    QString ModelVersionDraft::*member;
};
struct VersionObjectField
{
    VersionField field;
    QJsonObject ModelVersionDraft::*member;
};
std::span<const VersionTextField> versionTextFields();
std::span<const VersionObjectField> versionObjectFields();

// An UpdateModelVersion request: the values, and which of them to send. Only updatable fields
// may be listed.
struct ModelVersionUpdate
{
    ModelVersionDraft values;
    QList<VersionField> fields;

    // `base` with the listed fields taken from `values`: what the version holds once the update
    // has run (patch semantics: what is not sent keeps its value).
    ModelVersionDraft appliedTo(const ModelVersionDraft &base) const;
};

} // namespace pai
