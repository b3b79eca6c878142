#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>

namespace bench {

// Widgets without a display: the benchmarks measure the models and views, not a window system.
inline void useOffscreenUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Resident set size of this process, in bytes (Linux).
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

template<typename T> T median(QList<T> values)
{
    if (values.isEmpty())
        return T();
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace bench
