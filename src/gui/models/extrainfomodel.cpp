#include "gui/models/extrainfomodel.h"

#include "gui/common/languagechangerelay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
    case QJsonValue::Array: {
        // The compact JSON of a container shows its shape at a glance; long ones are cut.
        constexpr qsizetype MaxChars = 200;
        const QJsonDocument document =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
        if (text.size() > MaxChars)
            text = text.left(MaxChars - 1) + QChar(0x2026);
        return text;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Integers print without a decimal point, other numbers in JSON's shortest form.
        const double number = value.toDouble();
        if (number == double(value.toInteger()))
            return QString::number(value.toInteger());
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString typeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return ExtraInfoModel::tr("object");
    case QJsonValue::Array:
        return ExtraInfoModel::tr("array");
    case QJsonValue::String:
        return ExtraInfoModel::tr("string");
    case QJsonValue::Bool:
        return ExtraInfoModel::tr("boolean");
    case QJsonValue::Double:
        return ExtraInfoModel::tr("number");
    case QJsonValue::Null:
        return ExtraInfoModel::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

ExtraInfoModel::ExtraInfoModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    relayLanguageChange(this, RetranslatedParts::HeadersAndData);
}

ExtraInfoModel::~ExtraInfoModel() = default;

void ExtraInfoModel::buildChildren(Node *node)
{
    auto add = [node](QString key, QJsonValue value) {
        auto child = std::make_unique<Node>();
        child->key = std::move(key);
        child->value = std::move(value);
        child->parent = node;
        child->row = int(node->children.size());
        buildChildren(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(u"[%1]"_s.arg(i), array.at(i));
    }
}

void ExtraInfoModel::setExtraInfo(const QJsonObject &extraInfo)
{
    beginResetModel();
    m_extraInfo = extraInfo;
    m_root = std::make_unique<Node>();
    m_root->value = extraInfo;
    buildChildren(m_root.get());
    endResetModel();
}

ExtraInfoModel::Node *ExtraInfoModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ExtraInfoModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children.at(size_t(row)).get());
}

QModelIndex ExtraInfoModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int ExtraInfoModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ExtraInfoModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ExtraInfoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            return valueText(node->value);
        case TypeColumn:
            return typeText(node->value);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && (node->value.isObject() || node->value.isArray())) {
            const QJsonDocument document = node->value.isObject()
                                               ? QJsonDocument(node->value.toObject())
                                               : QJsonDocument(node->value.toArray());
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        }
        return data(index, Qt::DisplayRole);
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    default:
        break;
    }
    return {};
}

QVariant ExtraInfoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gui
