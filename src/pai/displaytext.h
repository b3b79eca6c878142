#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pai {

// How values read to a person, the same in every view. Pure functions of the value and a locale.
namespace DisplayText {

// A parameter count with a unit of a thousand: 72700000000 -> "72.7 B", 1500000 -> "1.5 M",
// 7000000000 -> "7 B", 12000 -> "12 K", 950 -> "950". One decimal at most, none when it is 0; a
// value that rounds up to 1000 of its unit moves to the next one (999960000 -> "1 B").
QString parameterSize(qint64 count, const QLocale &locale = QLocale());

// The locale's short date and time format with the year written in full (M/d/yy h:mm AP becomes
// M/d/yyyy h:mm AP), with the seconds when `withSeconds`.
QString dateTimeFormat(const QLocale &locale = QLocale(), bool withSeconds = false);

// A moment in local time, in dateTimeFormat().
QString dateTime(const QDateTime &time, const QLocale &locale = QLocale(),
                 bool withSeconds = false);

// An ISO 8601 timestamp as the server sends it ("2024-03-01T22:26:00Z"), in local time. Empty
// stays empty; text that is not a timestamp is returned unchanged rather than hidden.
QString timestamp(const QString &iso, const QLocale &locale = QLocale());

} // namespace DisplayText

} // namespace pai
