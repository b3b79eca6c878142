#include "credentials/aliyunconfigimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::AliyunConfigImporter", text);
}

QString field(const QJsonObject &profile, const char *key)
{
    return profile.value(QLatin1StringView(key)).toString().trimmed();
}

// The aliyun CLI fills an empty mode from the fields that are present.
QString guessMode(const QJsonObject &p)
{
    const bool akPair =
        !field(p, "access_key_id").isEmpty() && !field(p, "access_key_secret").isEmpty();
    if (akPair) {
        if (!field(p, "sts_token").isEmpty())
            return u"StsToken"_s;
        if (!field(p, "ram_role_arn").isEmpty())
            return u"RamRoleArn"_s;
        return u"AK"_s;
    }
    if (!field(p, "ram_role_name").isEmpty())
        return u"EcsRamRole"_s;
    if (!field(p, "source_profile").isEmpty())
        return u"ChainableRamRoleArn"_s;
    if (!field(p, "process_command").isEmpty())
        return u"External"_s;
    if (!field(p, "credentials_uri").isEmpty())
        return u"CredentialsURI"_s;
    if (!field(p, "oidc_provider_arn").isEmpty())
        return u"OIDC"_s;
    if (!field(p, "cloud_sso_sign_in_url").isEmpty())
        return u"CloudSSO"_s;
    if (!field(p, "private_key").isEmpty())
        return u"RsaKeyPair"_s;
    return {};
}

// Line and column (both from 1) of a byte offset, for parse error messages.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

QString AliyunConfigImporter::defaultPath()
{
    return QDir::homePath() + u"/.aliyun/config.json"_s;
}

ImportReport AliyunConfigImporter::read(const QString &path)
{
    return ImportReport::fromFile(path, &AliyunConfigImporter::parse);
}

ImportReport AliyunConfigImporter::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return ImportReport::failed(source,
                                    tr("%1, line %2, column %3: not valid JSON (%4).")
                                        .arg(source, QString::number(line), QString::number(column),
                                             parseError.errorString()));
    }
    if (!document.isObject())
        return ImportReport::failed(source,
                                    tr("%1: the top level must be a JSON object.").arg(source));
    const QJsonValue profilesValue = document.object().value(u"profiles"_s);
    if (!profilesValue.isArray())
        return ImportReport::failed(
            source, tr("%1: key \"profiles\" is missing or not a list.").arg(source));

    ImportReport report;
    report.source = source;
    QSet<QString> seen;
    const QJsonArray profiles = profilesValue.toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (!profiles.at(i).isObject())
            return ImportReport::failed(
                source,
                tr("%1: profiles[%2] is not a JSON object.").arg(source, QString::number(i)));
        const QJsonObject p = profiles.at(i).toObject();
        const QString name = field(p, "name");
        if (name.isEmpty())
            return ImportReport::failed(
                source,
                tr("%1: profiles[%2] has no key \"name\".").arg(source, QString::number(i)));
        if (seen.contains(name))
            return ImportReport::failed(
                source, tr("%1: profile \"%2\" appears more than once.").arg(source, name));
        seen.insert(name);

        QString mode = field(p, "mode");
        if (mode.isEmpty())
            mode = guessMode(p);
        if (mode != u"AK"_s && mode != u"StsToken"_s) {
            report.unsupported.append(
                {name, mode,
                 mode.isEmpty()
                     ? tr("The profile has no mode and not enough fields to tell one.")
                     : tr("Mode %1 is not supported; PaiDesk imports AK and StsToken profiles.")
                           .arg(mode)});
            continue;
        }

        const QStringList required =
            mode == u"StsToken"_s
                ? QStringList{u"access_key_id"_s, u"access_key_secret"_s, u"sts_token"_s}
                : QStringList{u"access_key_id"_s, u"access_key_secret"_s};
        for (const QString &key : required) {
            if (p.value(key).toString().trimmed().isEmpty())
                return ImportReport::failed(source,
                                            tr("%1: profile \"%2\" (mode %3) has no key \"%4\".")
                                                .arg(source, name, mode, key));
        }

        ImportCandidate candidate;
        candidate.profile.name = name;
        candidate.profile.regionId = field(p, "region_id");
        if (candidate.profile.regionId.isEmpty())
            candidate.profile.regionId = defaultRegionId();
        if (p.value(u"enable_vpc"_s).toBool())
            candidate.profile.endpointMode = EndpointMode::Vpc;
        candidate.profile.accessKeyId = field(p, "access_key_id");
        candidate.accessKeySecret = field(p, "access_key_secret");
        if (mode == u"StsToken"_s) {
            candidate.securityToken = field(p, "sts_token");
            candidate.profile.hasSecurityToken = true;
        }
        if (QString error = validateProfile(candidate.profile); !error.isEmpty())
            return ImportReport::failed(source,
                                        tr("%1: profile \"%2\": %3").arg(source, name, error));
        report.candidates.append(candidate);
    }
    return report;
}

} // namespace credentials
