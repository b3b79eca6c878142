#include "credentials/credentialsprovider.h"

#include "credentials/credentialstore.h"
#include "credentials/environmentcredentials.h"
#include "credentials/environmentimporter.h"
#include "credentials/profilestore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace credentials {

CredentialsProvider::CredentialsProvider(ProfileStore &profiles, CredentialStore &secrets,
                                         QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void CredentialsProvider::forProfile(const QString &profileName, QObject *context,
                                     std::function<void(const ResolvedCredentials &)> done)
{
    const std::optional<Profile> profile = m_profiles.profile(profileName);
    if (!profile) {
        ResolvedCredentials result;
        const QStringList known = m_profiles.names();
        result.error = known.isEmpty()
                           ? tr("There is no profile named \"%1\", and no profiles exist yet.")
                                 .arg(profileName)
                           : tr("There is no profile named \"%1\". Known profiles: %2.")
                                 .arg(profileName, known.join(u", "_s));
        // Keep the promise that `done` always runs later, never inside this call.
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
        return;
    }
    m_secrets.loadCredentials(
        profileName, context,
        [profile = *profile, done = std::move(done)](const StoredCredentials &stored) {
            ResolvedCredentials result;
            if (stored.error) {
                result.error = stored.error->message;
            } else if (!stored.accessKeySecret || stored.accessKeySecret->isEmpty()) {
                // A locked keyring hides its items instead of failing the read, so "nothing
                // stored" may also mean "locked".
                result.error = tr("The system keychain holds no AccessKey secret for profile "
                                  "\"%1\", or it is locked. Unlock the keychain, or open the "
                                  "profile and enter the secret again.")
                                   .arg(profile.name);
            } else if (profile.hasSecurityToken && !stored.securityToken) {
                result.error = tr("The keychain holds no STS token for profile \"%1\". Open the "
                                  "profile and enter the token again.")
                                   .arg(profile.name);
            } else {
                result.profile = profile;
                result.credentials.accessKeyId = profile.accessKeyId;
                result.credentials.accessKeySecret = *stored.accessKeySecret;
                if (profile.hasSecurityToken)
                    result.credentials.securityToken = stored.securityToken.value_or(QString());
                result.source = tr("profile \"%1\" (keychain)").arg(profile.name);
            }
            done(result);
        });
}

ResolvedCredentials CredentialsProvider::fromEnvironment(const QProcessEnvironment &environment)
{
    ResolvedCredentials result;
    const EnvironmentCredentials env = EnvironmentCredentials::read(environment);
    if (!env.error.isEmpty()) {
        result.error = env.error;
        return result;
    }
    if (!env.found()) {
        result.error = tr("No credentials: pass --profile NAME, or set ALIBABA_CLOUD_ACCESS_KEY_ID "
                          "and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or ALICLOUD_ACCESS_KEY and "
                          "ALICLOUD_SECRET_KEY).");
        return result;
    }
    result.credentials = env.credentials;
    result.profile.name = EnvironmentImporter::defaultProfileName();
    result.profile.regionId = env.regionId.isEmpty() ? defaultRegionId() : env.regionId;
    result.profile.accessKeyId = env.credentials.accessKeyId;
    result.profile.hasSecurityToken = env.credentials.isSts();
    result.source = tr("environment (%1)").arg(env.variables.join(u", "_s));
    return result;
}

} // namespace credentials
