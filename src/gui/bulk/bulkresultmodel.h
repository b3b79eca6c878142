#pragma once

#include "changes/bulkresult.h"

#include <QAbstractTableModel>

namespace gui {

// How each model of a bulk run stands: pending, done, failed (with the Code, Message and
// RequestId of what stopped it) or skipped (and why). Rows follow the run's models.
class BulkResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        StateColumn,
        CodeColumn,
        RequestIdColumn,
        MessageColumn, // last: it takes the room left
        ColumnCount
    };

    explicit BulkResultModel(QObject *parent = nullptr);

    void setResult(const changes::BulkResult &result);
    // One model settled (or started: `running`).
    void setModel(const changes::BulkModelResult &model);
    void setRunning(const QString &modelId);
    int rowOf(const QString &modelId) const;
    const changes::BulkModelResult &modelAt(int row) const { return m_models.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(changes::BulkModelResult::State state);

private:
    QList<changes::BulkModelResult> m_models;
    QSet<QString> m_running;
};

} // namespace gui
