#include "credentials/credentialsprovider.h"

#include "credentials/aliyunprofilemapping.h"
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
    if (profile->isTemporary()) {
        resolveTemporary(*profile, std::nullopt, context, std::move(done));
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
            } else if (profile.hasSecurityToken() && !stored.securityToken) {
                result.error = tr("The keychain holds no STS token for profile \"%1\". Open the "
                                  "profile and enter the token again.")
                                   .arg(profile.name);
            } else {
                result.profile = profile;
                result.credentials.accessKeyId = profile.accessKeyId;
                result.credentials.accessKeySecret = *stored.accessKeySecret;
                if (profile.hasSecurityToken())
                    result.credentials.securityToken = stored.securityToken.value_or(QString());
                result.source = tr("profile \"%1\" (keychain)").arg(profile.name);
            }
            done(result);
        });
}

namespace {

// A role profile and its source profiles, read from the keychain one after another (the keychain
// answers asynchronously), then handed over as specs for ProviderBuilder.
struct ChainLoad
{
    Profile profile;
    QList<Profile> chain; // the profile first, then each source profile
    QList<AliyunProfileSpec> specs;
    std::function<void(const ResolvedCredentials &)> done;
    std::function<void(qsizetype)> loadFrom;
};

} // namespace

void CredentialsProvider::forUnsavedProfile(const Profile &profile, const QString &secret,
                                            const QString &token, QObject *context,
                                            std::function<void(const ResolvedCredentials &)> done)
{
    if (profile.isTemporary()) {
        resolveTemporary(profile, std::pair{secret, token}, context, std::move(done));
        return;
    }
    ResolvedCredentials result;
    result.profile = profile;
    result.credentials.accessKeyId = profile.accessKeyId;
    result.credentials.accessKeySecret = secret;
    if (profile.hasSecurityToken())
        result.credentials.securityToken = token;
    result.source = tr("profile \"%1\" (form)").arg(profile.name);
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void CredentialsProvider::resolveTemporary(const Profile &profile,
                                           std::optional<std::pair<QString, QString>> ownSecrets,
                                           QObject *context,
                                           std::function<void(const ResolvedCredentials &)> done)
{
    auto load = std::make_shared<ChainLoad>();
    load->profile = profile;
    load->done = std::move(done);
    // Follows source_profile as far as it goes; a cycle or a missing source stops here and is
    // named by ProviderBuilder, which walks the same links.
    for (std::optional<Profile> link = profile; link;) {
        const bool seen = std::any_of(load->chain.cbegin(), load->chain.cend(),
                                      [&](const Profile &p) { return p.name == link->name; });
        if (seen)
            break;
        load->chain.append(*link);
        if (link->mode != CredentialMode::ChainableRamRoleArn)
            break;
        link = m_profiles.profile(link->role.sourceProfile);
    }

    auto finish = [](const std::shared_ptr<ChainLoad> &self) {
        ResolvedCredentials result;
        result.profile = self->profile;
        result.providerSpecs = self->specs;
        result.source = tr("profile \"%1\" (%2)")
                            .arg(self->profile.name, credentialModeName(self->profile.mode));
        auto done = std::move(self->done);
        done(result);
    };
    load->loadFrom = [this, context, finish, ownSecrets,
                      weak = std::weak_ptr<ChainLoad>(load)](qsizetype i) {
        auto self = weak.lock();
        if (!self)
            return;
        if (i == self->chain.size()) {
            finish(self);
            return;
        }
        const Profile link = self->chain.at(i);
        const bool own = i == 0 && ownSecrets;
        if (!link.hasAccessKey() || own) {
            self->specs.append(
                own ? AliyunProfileMapping::toSpec(link, ownSecrets->first, ownSecrets->second)
                    : AliyunProfileMapping::toSpec(link, {}, {}));
            QTimer::singleShot(0, context, [self, i] { self->loadFrom(i + 1); });
            return;
        }
        m_secrets.loadCredentials(link.name, context, [self, i, link](const StoredCredentials &s) {
            if (s.error || !s.accessKeySecret || s.accessKeySecret->isEmpty()) {
                ResolvedCredentials result;
                result.error = s.error
                                   ? s.error->message
                                   : tr("The system keychain holds no AccessKey secret for profile "
                                        "\"%1\", or it is locked. Unlock the keychain, or open the "
                                        "profile and enter the secret again.")
                                         .arg(link.name);
                auto done = std::move(self->done);
                done(result);
                return;
            }
            self->specs.append(AliyunProfileMapping::toSpec(link, *s.accessKeySecret,
                                                            s.securityToken.value_or(QString())));
            self->loadFrom(i + 1);
        });
    };
    load->loadFrom(0);
}

RefreshingCredentials *ResolvedCredentials::buildProvider(const ProviderSettings &settings,
                                                          QObject *parent, QString *error) const
{
    ProviderBuilder builder(providerSpecs, settings);
    return builder.build(profile.name, parent, error);
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
    result.profile.mode =
        env.credentials.isSts() ? CredentialMode::StsToken : CredentialMode::AccessKey;
    result.source = tr("environment (%1)").arg(env.variables.join(u", "_s));
    return result;
}

} // namespace credentials
