#include "gui/editor/extrainfoeditmodel.h"

#include "gui/common/languagechangerelay.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// One JSON value from text, of any kind. Wrapping in an array lets the parser accept scalars.
std::optional<QJsonValue> parseJsonValue(const QString &text, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(u'[' + text.toUtf8() + u']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (problem)
            *problem = error.error != QJsonParseError::NoError ? error.errorString() : QString();
        return std::nullopt;
    }
    return document.array().first();
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

ExtraInfoEditModel::ExtraInfoEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Headers only: a dataChanged here would read as an edit.
    relayLanguageChange(this);
}

void ExtraInfoEditModel::setObject(const QJsonObject &object)
{
    beginResetModel();
    m_entries.clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        Entry entry;
        entry.key = it.key();
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String:
            entry.type = ValueType::String;
            entry.text = value.toString();
            break;
        case QJsonValue::Double:
            entry.type = ValueType::Number;
            entry.text = jsonText(value);
            break;
        case QJsonValue::Bool:
            entry.type = ValueType::Boolean;
            entry.text = value.toBool() ? u"true"_s : u"false"_s;
            break;
        default:
            entry.type = ValueType::Json;
            entry.text = jsonText(value);
            break;
        }
        m_entries.append(entry);
    }
    endResetModel();
    m_errors.clear();
    m_errorRows.clear();
    revalidate();
}

QJsonObject ExtraInfoEditModel::toObject() const
{
    QJsonObject object;
    for (const Entry &entry : m_entries) {
        if (auto value = valueOf(entry, nullptr))
            object.insert(entry.key, *value);
    }
    return object;
}

int ExtraInfoEditModel::appendRow()
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{});
    endInsertRows();
    revalidate();
    Q_EMIT edited();
    return row;
}

QString ExtraInfoEditModel::typeName(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return tr("String");
    case ValueType::Number:
        return tr("Number");
    case ValueType::Boolean:
        return tr("Boolean");
    case ValueType::Json:
        return tr("JSON");
    }
    return {};
}

QList<ExtraInfoEditModel::ValueType> ExtraInfoEditModel::allTypes()
{
    return {ValueType::String, ValueType::Number, ValueType::Boolean, ValueType::Json};
}

int ExtraInfoEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExtraInfoEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtraInfoEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return entry.key;
        case TypeColumn:
            return typeName(entry.type);
        default:
            return entry.text;
        }
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return entry.key;
        case TypeColumn:
            return int(entry.type);
        default:
            return entry.text;
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (const pai::FieldError *error = errorAt(index.row()))
            return error->message;
        return {};
    case Qt::BackgroundRole:
        if (errorAt(index.row()))
            return QBrush(QColor(255, 220, 220));
        return {};
    default:
        return {};
    }
}

QVariant ExtraInfoEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    default:
        return tr("Value");
    }
}

Qt::ItemFlags ExtraInfoEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool ExtraInfoEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Entry &entry = m_entries[index.row()];
    switch (index.column()) {
    case KeyColumn:
        entry.key = value.toString();
        break;
    case TypeColumn: {
        bool ok = false;
        const int type = value.toInt(&ok);
        if (!ok || type < 0 || type > int(ValueType::Json))
            return false;
        const ValueType newType = ValueType(type);
        // Turning a string into JSON keeps the value, quoted, rather than leaving invalid JSON.
        if (entry.type == ValueType::String && newType == ValueType::Json)
            entry.text = jsonText(QJsonValue(entry.text));
        else if (entry.type == ValueType::Json && newType == ValueType::String) {
            if (auto parsed = parseJsonValue(entry.text, nullptr); parsed && parsed->isString())
                entry.text = parsed->toString();
        }
        entry.type = newType;
        break;
    }
    default:
        entry.text = value.toString();
        break;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    revalidate();
    Q_EMIT edited();
    return true;
}

bool ExtraInfoEditModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    revalidate();
    Q_EMIT edited();
    return true;
}

std::optional<QJsonValue> ExtraInfoEditModel::valueOf(const Entry &entry, QString *problem) const
{
    const QString field = u"ExtraInfo.%1"_s.arg(entry.key);
    switch (entry.type) {
    case ValueType::String:
        return QJsonValue(entry.text);
    case ValueType::Number: {
        auto parsed = parseJsonValue(entry.text.trimmed(), nullptr);
        if (parsed && parsed->isDouble())
            return parsed;
        if (problem)
            *problem =
                tr("%1 must be a number, such as 42 or 1.5, not \"%2\".").arg(field, entry.text);
        return std::nullopt;
    }
    case ValueType::Boolean: {
        const QString text = entry.text.trimmed();
        if (text == "true"_L1)
            return QJsonValue(true);
        if (text == "false"_L1)
            return QJsonValue(false);
        if (problem)
            *problem = tr("%1 must be true or false, not \"%2\".").arg(field, entry.text);
        return std::nullopt;
    }
    case ValueType::Json: {
        QString reason;
        if (auto parsed = parseJsonValue(entry.text, &reason))
            return parsed;
        if (problem)
            *problem = tr("%1 is not valid JSON (%2).").arg(field, reason);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

void ExtraInfoEditModel::revalidate()
{
    m_errors.clear();
    m_errorRows.clear();
    QSet<QString> seen;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        const QString field = u"ExtraInfo.%1"_s.arg(entry.key);
        auto fail = [&](const QString &name, const QString &message) {
            m_errors.append({name, message});
            m_errorRows.append(row);
        };
        if (entry.key.isEmpty()) {
            // Rows are counted from 1 in the message, as the table numbers them.
            fail(u"ExtraInfo[%1]"_s.arg(row),
                 tr("ExtraInfo row %1: the key must not be empty.").arg(row + 1));
            continue;
        }
        if (seen.contains(entry.key)) {
            fail(field, tr("%1: the key is already used by another row.").arg(field));
            continue;
        }
        seen.insert(entry.key);
        QString problem;
        if (!valueOf(entry, &problem))
            fail(field, problem);
    }
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole, Qt::AccessibleDescriptionRole});
    }
}

const pai::FieldError *ExtraInfoEditModel::errorAt(int row) const
{
    const qsizetype at = m_errorRows.indexOf(row);
    return at < 0 ? nullptr : &m_errors.at(at);
}

} // namespace gui
