#include "api/modellistquery.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace api {

namespace {

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QueryItems ModelListQuery::toQueryItems() const
{
    QueryItems items;
    appendIfSet(items, u"PageNumber"_s, pageNumber);
    appendIfSet(items, u"PageSize"_s, pageSize);
    appendIfSet(items, u"SortBy"_s, sortBy);
    appendIfSet(items, u"Order"_s, order);
    appendIfSet(items, u"WorkspaceId"_s, workspaceId);
    appendIfSet(items, u"ModelName"_s, modelName);
    appendIfSet(items, u"Label"_s, label);
    appendIfSet(items, u"Provider"_s, provider);
    appendIfSet(items, u"Domain"_s, domain);
    appendIfSet(items, u"Task"_s, task);
    appendIfSet(items, u"Origin"_s, origin);
    appendIfSet(items, u"ModelType"_s, modelType);
    appendIfSet(items, u"Query"_s, query);
    appendIfSet(items, u"Collections"_s, collections);
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
