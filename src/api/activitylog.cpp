#include "api/activitylog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace api {

ActivityLog::ActivityLog(QObject *parent)
    : QObject(parent)
{}

bool ActivityLog::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "x-acs-security-token";
}

void ActivityLog::append(ActivityEntry entry)
{
    for (auto &[name, value] : entry.requestHeaders) {
        if (isSecretHeader(name))
            value = RedactedMarker;
    }
    m_entries.append(entry);
    Q_EMIT entryAdded(m_entries.constLast());
    if (m_entries.size() > m_maxEntries) {
        const qsizetype excess = m_entries.size() - m_maxEntries;
        m_entries.remove(0, excess);
        Q_EMIT entriesRemoved(excess);
    }
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

void ActivityLog::setMaxEntries(qsizetype maxEntries)
{
    m_maxEntries = std::max<qsizetype>(1, maxEntries);
    if (m_entries.size() > m_maxEntries) {
        const qsizetype excess = m_entries.size() - m_maxEntries;
        m_entries.remove(0, excess);
        Q_EMIT entriesRemoved(excess);
    }
}

QByteArray ActivityLog::toJsonLines() const
{
    QByteArray out;
    for (const ActivityEntry &entry : m_entries) {
        QJsonObject headers;
        for (const auto &[name, value] : entry.requestHeaders)
            headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        const QJsonObject object{
            {u"time"_s, entry.time.toString(Qt::ISODateWithMs)},
            {u"operation"_s, entry.operation},
            {u"target"_s, entry.target},
            {u"method"_s, QString::fromLatin1(entry.method)},
            {u"pathAndQuery"_s, QString::fromUtf8(entry.pathAndQuery)},
            {u"requestHeaders"_s, headers},
            {u"httpStatus"_s, entry.httpStatus},
            {u"code"_s, entry.code},
            {u"requestId"_s, entry.requestId},
            {u"outcome"_s, entry.outcome},
            {u"message"_s, entry.message},
            {u"durationMs"_s, entry.durationMs},
            {u"attempt"_s, entry.attempt},
        };
        out += QJsonDocument(object).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace api
