#pragma once

#include "api/queryitems.h"
#include "api/workspacelistquery.h"
#include "pai/label.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace api {

// The ListModels filters of the AIWorkspace API reference. Empty strings are not sent.
struct ModelListQuery
{
    std::optional<int> pageNumber;
    std::optional<int> pageSize;
    QString sortBy;
    QString order;
    QString workspaceId;
    QString modelName;
    QString label;
    QString provider;
    QString domain;
    QString task;
    QString origin;
    QString modelType;
    QString query;
    QString collections;
    pai::LabelList tags;   // sent as Tag=[{"Key":..,"Value":..}] (one JSON string)
    QJsonArray conditions; // sent as Conditions=[{"Column":..,"Operator":..,"Value":..}]

    QueryItems toQueryItems() const;
};

} // namespace api
