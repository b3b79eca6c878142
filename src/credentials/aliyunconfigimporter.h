#pragma once

#include "credentials/importreport.h"

#include <QString>

namespace credentials {

// Reads the aliyun CLI's config.json (read-only). Every profile in a mode PaiDesk runs becomes a
// candidate, the `current` one first; the others (CloudSSO, RsaKeyPair, a missing key, ...) are
// listed as skipped with the reason. A profile without a mode gets the mode the CLI would guess
// from its fields. A file that is not JSON, or whose profiles have no name, imports nothing.
class AliyunConfigImporter
{
public:
    static QString defaultPath(); // ~/.aliyun/config.json

    static ImportReport read(const QString &path = defaultPath());
    // For tests and for text that did not come from a file; `source` names it in messages.
    static ImportReport parse(const QByteArray &json, const QString &source);
};

} // namespace credentials
