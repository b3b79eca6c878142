#pragma once

#include "credentials/providers/providerbuilder.h"

#include <QProcessEnvironment>

namespace credentials {

// ~/.aliyun/config.json read for its credentials, every mode included: what the CLI's
// --aliyun-profile and the default chain use directly, without copying a secret anywhere.
struct AliyunConfig
{
    QString path;
    QString current;
    QList<AliyunProfileSpec> profiles;
    QString error; // translated; set when the file could not be read or parsed
    bool notFound = false;
};

namespace AliyunConfigFile {
// ALIBABA_CLOUD_CONFIG_FILE, else <home>/.aliyun/config.json.
QString path(const QProcessEnvironment &environment);
AliyunConfig parse(const QByteArray &bytes, const QString &path);
AliyunConfig read(const QString &path);
} // namespace AliyunConfigFile

} // namespace credentials
