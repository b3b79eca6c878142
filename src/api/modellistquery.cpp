#include "api/modellistquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace api {

namespace {

constexpr int TagPartMaxBytes = 128; // the label rule (pai::FieldRules::LabelPartMaxBytes)

QString tr(const char *text)
{
    return QCoreApplication::translate("api::ModelListQuery", text);
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QJsonArray> jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

bool goodTagPart(const QString &part)
{
    return part.toUtf8().size() <= TagPartMaxBytes && !part.contains(u'=') && !part.contains(u',');
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

ModelListQuery ModelListQuery::fromQueryItems(const QueryItems &items)
{
    ModelListQuery query;
    const QList<std::pair<QString, QString ModelListQuery::*>> texts{
        {u"SortBy"_s, &ModelListQuery::sortBy},
        {u"Order"_s, &ModelListQuery::order},
        {u"WorkspaceId"_s, &ModelListQuery::workspaceId},
        {u"ModelName"_s, &ModelListQuery::modelName},
        {u"Label"_s, &ModelListQuery::label},
        {u"Provider"_s, &ModelListQuery::provider},
        {u"Domain"_s, &ModelListQuery::domain},
        {u"Task"_s, &ModelListQuery::task},
        {u"Origin"_s, &ModelListQuery::origin},
        {u"ModelType"_s, &ModelListQuery::modelType},
        {u"Query"_s, &ModelListQuery::query},
        {u"Collections"_s, &ModelListQuery::collections},
    };
    for (const auto &[name, value] : items) {
        bool found = false;
        for (const auto &[textName, member] : texts) {
            if (textName == name) {
                query.*member = value;
                found = true;
            }
        }
        if (found)
            continue;
        if (name == u"PageNumber"_s || name == u"PageSize"_s) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (ok)
                (name == u"PageNumber"_s ? query.pageNumber : query.pageSize) = number;
        } else if (name == u"Tag"_s) {
            if (const auto array = jsonArray(value)) {
                for (const QJsonValue &tag : *array) {
                    const QJsonObject object = tag.toObject();
                    query.tags.append(
                        {object.value(u"Key"_s).toString(), object.value(u"Value"_s).toString()});
                }
            }
        } else if (name == u"Conditions"_s) {
            if (const auto array = jsonArray(value))
                query.conditions = *array;
        }
    }
    return query;
}

QStringList ModelListQuery::sortByValues()
{
    return {u"GmtCreateTime"_s};
}

QStringList ModelListQuery::orderValues()
{
    return {u"ASC"_s, u"DESC"_s};
}

std::optional<QString> ModelListQuery::checkSortBy(const QString &sortBy)
{
    if (sortBy.isEmpty() || sortByValues().contains(sortBy))
        return std::nullopt;
    return tr("SortBy must be %1 (it is \"%2\").").arg(sortByValues().join(tr(" or ")), sortBy);
}

std::optional<QString> ModelListQuery::checkOrder(const QString &order)
{
    if (order.isEmpty() || orderValues().contains(order))
        return std::nullopt;
    return tr("Order must be ASC or DESC (it is \"%1\").").arg(order);
}

std::optional<pai::LabelList> ModelListQuery::parseTags(const QString &text, QString &error)
{
    pai::LabelList tags;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        pai::Label tag{equals < 0 ? item : item.left(equals).trimmed(),
                       equals < 0 ? QString() : item.mid(equals + 1).trimmed()};
        if (tag.key.isEmpty()) {
            error = tr("Tag \"%1\": the key must not be empty (KEY or KEY=VALUE).").arg(item);
            return std::nullopt;
        }
        if (!goodTagPart(tag.key) || !goodTagPart(tag.value)) {
            error = tr("Tag \"%1\": a key or value must not contain \"=\" or \",\" and must be at "
                       "most %2 bytes in UTF-8.")
                        .arg(item)
                        .arg(TagPartMaxBytes);
            return std::nullopt;
        }
        tags.append(tag);
    }
    return tags;
}

QString ModelListQuery::tagsText(const pai::LabelList &tags)
{
    QStringList items;
    for (const pai::Label &tag : tags)
        items.append(tag.value.isEmpty() ? tag.key : tag.key + u'=' + tag.value);
    return items.join(u", "_s);
}

std::optional<QJsonArray> ModelListQuery::parseConditions(const QString &text, QString &error)
{
    if (text.trimmed().isEmpty())
        return QJsonArray();
    const std::optional<QJsonArray> array = jsonArray(text);
    if (!array) {
        error = tr("Conditions must be a JSON array such as "
                   "[{\"Column\":\"…\",\"Operator\":\"…\",\"Value\":\"…\"}].");
        return std::nullopt;
    }
    for (qsizetype index = 0; index < array->size(); ++index) {
        const QJsonObject condition = array->at(index).toObject();
        for (const QString &key : {u"Column"_s, u"Operator"_s, u"Value"_s}) {
            if (!array->at(index).isObject() || !condition.value(key).isString()) {
                error = tr("Conditions[%1].%2 must be a string.").arg(index).arg(key);
                return std::nullopt;
            }
        }
    }
    return *array;
}

QString ModelListQuery::conditionsText(const QJsonArray &conditions)
{
    return conditions.isEmpty() ? QString() : compactJson(conditions);
}

} // namespace api
