#include "credentials/profile.h"

#include "credentials/providers/stsfetchers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
constexpr qsizetype MaxNameLength = 64;

// lupdate files tr() calls in free functions under the namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials", text);
}
} // namespace

QString defaultRegionId()
{
    return u"cn-hangzhou"_s;
}

QString endpointModeName(EndpointMode mode)
{
    switch (mode) {
    case EndpointMode::Public:
        return u"public"_s;
    case EndpointMode::Vpc:
        return u"vpc"_s;
    case EndpointMode::Custom:
        return u"custom"_s;
    }
    return u"public"_s;
}

std::optional<EndpointMode> endpointModeFromName(const QString &name)
{
    for (auto mode : {EndpointMode::Public, EndpointMode::Vpc, EndpointMode::Custom}) {
        if (endpointModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

bool Profile::hasAccessKey() const
{
    return mode == CredentialMode::AccessKey || mode == CredentialMode::StsToken ||
           mode == CredentialMode::RamRoleArn;
}

bool assumesRole(CredentialMode mode)
{
    return mode == CredentialMode::RamRoleArn || mode == CredentialMode::ChainableRamRoleArn ||
           mode == CredentialMode::Oidc;
}

bool modeUses(CredentialMode mode, RoleField field)
{
    switch (field) {
    case RoleField::RoleArn:
    case RoleField::SessionName:
    case RoleField::Duration:
    case RoleField::StsHost:
        return assumesRole(mode);
    case RoleField::ExternalId: // AssumeRoleWithOIDC takes none
        return assumesRole(mode) && mode != CredentialMode::Oidc;
    case RoleField::SourceProfile:
        return mode == CredentialMode::ChainableRamRoleArn;
    case RoleField::EcsRoleName:
        return mode == CredentialMode::EcsRamRole;
    case RoleField::OidcProviderArn:
    case RoleField::OidcTokenFile:
        return mode == CredentialMode::Oidc;
    case RoleField::CredentialsUri:
        return mode == CredentialMode::CredentialsUri;
    case RoleField::ProcessCommand:
        return mode == CredentialMode::External;
    }
    return false;
}

RoleSettings RoleSettings::forMode(CredentialMode mode) const
{
    RoleSettings kept;
    const auto keep = [&](RoleField field, auto member) {
        if (modeUses(mode, field))
            kept.*member = this->*member;
    };
    keep(RoleField::RoleArn, &RoleSettings::roleArn);
    keep(RoleField::SessionName, &RoleSettings::sessionName);
    keep(RoleField::ExternalId, &RoleSettings::externalId);
    keep(RoleField::Duration, &RoleSettings::durationSeconds);
    keep(RoleField::StsHost, &RoleSettings::stsRegion);
    keep(RoleField::StsHost, &RoleSettings::stsEndpoint);
    keep(RoleField::StsHost, &RoleSettings::stsVpc);
    keep(RoleField::SourceProfile, &RoleSettings::sourceProfile);
    keep(RoleField::EcsRoleName, &RoleSettings::ecsRoleName);
    keep(RoleField::OidcProviderArn, &RoleSettings::oidcProviderArn);
    keep(RoleField::OidcTokenFile, &RoleSettings::oidcTokenFile);
    keep(RoleField::CredentialsUri, &RoleSettings::credentialsUri);
    keep(RoleField::ProcessCommand, &RoleSettings::processCommand);
    return kept;
}

QString validateSourceChain(const Profile &profile, const QList<Profile> &all)
{
    QStringList chain{profile.name};
    Profile link = profile;
    while (link.mode == CredentialMode::ChainableRamRoleArn) {
        const QString source = link.role.sourceProfile;
        if (chain.contains(source)) {
            return tr("Source profile: the source profiles form a cycle: %1.")
                .arg((chain + QStringList{source}).join(u" \u2192 "_s));
        }
        const auto found = std::find_if(all.cbegin(), all.cend(),
                                        [&](const Profile &p) { return p.name == source; });
        if (found == all.cend()) {
            return chain.size() == 1
                       ? tr("Source profile: there is no profile named \"%1\".").arg(source)
                       : tr("Source profile: \"%1\" names the source profile \"%2\", which does "
                            "not exist.")
                             .arg(chain.last(), source);
        }
        chain.append(source);
        link = *found;
    }
    return {};
}

QStringList dependentsOf(const QString &name, const QList<Profile> &all)
{
    QStringList dependents;
    for (const Profile &p : all) {
        if (p.mode == CredentialMode::ChainableRamRoleArn && p.role.sourceProfile == name)
            dependents.append(p.name);
    }
    return dependents;
}

QString credentialModeName(CredentialMode mode)
{
    switch (mode) {
    case CredentialMode::AccessKey:
        return u"AK"_s;
    case CredentialMode::StsToken:
        return u"StsToken"_s;
    case CredentialMode::RamRoleArn:
        return u"RamRoleArn"_s;
    case CredentialMode::ChainableRamRoleArn:
        return u"ChainableRamRoleArn"_s;
    case CredentialMode::EcsRamRole:
        return u"EcsRamRole"_s;
    case CredentialMode::Oidc:
        return u"OIDC"_s;
    case CredentialMode::CredentialsUri:
        return u"CredentialsURI"_s;
    case CredentialMode::External:
        return u"External"_s;
    }
    return u"AK"_s;
}

QList<CredentialMode> allCredentialModes()
{
    return {CredentialMode::AccessKey,      CredentialMode::StsToken,
            CredentialMode::RamRoleArn,     CredentialMode::ChainableRamRoleArn,
            CredentialMode::EcsRamRole,     CredentialMode::Oidc,
            CredentialMode::CredentialsUri, CredentialMode::External};
}

std::optional<CredentialMode> credentialModeFromName(const QString &name)
{
    for (CredentialMode mode : allCredentialModes()) {
        // The CLI compares exactly; "oidc" or "ak" in a hand-edited file are still meant.
        if (credentialModeName(mode).compare(name, Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString credentialModeTitle(CredentialMode mode)
{
    switch (mode) {
    case CredentialMode::AccessKey:
        return tr("AccessKey");
    case CredentialMode::StsToken:
        return tr("AccessKey with STS token");
    case CredentialMode::RamRoleArn:
        return tr("RAM role, assumed with an AccessKey");
    case CredentialMode::ChainableRamRoleArn:
        return tr("RAM role, assumed with another profile");
    case CredentialMode::EcsRamRole:
        return tr("ECS instance RAM role");
    case CredentialMode::Oidc:
        return tr("OIDC role (Kubernetes RRSA)");
    case CredentialMode::CredentialsUri:
        return tr("Credentials URI");
    case CredentialMode::External:
        return tr("External process");
    }
    return {};
}

QString validateProfileName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Profile name: enter a name.");
    if (name != name.trimmed())
        return tr("Profile name: remove the spaces at the start or end.");
    if (name.size() > MaxNameLength)
        return tr("Profile name: use at most %1 characters.").arg(MaxNameLength);
    for (QChar c : name) {
        if (c == u':' || c.category() == QChar::Other_Control)
            return tr("Profile name: ':' and control characters are not allowed.");
    }
    return {};
}

QString validateProfile(const Profile &profile)
{
    if (QString nameError = validateProfileName(profile.name); !nameError.isEmpty())
        return nameError;
    if (profile.regionId.isEmpty())
        return tr("Region: choose a region.");
    if (profile.endpointMode != EndpointMode::Custom) {
        if (const api::Endpoint endpoint = endpointFor(profile); !endpoint.isValid())
            return tr("Region: %1").arg(endpoint.errorString());
    }
    if (profile.endpointMode == EndpointMode::Custom) {
        if (profile.customEndpoint.isEmpty())
            return tr("Endpoint URL: enter the URL of the endpoint.");
        if (const api::Endpoint endpoint = endpointFor(profile); !endpoint.isValid())
            return tr("Endpoint URL: %1").arg(endpoint.errorString());
    }
    if (!profile.proxyUrl.trimmed().isEmpty()) {
        QString why;
        const QNetworkProxy proxy = api::ProxyRules::parseProxyUrl(profile.proxyUrl, &why);
        if (!why.isEmpty())
            return tr("Proxy: %1").arg(why);
        // Profiles are plain settings, and secrets never go there.
        if (!proxy.password().isEmpty()) {
            return tr("Proxy: remove the password from the URL; profiles are stored as plain "
                      "settings. Set HTTPS_PROXY in the environment for a proxy that needs one.");
        }
    }
    if (profile.hasAccessKey()) {
        if (profile.accessKeyId.trimmed().isEmpty())
            return tr("AccessKey ID: enter the AccessKey ID.");
        if (profile.accessKeyId != profile.accessKeyId.trimmed())
            return tr("AccessKey ID: remove the spaces at the start or end.");
    }
    return validateRoleSettings(profile);
}

QString validateRoleSettings(const Profile &profile)
{
    const RoleSettings &role = profile.role;
    const CredentialMode mode = profile.mode;
    if (assumesRole(mode)) {
        // STS checks the account and the name; only the shape is ours to check.
        static const QRegularExpression roleArn(u"^acs:ram::[^:\\s]+:role/\\S+$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        if (role.roleArn.trimmed().isEmpty())
            return tr("Role ARN: enter the ARN of the role to assume.");
        if (!roleArn.match(role.roleArn).hasMatch())
            return tr("Role ARN: use the form acs:ram::<account ID>:role/<role name>.");
        static const QRegularExpression sessionName(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
        if (!role.sessionName.isEmpty() && !sessionName.match(role.sessionName).hasMatch())
            return tr("Session name: use 2 to 64 letters, digits and the characters . @ - _.");
        if (role.durationSeconds != 0 &&
            (role.durationSeconds < MinSessionSeconds || role.durationSeconds > MaxSessionSeconds))
            return tr("Session duration: use 900 to 43200 seconds, or 0 for STS's default of "
                      "3600.");
        QString why;
        if (StsRequests::endpointFor(role.stsEndpoint, role.stsRegion, role.stsVpc, &why).isEmpty())
            return tr("STS endpoint: %1").arg(why);
        // STS's VPC host is regional: without a region the switch would quietly mean the public
        // global host.
        if (role.stsVpc && role.stsEndpoint.trimmed().isEmpty() &&
            role.stsRegion.trimmed().isEmpty())
            return tr("STS endpoint: the VPC host needs an STS region (sts_region).");
    }
    switch (mode) {
    case CredentialMode::ChainableRamRoleArn:
        if (role.sourceProfile.isEmpty())
            return tr("Source profile: choose the profile whose key assumes the role.");
        if (role.sourceProfile == profile.name)
            return tr("Source profile: a profile cannot be its own source.");
        break;
    case CredentialMode::Oidc:
        if (!role.oidcProviderArn.startsWith(u"acs:ram::"_s, Qt::CaseInsensitive) ||
            !role.oidcProviderArn.contains(u":oidc-provider/"_s, Qt::CaseInsensitive))
            return tr("OIDC provider ARN: use the form "
                      "acs:ram::<account ID>:oidc-provider/<provider name>.");
        if (role.oidcTokenFile.trimmed().isEmpty())
            return tr("OIDC token file: enter the path of the token file.");
        break;
    case CredentialMode::EcsRamRole: {
        static const QRegularExpression roleName(u"^[A-Za-z0-9.-]{0,64}$"_s);
        if (!roleName.match(role.ecsRoleName).hasMatch())
            return tr("ECS role name: use at most 64 letters, digits, '.' and '-', or leave it "
                      "empty for the role attached to the instance.");
        break;
    }
    case CredentialMode::CredentialsUri: {
        const QUrl uri(role.credentialsUri, QUrl::StrictMode);
        if (role.credentialsUri.trimmed().isEmpty())
            return tr("Credentials URI: enter the URL that serves the credentials.");
        if (!uri.isValid() || uri.host().isEmpty() ||
            (uri.scheme() != u"http"_s && uri.scheme() != u"https"_s))
            return tr("Credentials URI: enter an http or https URL.");
        break;
    }
    case CredentialMode::External:
        if (role.processCommand.trimmed().isEmpty())
            return tr("Command: enter the command that prints the credentials.");
        break;
    default:
        break;
    }
    return {};
}

api::Endpoint endpointFor(const Profile &profile)
{
    switch (profile.endpointMode) {
    case EndpointMode::Custom:
        return api::Endpoint::fromUrl(profile.customEndpoint);
    case EndpointMode::Vpc:
        return api::Endpoint::forRegion(profile.regionId, api::Endpoint::Network::Vpc);
    case EndpointMode::Public:
        break;
    }
    return api::Endpoint::forRegion(profile.regionId, api::Endpoint::Network::Public);
}

// Unqualified, because lupdate loses the translation context of a definition whose return type
// names another namespace.
using api::NetworkSettings;

NetworkSettings networkSettingsFor(const Profile &profile, const QProcessEnvironment &environment,
                                   QString *error)
{
    NetworkSettings settings;
    error->clear();
    QString environmentError;
    settings.proxy = api::ProxyRules::fromEnvironment(environment, &environmentError);
    if (!profile.proxyUrl.trimmed().isEmpty()) {
        QString why;
        settings.proxy.setExplicitProxy(api::ProxyRules::parseProxyUrl(profile.proxyUrl, &why));
        if (!why.isEmpty()) {
            *error = tr("Profile \"%1\", proxy: %2").arg(profile.name, why);
            return {};
        }
    } else if (!environmentError.isEmpty()) {
        *error = environmentError;
        return {};
    }
    if (!profile.caCertificatesFile.isEmpty()) {
        QString why;
        settings.extraCaCertificates =
            NetworkSettings::readCaFile(profile.caCertificatesFile, &why);
        if (!why.isEmpty()) {
            *error = tr("Profile \"%1\": %2").arg(profile.name, why);
            return {};
        }
    }
    return settings;
}

} // namespace credentials
