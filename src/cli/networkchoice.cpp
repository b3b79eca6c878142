#include "cli/networkchoice.h"

namespace cli {

NetworkChoice NetworkChoice::choose(const GlobalOptions &options, const CredentialResult &source,
                                    const QProcessEnvironment &environment)
{
    NetworkChoice choice;
    if (source.profile) {
        choice.settings =
            credentials::networkSettingsFor(*source.profile, environment, &choice.error);
    } else {
        choice.settings.proxy = api::ProxyRules::fromEnvironment(environment, &choice.error);
    }
    if (!choice.error.isEmpty()) {
        choice.settings = {};
        return choice;
    }
    choice.settings.extraCaCertificates += options.caCertificates;
    return choice;
}

} // namespace cli
