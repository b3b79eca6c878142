#include "credentials/environmentimporter.h"

#include "credentials/environmentcredentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::EnvironmentImporter", text);
}

struct OtherMode
{
    QString variable;
    QString mode;
};

const OtherMode OtherModes[] = {
    {u"ALIBABA_CLOUD_ROLE_ARN"_s, u"RamRoleArn / OIDC"_s},
    {u"ALIBABA_CLOUD_OIDC_PROVIDER_ARN"_s, u"OIDC"_s},
    {u"ALIBABA_CLOUD_CREDENTIALS_URI"_s, u"CredentialsURI"_s},
    {u"ALIBABA_CLOUD_ECS_METADATA"_s, u"EcsRamRole"_s},
    {u"ALICLOUD_ASSUME_ROLE_ARN"_s, u"RamRoleArn"_s},
};
} // namespace

QString EnvironmentImporter::defaultProfileName()
{
    return u"environment"_s;
}

ImportReport EnvironmentImporter::read(const QProcessEnvironment &environment,
                                       const QString &profileName)
{
    ImportReport report;
    report.source = tr("environment");
    for (const OtherMode &other : OtherModes) {
        if (!environment.value(other.variable).isEmpty())
            report.unsupported.append(
                {other.variable, other.mode,
                 tr("%1 is set; mode %2 is not supported.").arg(other.variable, other.mode)});
    }

    const EnvironmentCredentials env = EnvironmentCredentials::read(environment);
    if (!env.error.isEmpty()) {
        report.error = env.error;
        return report;
    }
    if (!env.found()) {
        report.notFound = true;
        report.error = tr("No AccessKey is set in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID "
                          "and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or ALICLOUD_ACCESS_KEY and "
                          "ALICLOUD_SECRET_KEY).");
        return report;
    }
    ImportCandidate candidate;
    candidate.profile.name = profileName;
    candidate.profile.regionId = env.regionId.isEmpty() ? defaultRegionId() : env.regionId;
    candidate.profile.accessKeyId = env.credentials.accessKeyId;
    candidate.profile.mode =
        env.credentials.isSts() ? CredentialMode::StsToken : CredentialMode::AccessKey;
    candidate.accessKeySecret = env.credentials.accessKeySecret;
    candidate.securityToken = env.credentials.securityToken;
    if (QString error = validateProfile(candidate.profile); !error.isEmpty()) {
        report.error = error;
        return report;
    }
    report.candidates.append(candidate);
    return report;
}

} // namespace credentials
