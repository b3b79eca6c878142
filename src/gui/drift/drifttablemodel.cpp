#include "gui/drift/drifttablemodel.h"

using namespace Qt::StringLiterals;

namespace gui {

DriftTableModel::DriftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DriftTableModel::setFindings(QList<terraform::DriftFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int DriftTableModel::count(terraform::DriftStatus status) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [status](const auto &finding) { return finding.status == status; }));
}

QString DriftTableModel::statusText(terraform::DriftStatus status)
{
    switch (status) {
    case terraform::DriftStatus::InSync:
        return tr("In sync");
    case terraform::DriftStatus::Drifted:
        return tr("Drifted");
    case terraform::DriftStatus::Missing:
        return tr("Missing");
    case terraform::DriftStatus::Tainted:
        return tr("Tainted");
    case terraform::DriftStatus::Unmanaged:
        return tr("Unmanaged");
    }
    return {};
}

int DriftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int DriftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const terraform::DriftFinding &finding = m_findings.at(index.row());
    if (role == StatusRole)
        return int(finding.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        return finding.address.isEmpty() ? tr("(not in the state)") : finding.address;
    case ModelColumn: {
        QString text = finding.modelName.isEmpty()
                           ? finding.modelId
                           : tr("%1 (%2)").arg(finding.modelName, finding.modelId);
        if (finding.isVersion())
            text = tr("%1, version %2").arg(text, finding.versionName);
        return text;
    }
    case StatusColumn:
        return statusText(finding.status);
    case FieldsColumn:
        return finding.fieldNames().join(u", "_s);
    default:
        return {};
    }
}

QVariant DriftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case FieldsColumn:
        return tr("Changed fields");
    default:
        return {};
    }
}

DriftFilterProxyModel::DriftFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void DriftFilterProxyModel::setStatusShown(terraform::DriftStatus status, bool shown)
{
    if (isStatusShown(status) == shown)
        return;
    if (shown)
        m_hidden.remove(int(status));
    else
        m_hidden.insert(int(status));
    invalidateRowsFilter();
}

bool DriftFilterProxyModel::isStatusShown(terraform::DriftStatus status) const
{
    return !m_hidden.contains(int(status));
}

bool DriftFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_hidden.contains(index.data(DriftTableModel::StatusRole).toInt());
}

} // namespace gui
