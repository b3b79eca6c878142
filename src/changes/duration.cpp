#include "changes/duration.h"

#include <QCoreApplication>

#include <algorithm>

namespace changes {

QString durationText(qint64 ms)
{
    const qint64 totalSeconds = std::max<qint64>(0, (ms + 500) / 1000);
    if (totalSeconds < 60)
        return QCoreApplication::translate("changes::Duration", "%n s", nullptr, int(totalSeconds));
    const qint64 minutes = totalSeconds / 60;
    const qint64 seconds = totalSeconds % 60;
    if (seconds == 0)
        return QCoreApplication::translate("changes::Duration", "%n min", nullptr, int(minutes));
    return QCoreApplication::translate("changes::Duration", "%1 min %2 s")
        .arg(minutes)
        .arg(seconds);
}

} // namespace changes
