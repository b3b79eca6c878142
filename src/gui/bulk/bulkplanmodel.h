#pragma once

#include "changes/bulkplan.h"

#include <QAbstractItemModel>

namespace gui {

// A bulk plan as a tree for the review: one top-level row per model (its name, its ID, and how
// many requests it gets or why it gets none), its exact requests as children, in the order they
// go out.
class BulkPlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, DetailColumn, OutcomeColumn, ColumnCount };

    explicit BulkPlanModel(QObject *parent = nullptr);

    void setPlan(const changes::BulkPlan &plan);
    const changes::BulkPlan &plan() const { return m_plan; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString outcomeText(const changes::BulkPlan::Entry &entry) const;

    changes::BulkPlan m_plan;
};

} // namespace gui
