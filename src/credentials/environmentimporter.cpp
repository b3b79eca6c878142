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

QString firstOf(const QProcessEnvironment &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment.value(QLatin1StringView(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool isTrue(const QProcessEnvironment &environment, const char *name)
{
    const QString value = environment.value(QLatin1StringView(name));
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1"_s;
}

// The role modes the SDKs' default chain reads from the environment, each as a profile of its
// own: "<name>-oidc", "<name>-ecs", "<name>-uri".
QList<ImportCandidate> roleCandidates(const QProcessEnvironment &env, const QString &baseName,
                                      const QString &regionId, QList<UnsupportedEntry> &skipped)
{
    QList<ImportCandidate> found;
    auto candidate = [&](const QString &suffix, CredentialMode mode) {
        ImportCandidate c;
        c.profile.name = baseName + u'-' + suffix;
        c.profile.regionId = regionId;
        c.profile.mode = mode;
        return c;
    };
    auto keep = [&](const ImportCandidate &c, const QString &variable) {
        if (const QString error = validateProfile(c.profile); !error.isEmpty())
            skipped.append({variable, credentialModeName(c.profile.mode), error});
        else
            found.append(c);
    };
    const QString roleArn = firstOf(env, {"ALIBABA_CLOUD_ROLE_ARN", "ALIBABACLOUD_ROLE_ARN"});
    const QString providerArn =
        firstOf(env, {"ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "ALIBABACLOUD_OIDC_PROVIDER_ARN"});
    const QString tokenFile =
        firstOf(env, {"ALIBABA_CLOUD_OIDC_TOKEN_FILE", "ALIBABACLOUD_OIDC_TOKEN_FILE"});
    if (!roleArn.isEmpty() && !providerArn.isEmpty() && !tokenFile.isEmpty()) {
        ImportCandidate c = candidate(u"oidc"_s, CredentialMode::Oidc);
        c.profile.role.roleArn = roleArn;
        c.profile.role.oidcProviderArn = providerArn;
        c.profile.role.oidcTokenFile = tokenFile;
        c.profile.role.sessionName = env.value(u"ALIBABA_CLOUD_ROLE_SESSION_NAME"_s);
        c.profile.role.stsRegion = env.value(u"ALIBABA_CLOUD_STS_REGION"_s);
        c.profile.role.stsEndpoint = env.value(u"ALIBABA_CLOUD_STS_ENDPOINT"_s);
        c.profile.role.stsVpc = isTrue(env, "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
        keep(c, u"ALIBABA_CLOUD_OIDC_PROVIDER_ARN"_s);
    } else if (!roleArn.isEmpty() || !providerArn.isEmpty() || !tokenFile.isEmpty()) {
        skipped.append({u"ALIBABA_CLOUD_ROLE_ARN"_s, u"OIDC"_s,
                        tr("OIDC needs ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and "
                           "ALIBABA_CLOUD_OIDC_TOKEN_FILE together; not all three are set.")});
    }
    const QString ecsRole = firstOf(env, {"ALIBABA_CLOUD_ECS_METADATA", "ALICLOUD_ECS_ROLE_NAME"});
    if (!ecsRole.isEmpty()) {
        ImportCandidate c = candidate(u"ecs"_s, CredentialMode::EcsRamRole);
        c.profile.role.ecsRoleName = ecsRole;
        keep(c, u"ALIBABA_CLOUD_ECS_METADATA"_s);
    }
    const QString uri = firstOf(env, {"ALIBABA_CLOUD_CREDENTIALS_URI", "ALICLOUD_CREDENTIALS_URI"});
    if (!uri.isEmpty()) {
        ImportCandidate c = candidate(u"uri"_s, CredentialMode::CredentialsUri);
        c.profile.role.credentialsUri = uri;
        keep(c, u"ALIBABA_CLOUD_CREDENTIALS_URI"_s);
    }
    if (!env.value(u"ALICLOUD_ASSUME_ROLE_ARN"_s).isEmpty()) {
        skipped.append({u"ALICLOUD_ASSUME_ROLE_ARN"_s, u"RamRoleArn"_s,
                        tr("The Terraform provider's assume_role is not imported: add a profile "
                           "that assumes the role with the AccessKey's profile.")});
    }
    return found;
}
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
    const EnvironmentCredentials env = EnvironmentCredentials::read(environment);
    const QString regionId = env.regionId.isEmpty() ? defaultRegionId() : env.regionId;
    report.candidates = roleCandidates(environment, profileName, regionId, report.unsupported);
    if (!env.error.isEmpty()) {
        report.error = env.error;
        report.candidates.clear();
        return report;
    }
    if (!env.found()) {
        if (report.candidates.isEmpty()) {
            report.notFound = true;
            report.error =
                tr("No credentials are set in the environment "
                   "(ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or "
                   "ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY; or the OIDC, ECS or "
                   "credentials URI variables).");
        }
        return report;
    }
    ImportCandidate candidate;
    candidate.profile.name = profileName;
    candidate.profile.regionId = regionId;
    candidate.profile.accessKeyId = env.credentials.accessKeyId;
    candidate.profile.mode =
        env.credentials.isSts() ? CredentialMode::StsToken : CredentialMode::AccessKey;
    candidate.accessKeySecret = env.credentials.accessKeySecret;
    candidate.securityToken = env.credentials.securityToken;
    if (QString error = validateProfile(candidate.profile); !error.isEmpty()) {
        report.error = error;
        report.candidates.clear();
        return report;
    }
    // The AccessKey first: it is what the variables most often hold.
    report.candidates.prepend(candidate);
    return report;
}

} // namespace credentials
