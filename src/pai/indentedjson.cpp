#include "pai/indentedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace pai::WireJson {

namespace {

void appendSpaces(QByteArray &out, int count)
{
    out.append(qsizetype(count), ' ');
}

// Qt's spelling of one scalar: the compact form of a one-element array, brackets dropped.
void appendAsQtWritesIt(QByteArray &out, const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(text.constData() + 1, text.size() - 2);
}

// Text made only of characters every JSON writer leaves as they are (no quote, backslash,
// control or other special character, no surrogate) is written as its UTF-8 directly.
bool isPlain(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar qc) {
        const char16_t c = qc.unicode();
        return (c >= 0x20 && c < 0x7f && c != u'"' && c != u'\\') ||
               (c >= 0xa0 && !qc.isSurrogate());
    });
}

void appendString(QByteArray &out, const QString &text)
{
    if (!isPlain(text)) {
        appendAsQtWritesIt(out, QJsonValue(text));
        return;
    }
    out.append('"');
    out.append(text.toUtf8());
    out.append('"');
}

void appendKey(QByteArray &out, QLatin1StringView key, int indent)
{
    appendSpaces(out, indent);
    out.append('"');
    out.append(key.data(), key.size());
    out.append("\": ", 3);
}

void appendObject(QByteArray &out, const QJsonObject &object, int indent);
void appendArray(QByteArray &out, const QJsonArray &array, int indent);

void appendValue(QByteArray &out, const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Object:
        appendObject(out, value.toObject(), indent);
        return;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), indent);
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Null:
        out.append("null");
        return;
    default: // numbers: integers and doubles have several spellings; Qt's is the one
        appendAsQtWritesIt(out, value);
        return;
    }
}

void appendObject(QByteArray &out, const QJsonObject &object, int indent)
{
    out.append("{\n");
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(",\n");
        first = false;
        appendSpaces(out, indent + 4);
        appendString(out, it.key());
        out.append(": ");
        appendValue(out, it.value(), indent + 4);
    }
    if (!first)
        out.append('\n');
    appendSpaces(out, indent);
    out.append('}');
}

void appendArray(QByteArray &out, const QJsonArray &array, int indent)
{
    out.append("[\n");
    bool first = true;
    for (const QJsonValue &value : array) {
        if (!first)
            out.append(",\n");
        first = false;
        appendSpaces(out, indent + 4);
        appendValue(out, value, indent + 4);
    }
    if (!first)
        out.append('\n');
    appendSpaces(out, indent);
    out.append(']');
}

void appendLabels(QByteArray &out, const LabelList &labels, int indent)
{
    out.append("[\n");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            out.append(",\n");
        appendSpaces(out, indent + 4);
        out.append("{\n");
        appendKey(out, "Key"_L1, indent + 8);
        appendString(out, labels.at(i).key);
        out.append(",\n");
        appendKey(out, "Value"_L1, indent + 8);
        appendString(out, labels.at(i).value);
        out.append('\n');
        appendSpaces(out, indent + 4);
        out.append('}');
    }
    if (!labels.isEmpty())
        out.append('\n');
    appendSpaces(out, indent);
    out.append(']');
}

using FieldValue =
    std::variant<const QString *, qint64, const LabelList *, const QJsonObject *>;

} // namespace

void appendIndentedJson(QByteArray &out, const QJsonValue &value, int indent)
{
    appendValue(out, value, indent);
}

void appendIndentedModelJson(QByteArray &out, const Model &model, ModelShape shape, int indent)
{
    if (!model.unknownFields.isEmpty()) {
        // Keys the mapping does not know sort in among the known ones as QJsonObject orders
        // them; rare enough to leave to Qt.
        appendObject(out, modelToJson(model, shape), indent);
        return;
    }
    // The fields modelToJson() would insert, in the order QJsonObject keeps its (ASCII) keys.
    std::vector<std::pair<QLatin1StringView, FieldValue>> fields;
    fields.reserve(24);
    visitModelFields(model, shape, [&fields](QLatin1StringView key, const auto &value) {
        using Value = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<Value, QString>) {
            if (!value.isEmpty())
                fields.emplace_back(key, &value);
        } else if constexpr (std::is_same_v<Value, std::optional<qint64>>) {
            if (value)
                fields.emplace_back(key, *value);
        } else {
            fields.emplace_back(key, &value);
        }
    });
    std::sort(fields.begin(), fields.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    out.append("{\n");
    bool first = true;
    for (const auto &[key, value] : fields) {
        if (!first)
            out.append(",\n");
        first = false;
        appendKey(out, key, indent + 4);
        if (const auto *text = std::get_if<const QString *>(&value))
            appendString(out, **text);
        else if (const auto *number = std::get_if<qint64>(&value))
            appendAsQtWritesIt(out, QJsonValue(*number));
        else if (const auto *labels = std::get_if<const LabelList *>(&value))
            appendLabels(out, **labels, indent + 4);
        else
            appendObject(out, *std::get<const QJsonObject *>(value), indent + 4);
    }
    if (!first)
        out.append('\n');
    appendSpaces(out, indent);
    out.append('}');
}

} // namespace pai::WireJson
