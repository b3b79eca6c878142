#include "api/modellistquery.h"

#include <QJsonDocument>
#include <QJsonObject>

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

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QueryItems ModelListQuery::toQueryItems() const
{
    QueryItems items;
    addNumber(items, u"PageNumber"_s, pageNumber);
    addNumber(items, u"PageSize"_s, pageSize);
    addText(items, u"SortBy"_s, sortBy);
    addText(items, u"Order"_s, order);
    addText(items, u"WorkspaceId"_s, workspaceId);
    addText(items, u"ModelName"_s, modelName);
    addText(items, u"Label"_s, label);
    addText(items, u"Provider"_s, provider);
    addText(items, u"Domain"_s, domain);
    addText(items, u"Task"_s, task);
    addText(items, u"Origin"_s, origin);
    addText(items, u"ModelType"_s, modelType);
    addText(items, u"Query"_s, query);
    addText(items, u"Collections"_s, collections);
    if (!tags.isEmpty()) {
        QJsonArray array;
        for (const pai::Label &tag : tags)
            array.append(QJsonObject{{u"Key"_s, tag.key}, {u"Value"_s, tag.value}});
        items.append({u"Tag"_s, compactJson(array)});
    }
    if (!conditions.isEmpty())
        items.append({u"Conditions"_s, compactJson(conditions)});
    return items;
}

} // namespace api
