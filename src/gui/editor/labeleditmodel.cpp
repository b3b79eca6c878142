#include "gui/editor/labeleditmodel.h"

#include "gui/common/languagechangerelay.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gui {

LabelEditModel::LabelEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Headers only: a dataChanged here would read as an edit.
    relayLanguageChange(this);
}

void LabelEditModel::setLabels(const pai::LabelList &labels)
{
    beginResetModel();
    m_labels = labels;
    m_errors = checkedLabels(m_labels);
    endResetModel();
    Q_EMIT labelsChanged();
}

int LabelEditModel::appendRow()
{
    const int row = int(m_labels.size());
    beginInsertRows({}, row, row);
    m_labels.append(pai::Label{});
    endInsertRows();
    revalidate();
    return row;
}

bool LabelEditModel::moveRow(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_labels.size() || to >= m_labels.size())
        return false;
    // beginMoveRows counts the destination before the move, one past the target when moving down.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

int LabelEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int LabelEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pai::Label &label = m_labels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? label.key : label.value;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (const pai::FieldError *error = errorAt(index.row(), index.column()))
            return error->message;
        return {};
    case Qt::BackgroundRole:
        if (errorAt(index.row(), index.column()))
            return QBrush(QColor(255, 220, 220));
        return {};
    default:
        return {};
    }
}

QVariant LabelEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == KeyColumn ? tr("Key") : tr("Value");
}

Qt::ItemFlags LabelEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool LabelEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    pai::Label &label = m_labels[index.row()];
    QString &target = index.column() == KeyColumn ? label.key : label.value;
    const QString text = value.toString();
    if (target == text)
        return true;
    target = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    revalidate();
    return true;
}

bool LabelEditModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_labels.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_labels.remove(row, count);
    endRemoveRows();
    revalidate();
    return true;
}

bool LabelEditModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= m_labels.size() || destinationChild < 0 || destinationChild > m_labels.size())
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_labels.move(sourceRow, target);
    endMoveRows();
    revalidate();
    return true;
}

pai::FieldError LabelEditModel::forDisplay(const pai::FieldError &error)
{
    static const QRegularExpression labelPath(u"^Labels\\[(\\d+)\\]\\.(Key|Value)$"_s);
    const QRegularExpressionMatch match = labelPath.match(error.field);
    if (!match.hasMatch())
        return error;
    const int row = match.captured(1).toInt() + 1;
    const QString name = match.captured(2) == "Key"_L1 ? tr("Key in label row %1").arg(row)
                                                       : tr("Value in label row %1").arg(row);
    // The rules name the field by its API path in every language, so the path is what to swap.
    QString message = error.message;
    message.replace(error.field, name);
    return pai::FieldError{error.field, message};
}

QList<pai::FieldError> LabelEditModel::checkedLabels(const pai::LabelList &labels)
{
    QList<pai::FieldError> errors = pai::FieldRules::checkLabels(labels);
    for (pai::FieldError &error : errors)
        error = forDisplay(error);
    return errors;
}

void LabelEditModel::revalidate()
{
    m_errors = checkedLabels(m_labels);
    if (!m_labels.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_labels.size()) - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole, Qt::AccessibleDescriptionRole});
    }
    Q_EMIT labelsChanged();
}

const pai::FieldError *LabelEditModel::errorAt(int row, int column) const
{
    const QString field =
        u"Labels[%1].%2"_s.arg(row).arg(column == KeyColumn ? u"Key"_s : u"Value"_s);
    for (const pai::FieldError &error : m_errors) {
        if (error.field == field)
            return &error;
    }
    return nullptr;
}

} // namespace gui
