#pragma once

#include "pai/label.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pai {

// Everything the AIWorkspace API returns for a model version (GetModelVersion body, a
// ListModelVersions item, a model's LatestVersion). No version response names its model: the
// model ID travels beside the version, never inside it. Timestamps stay the exact strings the
// server sent (with or without milliseconds; WireJson::parseTimestamp reads both), so a version
// survives a round trip byte for byte; unknown fields are kept and written back.
struct ModelVersion
{
    QString versionName;
    QString versionDescription;
    QString uri;
    QString formatType;
    QString frameworkType;
    // Kept as sent: the service's own list is Pending, Approved and Rejected (see ApprovalStatus),
    // and list items show "" when unset. Whether it refuses other values is unconfirmed, so a
    // value PaiDesk does not know is kept rather than rejected on read.
    QString approvalStatus;
    QString sourceType;
    QString sourceId;
    QString options; // JSON text ("{}"), sent as a JSON string, not as an object
    QJsonObject metrics;
    QJsonObject trainingSpec;
    QJsonObject inferenceSpec;
    QJsonObject evaluationSpec;
    QJsonObject compressionSpec;
    QJsonObject distillationSpec;
    QJsonObject extraInfo;
    LabelList labels;
    QString gmtCreateTime;
    QString gmtModifiedTime;
    QString userId;
    QString ownerId;
    QJsonObject unknownFields; // keys the mapping does not know, echoed back unchanged

    friend bool operator==(const ModelVersion &, const ModelVersion &) = default;
};

// The documented values of ApprovalStatus. There is no separate approval operation: approving or
// rejecting is an UpdateModelVersion with this field.
enum class ApprovalStatus { Pending, Approved, Rejected };

QString apiName(ApprovalStatus status); // "Pending", "Approved", "Rejected"
std::optional<ApprovalStatus> approvalStatusFromApiName(const QString &name);

} // namespace pai
