#pragma once

#include "api/queryitems.h"

#include <QString>

#include <optional>

namespace api {

// The ListModelVersions filters of the AIWorkspace API reference: plain query parameters, none
// JSON-encoded. Empty strings are not sent.
struct VersionListQuery
{
    std::optional<int> pageNumber;
    std::optional<int> pageSize;
    QString sortBy; // the only documented value is GmtCreateTime
    QString order;  // ASC (default) or DESC
    QString versionName;
    QString label; // matches any label key or value
    QString formatType;
    QString frameworkType;
    QString sourceType;
    QString sourceId;
    QString approvalStatus;

    QueryItems toQueryItems() const;
};

} // namespace api
