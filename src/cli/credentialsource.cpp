#include "cli/credentialsource.h"

#include "credentials/environmentcredentials.h"

#include <QCoreApplication>

namespace cli {

CredentialResult EnvironmentCredentialSource::resolve()
{
    const credentials::EnvironmentCredentials found = credentials::EnvironmentCredentials::read();
    CredentialResult result;
    result.regionId = found.regionId;
    if (!found.error.isEmpty()) {
        result.error = found.error;
    } else if (!found.found()) {
        result.error = QCoreApplication::translate(
            "cli::EnvironmentCredentialSource",
            "No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
            "(and ALIBABA_CLOUD_SECURITY_TOKEN for an STS key).");
    } else {
        result.credentials = found.credentials;
    }
    return result;
}

} // namespace cli
