#pragma once

#include "pai/label.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pai {

// Everything the AIWorkspace API returns for a model (ListModels item or GetModel body).
// Timestamps and IDs stay the exact strings the server sent, so a model survives a round trip
// byte for byte; fields this version does not know are kept in unknownFields and written back.
struct Model
{
    QString modelId;
    QString modelName;
    QString modelDescription;
    QString modelDoc;
    QString modelType;
    QString domain;
    QString task;
    QString origin;
    QString provider;
    QString accessibility;
    std::optional<qint64> orderNumber;
    std::optional<qint64> parameterSize;
    QString workspaceId;
    QString ownerId;
    QString userId;
    QString gmtCreateTime;
    QString gmtModifiedTime;
    QString gmtLatestVersionModifiedTime;
    LabelList labels;
    LabelList tags;
    QJsonObject extraInfo;     // free-form; nested objects and arrays are kept as they are
    QJsonObject latestVersion; // a ModelVersion object, kept as JSON
    QJsonObject unknownFields; // keys the mapping does not know, echoed back unchanged

    // Published by a provider (Alibaba's public Model Gallery has Provider "pai") rather than one
    // of the caller's own models: it is in no workspace of theirs, and the service refuses every
    // write to it. The window and the CLI keep it read-only; see pai/gallery.h.
    bool isGalleryModel() const { return !provider.isEmpty(); }

    friend bool operator==(const Model &, const Model &) = default;
};

} // namespace pai
