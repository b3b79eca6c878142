#pragma once

#include "pai/workspace.h"

#include <QAbstractTableModel>
#include <QList>

namespace gui {

// The workspaces of the account, headed by two entries: "Model Gallery", Alibaba's public models
// (ListModels with Provider=pai), and "All workspaces", every model of the account. Both have an
// empty workspace ID, which is what ListModels takes to mean "no filter"; the gallery's
// ProviderRole is "pai". Each workspace shows by its name with its ID beside it; status and
// environments are in the tooltip, so that the name has the room in a narrow list.
class WorkspaceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        WorkspaceIdRole = Qt::UserRole + 1,
        ProviderRole, // "pai" for the gallery row, else empty
    };
    // The rows before the workspaces.
    enum FixedRow { GalleryRow = 0, AllWorkspacesRow = 1, FirstWorkspaceRow = 2 };

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
    const QList<pai::Workspace> &workspaces() const { return m_workspaces; }
    // Returns nullptr for the gallery and "All workspaces" rows.
    const pai::Workspace *workspaceAt(int row) const;
    int rowOfWorkspace(const QString &workspaceId) const; // AllWorkspacesRow for the empty ID
    static bool isGalleryRow(int row) { return row == GalleryRow; }
    // How to name a workspace elsewhere: "Search team (101)" when it is listed, else its ID.
    QString workspaceText(const QString &workspaceId) const;

private:
    QList<pai::Workspace> m_workspaces;
};

} // namespace gui
