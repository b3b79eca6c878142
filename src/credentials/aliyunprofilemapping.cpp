#include "credentials/aliyunprofilemapping.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace credentials::AliyunProfileMapping {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::AliyunProfileMapping", text);
}

// The session name the aliyun CLI asks for and PaiDesk's profiles may leave empty.
QString sessionNameOf(const RoleSettings &role)
{
    return role.sessionName.isEmpty() ? u"paidesk"_s : role.sessionName;
}

} // namespace

AliyunProfileSpec toSpec(const Profile &profile, const QString &secret, const QString &token)
{
    AliyunProfileSpec spec;
    const RoleSettings &role = profile.role;
    spec.name = profile.name;
    spec.mode = credentialModeName(profile.mode);
    spec.regionId = profile.regionId;
    if (profile.hasAccessKey()) {
        spec.accessKeyId = profile.accessKeyId;
        spec.accessKeySecret = secret;
    }
    if (profile.hasSecurityToken())
        spec.stsToken = token;
    spec.ramRoleArn = role.roleArn;
    spec.ramSessionName = sessionNameOf(role);
    spec.externalId = role.externalId;
    spec.expiredSeconds = role.durationSeconds;
    spec.stsRegion = role.stsRegion;
    spec.stsEndpoint = role.stsEndpoint;
    spec.enableVpc = role.stsVpc;
    spec.sourceProfile = role.sourceProfile;
    spec.ramRoleName = role.ecsRoleName;
    spec.oidcProviderArn = role.oidcProviderArn;
    spec.oidcTokenFile = role.oidcTokenFile;
    spec.credentialsUri = role.credentialsUri;
    spec.processCommand = role.processCommand;
    return spec;
}

Mapped fromSpec(const AliyunProfileSpec &spec)
{
    Mapped mapped;
    mapped.mode = spec.effectiveMode();
    const std::optional<CredentialMode> mode = credentialModeFromName(mapped.mode);
    if (!mode) {
        mapped.skipReason =
            mapped.mode.isEmpty()
                ? tr("The profile has no mode and not enough fields to tell one.")
                : tr("Mode %1 is not supported. PaiDesk imports the modes %2.")
                      .arg(mapped.mode, ProviderBuilder::supportedModes().join(u", "_s));
        return mapped;
    }
    auto missing = [&](const char *key) {
        mapped.skipReason = tr("The key \"%1\" is missing (mode %2).")
                                .arg(QLatin1StringView(key), credentialModeName(*mode));
        return mapped;
    };

    ImportCandidate candidate;
    Profile &profile = candidate.profile;
    profile.name = spec.name;
    profile.mode = *mode;
    profile.regionId = spec.regionId.isEmpty() ? defaultRegionId() : spec.regionId;
    if (spec.enableVpc)
        profile.endpointMode = EndpointMode::Vpc;
    if (profile.hasAccessKey()) {
        if (spec.accessKeyId.isEmpty())
            return missing("access_key_id");
        if (spec.accessKeySecret.isEmpty())
            return missing("access_key_secret");
        profile.accessKeyId = spec.accessKeyId;
        candidate.accessKeySecret = spec.accessKeySecret;
    }
    if (*mode == CredentialMode::StsToken) {
        if (spec.stsToken.isEmpty())
            return missing("sts_token");
        candidate.securityToken = spec.stsToken;
    }
    if (*mode == CredentialMode::RamRoleArn && !spec.stsToken.isEmpty()) {
        // PaiDesk keeps a long-lived key for the AssumeRole call; a token beside it would expire
        // and break the profile without a word.
        mapped.skipReason = tr("Mode RamRoleArn with an sts_token is not supported: the token "
                               "would expire. Import the key's own profile and add a profile "
                               "that assumes the role with it.");
        return mapped;
    }
    RoleSettings &role = profile.role;
    role.roleArn = spec.ramRoleArn;
    role.sessionName = spec.ramSessionName;
    role.externalId = spec.externalId;
    role.durationSeconds = spec.expiredSeconds;
    role.stsRegion = spec.stsRegion;
    role.stsEndpoint = spec.stsEndpoint;
    role.stsVpc = spec.enableVpc;
    role.sourceProfile = spec.sourceProfile;
    role.ecsRoleName = spec.ramRoleName;
    role.oidcProviderArn = spec.oidcProviderArn;
    role.oidcTokenFile = spec.oidcTokenFile;
    role.credentialsUri = spec.credentialsUri;
    role.processCommand = spec.processCommand;
    // Leftover keys of another mode (a RamRoleArn's ARN on an AK profile) are not kept.
    profile.role = profile.role.forMode(profile.mode);
    if (const QString error = validateProfile(profile); !error.isEmpty()) {
        mapped.skipReason = error;
        return mapped;
    }
    mapped.candidate = candidate;
    return mapped;
}

} // namespace credentials::AliyunProfileMapping
