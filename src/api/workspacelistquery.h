#pragma once

#include "api/queryitems.h"

#include <QString>

#include <optional>

namespace api {

// The ListWorkspaces filters of the AIWorkspace API reference.
struct WorkspaceListQuery
{
    std::optional<int> pageNumber;
    std::optional<int> pageSize;
    QString sortBy;
    QString order;
    QString workspaceName;
    QString status;
    QString option;
    std::optional<bool> verbose;
    QString fields;
    QString moduleList;
    QString workspaceIds;
    QString resourceGroupId;
    QString userId;

    QueryItems toQueryItems() const;
};

} // namespace api
