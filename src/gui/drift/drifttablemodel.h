#pragma once

#include "terraform/driftfinding.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

namespace gui {

// One row per drift finding: the instance's address, the model, the status and the fields that
// differ. The findings are replaced as a whole after each comparison.
class DriftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AddressColumn, ModelColumn, StatusColumn, FieldsColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; // int(terraform::DriftStatus)

    explicit DriftTableModel(QObject *parent = nullptr);

    void setFindings(QList<terraform::DriftFinding> findings);
    const QList<terraform::DriftFinding> &findings() const { return m_findings; }
    const terraform::DriftFinding &finding(int row) const { return m_findings.at(row); }
    int count(terraform::DriftStatus status) const;

    // "In sync", "Drifted", ...: translated, for the table and the filter chips.
    static QString statusText(terraform::DriftStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<terraform::DriftFinding> m_findings;
};

// Shows only the findings whose status is switched on (the drift window's filter chips).
class DriftFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DriftFilterProxyModel(QObject *parent = nullptr);

    void setStatusShown(terraform::DriftStatus status, bool shown);
    bool isStatusShown(terraform::DriftStatus status) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hidden;
};

} // namespace gui
