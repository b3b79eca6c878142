#include "gui/models/workspacelistmodel.h"

#include "gui/common/languagechangerelay.h"
#include "pai/gallery.h"

using namespace Qt::StringLiterals;

namespace gui {

WorkspaceListModel::WorkspaceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    relayLanguageChange(this, RetranslatedParts::HeadersAndData);
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size() + FirstWorkspaceRow);
}

int WorkspaceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const pai::Workspace *WorkspaceListModel::workspaceAt(int row) const
{
    if (row < FirstWorkspaceRow || row >= m_workspaces.size() + FirstWorkspaceRow)
        return nullptr;
    return &m_workspaces.at(row - FirstWorkspaceRow);
}

int WorkspaceListModel::rowOfWorkspace(const QString &workspaceId) const
{
    if (workspaceId.isEmpty())
        return AllWorkspacesRow;
    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i).workspaceId == workspaceId)
            return int(i + FirstWorkspaceRow);
    }
    return -1;
}

QString WorkspaceListModel::workspaceText(const QString &workspaceId) const
{
    const pai::Workspace *workspace = workspaceAt(rowOfWorkspace(workspaceId));
    if (!workspace || workspace->title().isEmpty())
        return workspaceId;
    //: A workspace's name and, in brackets, its ID
    return tr("%1 (%2)").arg(workspace->title(), workspace->workspaceId);
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pai::Workspace *workspace = workspaceAt(index.row());
    if (role == WorkspaceIdRole)
        return workspace ? workspace->workspaceId : QString();
    if (role == ProviderRole)
        return isGalleryRow(index.row()) ? pai::Gallery::provider() : QString();

    if (!workspace) {
        if (index.column() != NameColumn || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        if (isGalleryRow(index.row())) {
            return role == Qt::DisplayRole
                       ? tr("Model Gallery")
                       : tr("Alibaba's public models (Qwen, Llama, Stable Diffusion, ...), "
                            "read-only: copy one into a workspace to change it");
        }
        return role == Qt::DisplayRole ? tr("All workspaces") : tr("Every model in the account");
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return workspace->title();
        case IdColumn:
            return workspace->workspaceId;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nID: %2\nStatus: %3\nEnvironments: %4")
            .arg(workspace->title(), workspace->workspaceId, workspace->status,
                 workspace->envTypes.join(u", "_s));
    default:
        break;
    }
    return {};
}

QVariant WorkspaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Workspace");
    case IdColumn:
        return tr("ID");
    case ColumnCount:
        break;
    }
    return {};
}

void WorkspaceListModel::setWorkspaces(QList<pai::Workspace> workspaces)
{
    beginResetModel();
    m_workspaces = std::move(workspaces);
    endResetModel();
}

void WorkspaceListModel::appendWorkspaces(QList<pai::Workspace> workspaces)
{
    if (workspaces.isEmpty())
        return;
    const int first = int(m_workspaces.size() + FirstWorkspaceRow);
    beginInsertRows({}, first, first + int(workspaces.size()) - 1);
    m_workspaces.append(std::move(workspaces));
    endInsertRows();
}

void WorkspaceListModel::clear()
{
    setWorkspaces({});
}

} // namespace gui
