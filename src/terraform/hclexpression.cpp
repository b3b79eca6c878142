#include "terraform/hclexpression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace terraform {

QString hclNumberText(double value)
{
    if (!std::isfinite(value))
        return u"0"_s;
    if (value == 0)
        return u"0"_s;
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::fabs(value) <= exactIntegerLimit)
        return QString::number(static_cast<qint64>(value));

    // Shortest digits in scientific form, then shift the decimal point by hand.
    const QString scientific = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = scientific.indexOf(u'e');
    QString mantissa = scientific.left(ePos);
    const int exponent = scientific.mid(ePos + 1).toInt();
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(u'.');
    // The mantissa has exactly one digit before the point.
    const int pointPos = 1 + exponent;
    QString result;
    if (pointPos <= 0)
        result = u"0."_s + QString(-pointPos, u'0') + digits;
    else if (pointPos >= digits.size())
        result = digits + QString(pointPos - digits.size(), u'0');
    else
        result = digits.left(pointPos) + u'.' + digits.mid(pointPos);
    return negative ? u'-' + result : result;
}

HclExpression::HclExpression(Kind kind, QString text)
    : m_kind(kind)
    , m_text(std::move(text))
{}

HclExpression HclExpression::string(const QString &value)
{
    return HclExpression(Kind::String, value);
}

HclExpression HclExpression::number(qint64 value)
{
    return HclExpression(Kind::Number, QString::number(value));
}

HclExpression HclExpression::number(double value)
{
    return HclExpression(Kind::Number, hclNumberText(value));
}

HclExpression HclExpression::boolean(bool value)
{
    HclExpression expression(Kind::Bool, value ? u"true"_s : u"false"_s);
    expression.m_bool = value;
    return expression;
}

HclExpression HclExpression::null()
{
    return HclExpression(Kind::Null, u"null"_s);
}

HclExpression HclExpression::traversal(const QString &path)
{
    return HclExpression(Kind::Traversal, path);
}

HclExpression HclExpression::call(const QString &function, std::vector<HclExpression> arguments)
{
    HclExpression expression(Kind::FunctionCall, function);
    expression.m_elements = std::move(arguments);
    return expression;
}

HclExpression HclExpression::object(std::vector<ObjectItem> items)
{
    HclExpression expression(Kind::Object, QString());
    expression.m_items = std::move(items);
    return expression;
}

HclExpression HclExpression::list(std::vector<HclExpression> items)
{
    HclExpression expression(Kind::List, QString());
    expression.m_elements = std::move(items);
    return expression;
}

HclExpression HclExpression::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        std::vector<HclExpression> items;
        items.reserve(array.size());
        for (const QJsonValue &item : array)
            items.push_back(fromJson(item));
        return list(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        std::vector<ObjectItem> items;
        items.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            items.push_back({it.key(), fromJson(it.value())});
        return HclExpression::object(std::move(items));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

} // namespace terraform
