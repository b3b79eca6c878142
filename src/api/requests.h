#pragma once

#include "api/apicall.h"
#include "api/modellistquery.h"
#include "api/versionlistquery.h"
#include "api/workspacelistquery.h"
#include "pai/modeldraft.h"
#include "pai/versiondraft.h"

#include <QStringList>

namespace api {

// The one place where each operation's request is described: method, encoded path, query and
// JSON body. ApiClient sends these, and the change engine shows the same values in a review or a
// dry run, so what a person approves is byte for byte what goes on the wire.
namespace requests {

// "/api/v1/models/<encoded id>": a path parameter is encoded once, '/' included.
QByteArray modelPath(const QString &modelId);
QByteArray workspacePath(const QString &workspaceId);
// "/api/v1/models/<encoded id>/versions" and ".../versions/<encoded name>".
QByteArray versionsPath(const QString &modelId);
QByteArray versionPath(const QString &modelId, const QString &versionName);
// What the activity log and a review name a version by: "<model id>:<version name>", the ID
// Terraform gives alicloud_pai_workspace_model_version; the model ID alone while the name is empty.
QString versionTarget(const QString &modelId, const QString &versionName);

RequestSpec listWorkspaces(const WorkspaceListQuery &query);
RequestSpec getWorkspace(const QString &workspaceId, bool verbose);

RequestSpec getModel(const QString &modelId);
RequestSpec listModels(const ModelListQuery &query);
RequestSpec createModel(const pai::ModelDraft &draft);
// Sends exactly the fields listed in the update.
RequestSpec updateModel(const QString &modelId, const pai::ModelUpdate &update);
RequestSpec deleteModel(const QString &modelId);
RequestSpec createModelLabels(const QString &modelId, const pai::LabelList &labels);
// LabelKeys is the keys joined with ','.
RequestSpec deleteModelLabels(const QString &modelId, const QStringList &labelKeys);

RequestSpec listModelVersions(const QString &modelId, const VersionListQuery &query);
RequestSpec getModelVersion(const QString &modelId, const QString &versionName);
RequestSpec createModelVersion(const QString &modelId, const pai::ModelVersionDraft &draft);
// Sends exactly the updatable fields listed in the update.
RequestSpec updateModelVersion(const QString &modelId, const QString &versionName,
                               const pai::ModelVersionUpdate &update);
RequestSpec deleteModelVersion(const QString &modelId, const QString &versionName);
RequestSpec createModelVersionLabels(const QString &modelId, const QString &versionName,
                                     const pai::LabelList &labels);
// LabelKeys is the keys joined with ','; no body, as the SDK sends it.
RequestSpec deleteModelVersionLabels(const QString &modelId, const QString &versionName,
                                     const QStringList &labelKeys);

// "PUT /api/v1/models/m-1?A=b" followed by the body, if any, pretty-printed: what a review shows.
QString displayText(const RequestSpec &spec);

} // namespace requests

} // namespace api
