#include "gui/models/labeltablemodel.h"

#include "gui/common/languagechangerelay.h"

namespace gui {

LabelTableModel::LabelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    relayLanguageChange(this);
}

int LabelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int LabelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const pai::Label &label = m_labels.at(index.row());
    return index.column() == KeyColumn ? label.key : label.value;
}

QVariant LabelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

void LabelTableModel::setLabels(pai::LabelList labels)
{
    beginResetModel();
    m_labels = std::move(labels);
    endResetModel();
}

} // namespace gui
