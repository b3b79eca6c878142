#pragma once

#include "api/signer.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace api {

// One attempt of one call, as the activity view shows it. Secrets never get here: the request
// headers are stored with Authorization and the security token replaced by a marker.
struct ActivityEntry
{
    QDateTime time;    // when the attempt started (UTC)
    QString operation; // "ListModels"
    QString target;    // model or workspace ID, page number, ...
    QByteArray method;
    QByteArray pathAndQuery;   // exactly as signed and sent
    HeaderList requestHeaders; // redacted
    int httpStatus = 0;        // 0: no HTTP answer
    QString code;
    QString requestId;
    QString outcome; // "ok", "retry", "failed", "timeout", "canceled"
    QString message;
    qint64 durationMs = 0;
    int attempt = 1; // 1 for the first try; attempt - 1 is the retry count
};

// An in-memory record of every attempt the client made, newest last, capped in size.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    static constexpr char RedactedMarker[] = "<redacted>";

    explicit ActivityLog(QObject *parent = nullptr);

    void append(ActivityEntry entry);
    const QList<ActivityEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    void clear();
    void setMaxEntries(qsizetype maxEntries);

    // One JSON object per line, for "save log" and bug reports.
    QByteArray toJsonLines() const;
    static bool isSecretHeader(const QByteArray &name);

Q_SIGNALS:
    void entryAdded(const api::ActivityEntry &entry);
    void entriesRemoved(qsizetype count); // the oldest `count` entries were dropped
    void cleared();

private:
    QList<ActivityEntry> m_entries;
    qsizetype m_maxEntries = 5000;
};

} // namespace api

Q_DECLARE_METATYPE(api::ActivityEntry)
