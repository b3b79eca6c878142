#pragma once

#include "api/endpoint.h"
#include "api/networksettings.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace credentials {

// How a profile reaches the AIWorkspace API: the region's public host, its VPC host, or a URL the
// user typed (a proxy, a private gateway or the sandbox).
enum class EndpointMode { Public, Vpc, Custom };

// How a profile gets its key, as the aliyun CLI's modes: a long-lived AccessKey (with an STS
// token for StsToken), or temporary credentials from STS, the ECS metadata service, a URI or a
// process, refreshed before they expire (see credentials/providers).
enum class CredentialMode {
    AccessKey,
    StsToken,
    RamRoleArn,
    ChainableRamRoleArn,
    EcsRamRole,
    Oidc,
    CredentialsUri,
    External,
};

// The settings of the role modes. All plain: ARNs, names, paths, a URI and a command are not
// secrets. A command that needs a secret reads it from somewhere else, as the aliyun CLI's does.
struct RoleSettings
{
    QString roleArn;         // RamRoleArn, ChainableRamRoleArn, Oidc
    QString sessionName;     // the same; empty: "paidesk"
    QString externalId;      // RamRoleArn, ChainableRamRoleArn
    int durationSeconds = 0; // 0: STS's default, 3600; else 900..43200
    QString stsRegion;       // empty: the global host sts.aliyuncs.com
    QString stsEndpoint;     // a host or URL that wins over the region's
    bool stsVpc = false;     // sts-vpc.<region>.aliyuncs.com
    QString sourceProfile;   // ChainableRamRoleArn
    QString ecsRoleName;     // EcsRamRole; empty: the instance's attached role
    QString oidcProviderArn; // Oidc
    QString oidcTokenFile;   // Oidc; re-read on every refresh
    QString credentialsUri;  // CredentialsUri
    QString processCommand;  // External; run without a shell

    // Only the settings `mode` uses; the others cleared, so a profile stores what it runs on.
    RoleSettings forMode(CredentialMode mode) const;

    friend bool operator==(const RoleSettings &, const RoleSettings &) = default;
};

// The modes that call STS to assume a role: RamRoleArn, ChainableRamRoleArn and OIDC.
bool assumesRole(CredentialMode mode);

// The role settings, one per field a form shows (the STS host is one: region, endpoint, VPC).
enum class RoleField {
    RoleArn,
    SessionName,
    ExternalId,
    Duration,
    StsHost,
    SourceProfile,
    EcsRoleName,
    OidcProviderArn,
    OidcTokenFile,
    CredentialsUri,
    ProcessCommand,
};
// Whether `mode` runs on `field`: the one rule behind RoleSettings::forMode() and the rows the
// profile form shows.
bool modeUses(CredentialMode mode, RoleField field);

// Everything about a profile except its secrets. The AccessKey secret and the STS token live only
// in the system keychain (see CredentialStore); this type is safe to write to QSettings.
struct Profile
{
    QString name;
    QString regionId;
    EndpointMode endpointMode = EndpointMode::Public;
    QUrl customEndpoint; // only with EndpointMode::Custom
    CredentialMode mode = CredentialMode::AccessKey;
    QString accessKeyId; // AccessKey, StsToken, RamRoleArn
    RoleSettings role;   // the role modes
    // Empty: HTTPS_PROXY and the rest of the environment decide (see api::ProxyRules). NO_PROXY
    // still applies to this proxy.
    QString proxyUrl;
    // PEM bundle of CAs trusted in addition to the system's, for a proxy that inspects TLS.
    QString caCertificatesFile;

    // The keychain holds an STS token for this profile.
    bool hasSecurityToken() const { return mode == CredentialMode::StsToken; }
    // The keychain holds an AccessKey secret for this profile.
    bool hasAccessKey() const;
    // The key is temporary and fetched by a provider (everything but AccessKey and StsToken).
    bool isTemporary() const { return !hasAccessKey() || mode == CredentialMode::RamRoleArn; }

    friend bool operator==(const Profile &, const Profile &) = default;
};

// The region a profile gets when its source names none.
QString defaultRegionId();

// Stable names used in settings files and on the command line: "public", "vpc", "custom".
QString endpointModeName(EndpointMode mode);
std::optional<EndpointMode> endpointModeFromName(const QString &name);

// The aliyun CLI's names, used in settings files and on the command line: "AK", "StsToken",
// "RamRoleArn", "ChainableRamRoleArn", "EcsRamRole", "OIDC", "CredentialsURI", "External".
QString credentialModeName(CredentialMode mode);
std::optional<CredentialMode> credentialModeFromName(const QString &name);
QList<CredentialMode> allCredentialModes();
// Translated, for people: "AccessKey", "RAM role (AssumeRole)", ...
QString credentialModeTitle(CredentialMode mode);

// Empty when `name` is usable as a profile name; otherwise a translated message naming the rule.
// Names become part of keychain keys ("<name>:access-key-secret"), so ':' and control characters
// are refused.
QString validateProfileName(const QString &name);

// Every rule a profile must satisfy before it is saved, the first broken one as a translated
// message naming the field; empty when the profile is valid.
QString validateProfile(const Profile &profile);
// The part of validateProfile() about the mode's own settings (role, session, STS host, ...).
QString validateRoleSettings(const Profile &profile);
// A ChainableRamRoleArn profile's chain of source profiles among `all` (which holds `profile`
// or an older version of it under the same name): a translated message naming the missing
// source or the cycle, empty when the chain ends in a profile of another mode.
QString validateSourceChain(const Profile &profile, const QList<Profile> &all);
// The profiles of `all` that name `name` as their source profile.
QStringList dependentsOf(const QString &name, const QList<Profile> &all);

// STS's limits on DurationSeconds.
constexpr int MinSessionSeconds = 900;
constexpr int MaxSessionSeconds = 43200;

// Where the profile's requests go: the region's public or VPC host, or its custom URL. Check
// isValid() / errorString() on the result.
api::Endpoint endpointFor(const Profile &profile);

// How the profile's requests reach the endpoint: its proxy (else the environment's), NO_PROXY,
// and the certificates of its CA file. On trouble sets `error` to a translated message naming
// the field, the variable or the file. The file is read here, at use, not when the profile is
// loaded: a CA file that went missing must not make the profile disappear from the list.
api::NetworkSettings networkSettingsFor(const Profile &profile,
                                        const QProcessEnvironment &environment, QString *error);

} // namespace credentials
