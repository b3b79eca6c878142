#pragma once

#include "api/modellistquery.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace gui {

// A named set of server filters, and the workspace it was saved in (empty: it keeps whichever
// workspace is listed when it is chosen), or the Model Gallery.
struct SavedView
{
    QString name;
    api::ModelListQuery filters; // no paging; its workspaceId is not used
    QString workspaceId;
    bool gallery = false; // saved in the Model Gallery, which it lists again

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// The saved views, listed under the workspaces, one row each, kept in QSettings. Every change is
// written at once. Rows are sorted by name; renaming in place (F2 in the view) goes through
// setData() and refuses an empty or taken name.
class SavedViews : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { WorkspaceIdRole = Qt::UserRole + 1, GalleryRole };

    explicit SavedViews(QObject *parent = nullptr);

    static QString settingsKey(); // "Browse/savedViews"
    void load();                  // from QSettings, replacing the rows

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const SavedView &viewAt(int row) const { return m_views.at(row); }
    int rowOfName(const QString &name) const; // -1 when there is none
    // Saves `view`, replacing a view of the same name. Returns its row.
    int save(const SavedView &view);
    bool rename(int row, const QString &name);
    void remove(int row);

    // "Domain: nlp; Order: DESC": the filters as a person reads them (a row's tooltip).
    static QString describe(const api::ModelListQuery &filters);

private:
    void store() const;
    int insertionRow(const QString &name) const;

    QList<SavedView> m_views;
};

} // namespace gui
