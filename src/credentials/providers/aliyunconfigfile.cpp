#include "credentials/providers/aliyunconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {

constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::AliyunConfigFile", text);
}

} // namespace

QString AliyunConfigFile::path(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(u"ALIBABA_CLOUD_CONFIG_FILE"_s);
    if (!configured.isEmpty())
        return configured;
    return QDir::homePath() + u"/.aliyun/config.json"_s;
}

AliyunConfig AliyunConfigFile::parse(const QByteArray &bytes, const QString &path)
{
    AliyunConfig config;
    config.path = path;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        config.error = tr("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return config;
    }
    const QJsonObject root = document.object();
    config.current = root.value(u"current"_s).toString();
    const QJsonValue profiles = root.value(u"profiles"_s);
    if (!profiles.isArray()) {
        config.error = tr("%1 has no \"profiles\" list.").arg(path);
        return config;
    }
    for (const QJsonValue &value : profiles.toArray()) {
        if (!value.isObject())
            continue;
        AliyunProfileSpec spec = AliyunProfileSpec::fromJson(value.toObject());
        if (!spec.name.isEmpty())
            config.profiles.append(spec);
    }
    return config;
}

AliyunConfig AliyunConfigFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        AliyunConfig config;
        config.path = path;
        config.notFound = true;
        config.error = tr("%1 does not exist.").arg(path);
        return config;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        AliyunConfig config;
        config.path = path;
        config.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return config;
    }
    return parse(file.read(MaxConfigBytes), path);
}

} // namespace credentials
