#pragma once

#include "pai/modelversion.h"

#include <QAbstractTableModel>
#include <QList>

namespace gui {

// The versions of one model as a table: what ListModelVersions returned, in server order, one
// row per version name. Rows update in place after a write (the read-back value), so the view
// keeps its selection and scroll position. Sorting and the quick filter are done by a
// QSortFilterProxyModel on SortRole and the displayed text.
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FormatColumn,
        FrameworkColumn,
        ApprovalColumn,
        SourceColumn,
        CreatedColumn,
        LabelsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        VersionNameRole = Qt::UserRole + 1,
        SortRole, // the typed value the column sorts by
    };

    explicit VersionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void setVersions(QList<pai::ModelVersion> versions);
    void appendVersions(const QList<pai::ModelVersion> &versions);
    // Replaces the version of that name in place; appends when it is new.
    void upsertVersion(const pai::ModelVersion &version);
    bool removeVersion(const QString &versionName);

    const QList<pai::ModelVersion> &versions() const { return m_versions; }
    const pai::ModelVersion &versionAt(int row) const { return m_versions.at(row); }
    int rowOfVersion(const QString &versionName) const;

    // The approval status as a person reads it ("Approved"), translated; unknown values as sent.
    static QString approvalText(const QString &status);

private:
    QList<pai::ModelVersion> m_versions;
};

// The name the service gives a version registered without one, as the reference and the sandbox
// number them: 0.1.0 for the first, then the highest major.minor in use with the minor raised by
// one (0.2.0, ...), skipping a name already taken.
QString nextAutomaticVersionName(const QList<pai::ModelVersion> &versions);

} // namespace gui
