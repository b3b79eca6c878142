#include "cli/endpointchoice.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// `describe` turns the endpoint's own error into a message that names where the value came from.
template<typename Describe> EndpointChoice checked(api::Endpoint endpoint, Describe describe)
{
    EndpointChoice choice;
    if (!endpoint.isValid())
        choice.error = describe(endpoint.errorString());
    choice.endpoint = std::move(endpoint);
    return choice;
}

} // namespace

EndpointChoice EndpointChoice::choose(const GlobalOptions &options, const CredentialResult &source)
{
    if (!options.endpoint.isEmpty()) {
        return checked(api::Endpoint::fromUrl(QUrl(options.endpoint, QUrl::StrictMode)),
                       [](const QString &why) { return tr("--endpoint: %1").arg(why); });
    }
    const std::optional<credentials::Profile> &profile = source.profile;
    if (!options.region.isEmpty()) {
        const bool vpc = profile && profile->endpointMode == credentials::EndpointMode::Vpc;
        return checked(
            api::Endpoint::forRegion(options.region, vpc ? api::Endpoint::Network::Vpc
                                                         : api::Endpoint::Network::Public),
            [](const QString &why) { return tr("--region: %1").arg(why); });
    }
    if (profile) {
        return checked(credentials::endpointFor(*profile), [&](const QString &why) {
            return tr("profile \"%1\": %2").arg(profile->name, why);
        });
    }
    const QString region = source.regionId.isEmpty() ? u"cn-hangzhou"_s : source.regionId;
    return checked(api::Endpoint::forRegion(region),
                   [](const QString &why) { return tr("--region: %1").arg(why); });
}

} // namespace cli
