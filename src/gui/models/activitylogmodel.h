#pragma once

#include "api/activitylog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace gui {

// The activity log as a table, one row per API attempt, newest last. It follows the log as it
// grows and as old entries are dropped. Secrets were redacted by the log; query values whose
// names look secret are masked again here, so no view ever shows one.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperationColumn,
        RequestColumn,
        StatusColumn,
        CodeColumn,
        RequestIdColumn,
        DurationColumn,
        RetriesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ActivityLogModel(QObject *parent = nullptr);

    void setLog(api::ActivityLog *log);
    api::ActivityLog *log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One line per row, columns separated by tabs, for the clipboard.
    QString rowText(int row) const;
    // The newest attempt in one line: operation, status, RequestId and time. Empty without one.
    QString lastRequestText() const;
    static QByteArray redactedPathAndQuery(const QByteArray &pathAndQuery);

private:
    const api::ActivityEntry *entryAt(int row) const;
    void onEntryAdded();
    void onEntriesRemoved(qsizetype count);

    QPointer<api::ActivityLog> m_log;
    int m_rows = 0;
    qsizetype m_offset = 0; // log entries before our first row
};

} // namespace gui
