#include "credentials/profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
constexpr qsizetype MaxNameLength = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::Profile", text);
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
    if (profile.endpointMode == EndpointMode::Custom) {
        const QUrl &url = profile.customEndpoint;
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return tr("Endpoint URL: enter an http:// or https:// URL with a host name.");
    }
    if (profile.accessKeyId.trimmed().isEmpty())
        return tr("AccessKey ID: enter the AccessKey ID.");
    if (profile.accessKeyId != profile.accessKeyId.trimmed())
        return tr("AccessKey ID: remove the spaces at the start or end.");
    return {};
}

} // namespace credentials
