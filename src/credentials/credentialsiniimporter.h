#pragma once

#include "credentials/importreport.h"

#include <QString>

namespace credentials {

// Reads the Alibaba Cloud SDKs' shared credentials file (read-only). Sections with
// `type = access_key` become candidates; other types, and sections switched off with
// `enable = false`, are listed as skipped, with the reason.
class CredentialsIniImporter
{
public:
    static QString defaultPath(); // ~/.alibabacloud/credentials.ini

    static ImportReport read(const QString &path = defaultPath());
    static ImportReport parse(const QByteArray &text, const QString &source);
};

} // namespace credentials
