#include "credentials/environmentimporter.h"

#include "credentials/aliyunprofilemapping.h"
#include "credentials/environmentcredentials.h"
#include "credentials/environmentroles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::EnvironmentImporter", text);
}

// The role modes the SDKs' default chain reads from the environment, each as a profile of its
// own: "<name>-oidc", "<name>-ecs", "<name>-uri".
QList<ImportCandidate> roleCandidates(const QProcessEnvironment &env, const QString &baseName,
                                      const QString &regionId, QList<SkippedEntry> &skipped)
{
    QList<ImportCandidate> found;
    // Mapped as a config.json profile would be, so the same rules check them.
    auto keep = [&](const std::optional<AliyunProfileSpec> &spec, const QString &variable) {
        if (!spec)
            return;
        AliyunProfileSpec withRegion = *spec;
        withRegion.regionId = regionId;
        const AliyunProfileMapping::Mapped mapped = AliyunProfileMapping::fromSpec(withRegion);
        if (mapped.candidate) {
            // ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED is about STS's host; the API's endpoint stays
            // the region's public one, as the default chain uses it.
            ImportCandidate candidate = *mapped.candidate;
            candidate.profile.endpointMode = EndpointMode::Public;
            found.append(candidate);
        } else
            skipped.append({variable, mapped.mode, mapped.skipReason});
    };
    keep(EnvironmentRoles::oidc(env, baseName + u"-oidc"_s), u"ALIBABA_CLOUD_OIDC_PROVIDER_ARN"_s);
    if (EnvironmentRoles::oidcPartlySet(env)) {
        skipped.append({u"ALIBABA_CLOUD_ROLE_ARN"_s, u"OIDC"_s,
                        tr("OIDC needs ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and "
                           "ALIBABA_CLOUD_OIDC_TOKEN_FILE together; not all three are set.")});
    }
    keep(EnvironmentRoles::ecsRole(env, baseName + u"-ecs"_s), u"ALIBABA_CLOUD_ECS_METADATA"_s);
    keep(EnvironmentRoles::credentialsUri(env, baseName + u"-uri"_s),
         u"ALIBABA_CLOUD_CREDENTIALS_URI"_s);
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
    report.candidates = roleCandidates(environment, profileName, regionId, report.skipped);
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
