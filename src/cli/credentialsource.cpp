#include "cli/credentialsource.h"

#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentcredentials.h"
#include "credentials/profilestore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

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
            "No credentials: pass --profile NAME, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for an STS key).");
    } else {
        result.credentials = found.credentials;
    }
    return result;
}

ProfileCredentialSource::ProfileCredentialSource(QString profileName, QString profilesFile)
    : m_profileName(std::move(profileName))
    , m_profilesFile(std::move(profilesFile))
{}

CredentialResult ProfileCredentialSource::resolve()
{
    const auto profiles = m_profilesFile.isEmpty()
                              ? std::make_unique<credentials::ProfileStore>()
                              : std::make_unique<credentials::ProfileStore>(m_profilesFile);
    credentials::CredentialStore secrets;
    credentials::CredentialsProvider provider(*profiles, secrets);

    // The keychain answers asynchronously; a command needs the key before it can send anything.
    QEventLoop loop;
    std::optional<credentials::ResolvedCredentials> resolved;
    provider.forProfile(m_profileName, &loop, [&](const credentials::ResolvedCredentials &answer) {
        resolved = answer;
        loop.quit();
    });
    if (!resolved)
        loop.exec();

    CredentialResult result;
    if (!resolved->error.isEmpty()) {
        result.error = resolved->error;
        // The provider's message already names the profile or the keychain's trouble; only the
        // exit code tells a script which of the two it was.
        result.failure = profiles->contains(m_profileName) ? ApiFailure : UsageError;
        return result;
    }
    result.credentials = resolved->credentials;
    result.profile = resolved->profile;
    result.regionId = resolved->profile.regionId;
    return result;
}

} // namespace cli
