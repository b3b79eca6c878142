#pragma once

#include "credentials/importreport.h"

#include <QString>

namespace credentials {

// Reads the aliyun CLI's config.json (read-only). Profiles in mode AK and StsToken become
// candidates; every other mode is listed as unsupported with its name. A profile without a mode
// gets the mode the CLI would guess from its fields.
class AliyunConfigImporter
{
public:
    static QString defaultPath(); // ~/.aliyun/config.json

    static ImportReport read(const QString &path = defaultPath());
    // For tests and for text that did not come from a file; `source` names it in messages.
    static ImportReport parse(const QByteArray &json, const QString &source);
};

} // namespace credentials
