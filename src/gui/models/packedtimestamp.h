#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace gui::PackedTimestamp {

// A time as the server writes it, ISO 8601 in UTC with or without milliseconds
// ("2024-03-01T08:00:00Z", "2024-03-01T08:00:00.250Z"), as a number: the row of a loaded model
// keeps 8 bytes for it instead of a QString and its 64-byte text.
struct Packed
{
    qint64 msecsSinceEpoch = 0;
    bool withMilliseconds = false;
};

// Set only when unpack() gives back exactly `text`; any other spelling stays text.
std::optional<Packed> pack(QStringView text);
QString unpack(qint64 msecsSinceEpoch, bool withMilliseconds);

} // namespace gui::PackedTimestamp
