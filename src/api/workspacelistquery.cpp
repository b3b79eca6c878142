#include "api/workspacelistquery.h"

using namespace Qt::StringLiterals;

namespace api {

namespace {

void addText(QueryItems &items, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        items.append({name, value});
}

void addNumber(QueryItems &items, const QString &name, std::optional<int> value)
{
    if (value)
        items.append({name, QString::number(*value)});
}

} // namespace

QueryItems WorkspaceListQuery::toQueryItems() const
{
    QueryItems items;
    addNumber(items, u"PageNumber"_s, pageNumber);
    addNumber(items, u"PageSize"_s, pageSize);
    addText(items, u"SortBy"_s, sortBy);
    addText(items, u"Order"_s, order);
    addText(items, u"WorkspaceName"_s, workspaceName);
    addText(items, u"Status"_s, status);
    addText(items, u"Option"_s, option);
    if (verbose)
        items.append({u"Verbose"_s, *verbose ? u"true"_s : u"false"_s});
    addText(items, u"Fields"_s, fields);
    addText(items, u"ModuleList"_s, moduleList);
    addText(items, u"WorkspaceIds"_s, workspaceIds);
    addText(items, u"ResourceGroupId"_s, resourceGroupId);
    addText(items, u"UserId"_s, userId);
    return items;
}

} // namespace api
