#include "gui/models/activitylogmodel.h"

#include "api/activitylog.h"
#include "gui/common/languagechangerelay.h"
#include "pai/displaytext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gui {

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    relayLanguageChange(this, RetranslatedParts::HeadersAndData);
}

void ActivityLogModel::setLog(api::ActivityLog *log)
{
    beginResetModel();
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    m_offset = 0;
    m_rows = log ? int(log->size()) : 0;
    if (log) {
        connect(log, &api::ActivityLog::entryAdded, this, &ActivityLogModel::onEntryAdded);
        connect(log, &api::ActivityLog::entriesRemoved, this, &ActivityLogModel::onEntriesRemoved);
        connect(log, &api::ActivityLog::cleared, this, [this] {
            beginResetModel();
            m_rows = 0;
            m_offset = 0;
            endResetModel();
        });
        connect(log, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows = 0;
            endResetModel();
        });
    }
    endResetModel();
}

void ActivityLogModel::onEntryAdded()
{
    // The log has already grown at its end; our rows keep their entries while we announce.
    const int size = int(m_log->size() - m_offset);
    if (size <= m_rows)
        return;
    beginInsertRows({}, m_rows, size - 1);
    m_rows = size;
    endInsertRows();
}

void ActivityLogModel::onEntriesRemoved(qsizetype count)
{
    // The log dropped its oldest `count` entries before telling us. While the removal is
    // announced, the surviving rows must still find their entries, the leaving ones none.
    m_offset -= count;
    const int removed = int(std::clamp<qsizetype>(-m_offset, 0, m_rows));
    if (removed == 0)
        return;
    beginRemoveRows({}, 0, removed - 1);
    m_rows -= removed;
    m_offset += removed;
    endRemoveRows();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const api::ActivityEntry *ActivityLogModel::entryAt(int row) const
{
    const qsizetype at = m_offset + row;
    return at >= 0 && at < m_log->size() ? &m_log->entries().at(at) : nullptr;
}

QByteArray ActivityLogModel::redactedPathAndQuery(const QByteArray &pathAndQuery)
{
    const qsizetype question = pathAndQuery.indexOf('?');
    if (question < 0)
        return pathAndQuery;
    QByteArray out = pathAndQuery.left(question + 1);
    const QList<QByteArray> items = pathAndQuery.mid(question + 1).split('&');
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray &item = items.at(i);
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = (equals < 0 ? item : item.left(equals)).toLower();
        if (i > 0)
            out += '&';
        if (equals >= 0 &&
            (name.contains("secret") || name.contains("token") || name.contains("signature") ||
             name.contains("password") || name.contains("authorization")))
            out += item.left(equals + 1) + api::ActivityLog::RedactedMarker;
        else
            out += item;
    }
    return out;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_log ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::ActivityEntry *found = entryAt(index.row());
    if (!found)
        return {};
    const api::ActivityEntry &entry = *found;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            // Local time with the year; the tooltip has the UTC time to the millisecond.
            return role == Qt::ToolTipRole
                       ? entry.time.toString(Qt::ISODateWithMs)
                       : pai::DisplayText::dateTime(entry.time, QLocale(), true);
        case OperationColumn:
            return entry.target.isEmpty() ? entry.operation
                                          : tr("%1 (%2)").arg(entry.operation, entry.target);
        case RequestColumn:
            return QString::fromLatin1(entry.method) + u' ' +
                   QString::fromUtf8(redactedPathAndQuery(entry.pathAndQuery));
        case StatusColumn:
            if (role == Qt::ToolTipRole && !entry.message.isEmpty())
                return entry.message;
            return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : entry.outcome;
        case CodeColumn:
            return entry.code;
        case RequestIdColumn:
            return entry.requestId;
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(entry.durationMs));
        case RetriesColumn:
            return entry.attempt - 1;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == DurationColumn || index.column() == RetriesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("HTTP");
    case CodeColumn:
        return tr("Code");
    case RequestIdColumn:
        return tr("RequestId");
    case DurationColumn:
        return tr("Duration");
    case RetriesColumn:
        return tr("Retries");
    case ColumnCount:
        break;
    }
    return {};
}

QString ActivityLogModel::lastRequestText() const
{
    const api::ActivityEntry *entry = m_rows > 0 ? entryAt(m_rows - 1) : nullptr;
    if (!entry)
        return {};
    const int row = m_rows - 1;
    const QString operation = data(index(row, OperationColumn)).toString();
    QString status = data(index(row, StatusColumn)).toString();
    if (!entry->code.isEmpty())
        status = tr("%1 %2").arg(status, entry->code);
    const QString time = data(index(row, TimeColumn)).toString();
    if (entry->requestId.isEmpty()) {
        //: The last request in one line: operation, HTTP status or outcome, time
        return tr("%1 · %2 · %3").arg(operation, status, time);
    }
    //: The last request in one line: operation, HTTP status or outcome, RequestId, time
    return tr("%1 · %2 · RequestId %3 · %4").arg(operation, status, entry->requestId, time);
}

QString ActivityLogModel::rowText(int row) const
{
    const api::ActivityEntry *entry = row >= 0 && row < m_rows ? entryAt(row) : nullptr;
    if (!entry)
        return {};
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts.append(data(index(row, column)).toString());
    parts[TimeColumn] = entry->time.toString(Qt::ISODateWithMs);
    if (!entry->message.isEmpty())
        parts.append(entry->message);
    return parts.join(u'\t');
}

} // namespace gui
