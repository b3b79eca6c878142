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

// Everything about a profile except its secrets. The AccessKey secret and the STS token live only
// in the system keychain (see CredentialStore); this type is safe to write to QSettings.
struct Profile
{
    QString name;
    QString regionId;
    EndpointMode endpointMode = EndpointMode::Public;
    QUrl customEndpoint; // only with EndpointMode::Custom
    QString accessKeyId;
    bool hasSecurityToken = false;
    // Empty: HTTPS_PROXY and the rest of the environment decide (see api::ProxyRules). NO_PROXY
    // still applies to this proxy.
    QString proxyUrl;
    // PEM bundle of CAs trusted in addition to the system's, for a proxy that inspects TLS.
    QString caCertificatesFile;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// The region a profile gets when its source names none.
QString defaultRegionId();

// Stable names used in settings files and on the command line: "public", "vpc", "custom".
QString endpointModeName(EndpointMode mode);
std::optional<EndpointMode> endpointModeFromName(const QString &name);

// Empty when `name` is usable as a profile name; otherwise a translated message naming the rule.
// Names become part of keychain keys ("<name>:access-key-secret"), so ':' and control characters
// are refused.
QString validateProfileName(const QString &name);

// Every rule a profile must satisfy before it is saved, the first broken one as a translated
// message naming the field; empty when the profile is valid.
QString validateProfile(const Profile &profile);

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
