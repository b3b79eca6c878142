#pragma once

#include "api/activitylog.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace gui {

// Help > Copy Diagnostics: what a bug report needs to start with. It is built only from facts
// that hold no secret (versions, platform, locale, the endpoint's host, and of the failed
// attempts only time, operation, HTTP status, Code, RequestId and message), and the messages are
// scrubbed as well, because a server may echo what it was sent.
class DiagnosticsReport
{
public:
    static constexpr int MaxErrors = 10;

    static QString build(const QUrl &endpoint, const QList<api::ActivityEntry> &activity);
    // Masks AccessKey IDs, tokens and Authorization values that a message may carry.
    static QString scrub(QString text);
};

} // namespace gui
