#pragma once

#include <QJsonValue>
#include <QString>

#include <vector>

namespace terraform {

// One HCL expression as a value tree. It holds raw values only: escaping, quoting and layout
// are the writer's job, so nothing built here can produce invalid or live template syntax.
class HclExpression
{
public:
    enum class Kind { String, Number, Bool, Null, Traversal, FunctionCall, Object, List };

    struct ObjectItem;

    static HclExpression string(const QString &value);
    static HclExpression number(qint64 value);
    static HclExpression number(double value); // written without an exponent, as hclwrite does
    static HclExpression boolean(bool value);
    static HclExpression null();
    // A bare reference such as var.workspace_id. Each dot-separated part must be an identifier.
    static HclExpression traversal(const QString &path);
    static HclExpression call(const QString &function, std::vector<HclExpression> arguments);
    static HclExpression object(std::vector<ObjectItem> items);
    static HclExpression list(std::vector<HclExpression> items);
    // JSON to the equivalent HCL value (objects, arrays, strings, numbers, booleans, null).
    static HclExpression fromJson(const QJsonValue &value);

    Kind kind() const { return m_kind; }
    // String value, number literal text, traversal path or function name, depending on kind().
    const QString &text() const { return m_text; }
    bool boolValue() const { return m_bool; }
    const std::vector<HclExpression> &elements() const
    {
        return m_elements;
    } // list items, call arguments
    const std::vector<ObjectItem> &items() const { return m_items; }

private:
    HclExpression(Kind kind, QString text);

    Kind m_kind;
    QString m_text;
    bool m_bool = false;
    std::vector<HclExpression> m_elements;
    std::vector<ObjectItem> m_items;
};

struct HclExpression::ObjectItem
{
    QString key;
    HclExpression value;
};

// Plain decimal text of a finite double, shortest round-trip digits, no exponent ("1e21" ->
// "1000000000000000000000"), as hclwrite prints numbers.
QString hclNumberText(double value);

} // namespace terraform
