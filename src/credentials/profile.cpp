#include "credentials/profile.h"

#include <QCoreApplication>

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
    if (profile.accessKeyId.trimmed().isEmpty())
        return tr("AccessKey ID: enter the AccessKey ID.");
    if (profile.accessKeyId != profile.accessKeyId.trimmed())
        return tr("AccessKey ID: remove the spaces at the start or end.");
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
