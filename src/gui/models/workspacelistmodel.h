#pragma once

#include "pai/workspace.h"

#include <QAbstractTableModel>
#include <QList>

namespace gui {

// The workspaces of the account, headed by an "All workspaces" entry that lists every model.
// The entry has an empty workspace ID, which is what ListModels takes to mean "no filter".
// Each shows by its name with its ID beside it; status and environments are in the tooltip, so
// that the name has the room in a narrow list.
class WorkspaceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role { WorkspaceIdRole = Qt::UserRole + 1 };

    explicit WorkspaceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setWorkspaces(QList<pai::Workspace> workspaces);
    void appendWorkspaces(QList<pai::Workspace> workspaces);
    void clear();

    qsizetype workspaceCount() const { return m_workspaces.size(); }
    // Row 0 is "All workspaces"; returns nullptr for it.
    const pai::Workspace *workspaceAt(int row) const;
    int rowOfWorkspace(const QString &workspaceId) const; // 0 for the empty ID
    // How to name a workspace elsewhere: "Search team (101)" when it is listed, else its ID.
    QString workspaceText(const QString &workspaceId) const;

private:
    QList<pai::Workspace> m_workspaces;
};

} // namespace gui
