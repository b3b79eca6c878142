#include "api/versionlistquery.h"

using namespace Qt::StringLiterals;

namespace api {

QueryItems VersionListQuery::toQueryItems() const
{
    QueryItems items;
    appendIfSet(items, u"PageNumber"_s, pageNumber);
    appendIfSet(items, u"PageSize"_s, pageSize);
    appendIfSet(items, u"SortBy"_s, sortBy);
    appendIfSet(items, u"Order"_s, order);
    appendIfSet(items, u"VersionName"_s, versionName);
    appendIfSet(items, u"Label"_s, label);
    appendIfSet(items, u"FormatType"_s, formatType);
    appendIfSet(items, u"FrameworkType"_s, frameworkType);
    appendIfSet(items, u"SourceType"_s, sourceType);
    appendIfSet(items, u"SourceId"_s, sourceId);
    appendIfSet(items, u"ApprovalStatus"_s, approvalStatus);
    return items;
}

} // namespace api
