#include "api/workspacelistquery.h"

using namespace Qt::StringLiterals;

namespace api {

QueryItems WorkspaceListQuery::toQueryItems() const
{
    QueryItems items;
    appendIfSet(items, u"PageNumber"_s, pageNumber);
    appendIfSet(items, u"PageSize"_s, pageSize);
    appendIfSet(items, u"SortBy"_s, sortBy);
    appendIfSet(items, u"Order"_s, order);
    appendIfSet(items, u"WorkspaceName"_s, workspaceName);
    appendIfSet(items, u"Status"_s, status);
    appendIfSet(items, u"Option"_s, option);
    if (verbose)
        items.append({u"Verbose"_s, *verbose ? u"true"_s : u"false"_s});
    appendIfSet(items, u"Fields"_s, fields);
    appendIfSet(items, u"ModuleList"_s, moduleList);
    appendIfSet(items, u"WorkspaceIds"_s, workspaceIds);
    appendIfSet(items, u"ResourceGroupId"_s, resourceGroupId);
    appendIfSet(items, u"UserId"_s, userId);
    return items;
}

} // namespace api
