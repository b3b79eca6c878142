#pragma once

#include "api/queryitems.h"
#include "api/workspacelistquery.h"
#include "pai/label.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

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
    // The reverse of toQueryItems(): unknown names are ignored, a Tag or Conditions value that
    // is not the JSON it should be is left out.
    static ModelListQuery fromQueryItems(const QueryItems &items);

    // The values SortBy and Order take. The reference documents GmtCreateTime as the only sort
    // field of ListModels.
    static QStringList sortByValues();
    static QStringList orderValues();
    // A translated message naming the parameter and its rule, or nothing for a good (or empty)
    // value.
    static std::optional<QString> checkSortBy(const QString &sortBy);
    static std::optional<QString> checkOrder(const QString &order);
    // Tag filters as a person types them: KEY=VALUE items separated by commas, a bare KEY
    // matching any value. Keys and values follow the label rules (no '=' or ',', at most 128
    // bytes). On a bad item returns nothing and sets `error`.
    static std::optional<pai::LabelList> parseTags(const QString &text, QString &error);
    static QString tagsText(const pai::LabelList &tags);
    // Conditions as JSON text: an array of objects with string Column, Operator and Value.
    static std::optional<QJsonArray> parseConditions(const QString &text, QString &error);
    static QString conditionsText(const QJsonArray &conditions);

    friend bool operator==(const ModelListQuery &, const ModelListQuery &) = default;
};

} // namespace api
