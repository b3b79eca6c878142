#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sandbox {

enum class Operation {
    ListWorkspaces,
    GetWorkspace,
    ListModels,
    GetModel,
    CreateModel,
    UpdateModel,
    DeleteModel,
    CreateModelLabels,
    DeleteModelLabels,
    ListModelVersions,
    GetModelVersion,
    CreateModelVersion,
    UpdateModelVersion,
    DeleteModelVersion,
    CreateModelVersionLabels,
    DeleteModelVersionLabels,
};

QString operationName(Operation operation); // "ListModels", ...
bool isWrite(Operation operation);

struct Route
{
    Operation operation;
    QString resourceId;  // decoded {WorkspaceId} or {ModelId}; empty for collections
    QString versionName; // decoded {VersionName} of the routes of one version
};

// Routes by method and path only, as the gateway does for ROA APIs: Terraform's client does not
// send x-acs-action (the AIWorkspace 2021-02-04 API reference).
namespace RequestRouter {
std::optional<Route> route(const QByteArray &method, const QByteArray &rawPath);
}

} // namespace sandbox
