#pragma once

#include "api/credentials.h"
#include "credentials/profile.h"
#include "credentials/providers/providerbuilder.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>
#include <utility>

namespace credentials {

class CredentialStore;
class ProfileStore;

// Credentials ready for api::ApiClient, and where they came from.
struct ResolvedCredentials
{
    QString error; // translated; when set the rest is empty
    api::Credentials credentials;
    Profile profile; // for the environment: name "environment", the region from the variables
    QString source;  // translated, e.g. "profile \"prod\" (keychain)" or the variable names
    // Set for the role modes, whose key is fetched and refreshed by a provider: the profile and
    // its source profiles, with their secrets, ready for ProviderBuilder. `credentials` is then
    // empty.
    QList<AliyunProfileSpec> providerSpecs;

    bool isTemporary() const { return !providerSpecs.isEmpty(); }
    // The session's provider, built on the client's network and activity log; nullptr with
    // `error` set (translated) when a setting is missing or the source profiles form a cycle.
    RefreshingCredentials *buildProvider(const ProviderSettings &settings, QObject *parent,
                                         QString *error) const;
};

// The one place the GUI and the command line turn a profile name (or the environment) into
// api::Credentials: the profile from ProfileStore, its secret and token from the keychain.
class CredentialsProvider : public QObject
{
    Q_OBJECT
public:
    CredentialsProvider(ProfileStore &profiles, CredentialStore &secrets,
                        QObject *parent = nullptr);

    // Asynchronous; `done` runs from the event loop unless `context` is destroyed first.
    void forProfile(const QString &profileName, QObject *context,
                    std::function<void(const ResolvedCredentials &)> done);

    // A profile as typed in a form, not saved yet ("Test connection"): `secret` and `token` are
    // its own (for the modes with an AccessKey); its source profiles come from the store and the
    // keychain. Asynchronous, as forProfile().
    void forUnsavedProfile(const Profile &profile, const QString &secret, const QString &token,
                           QObject *context, std::function<void(const ResolvedCredentials &)> done);

    // Synchronous: nothing to wait for. An error when the variables are missing or incomplete.
    static ResolvedCredentials fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

private:
    // `ownSecrets`: the first link's secret and token, when they are not to be read from the
    // keychain.
    void resolveTemporary(const Profile &profile,
                          std::optional<std::pair<QString, QString>> ownSecrets, QObject *context,
                          std::function<void(const ResolvedCredentials &)> done);

    ProfileStore &m_profiles;
    CredentialStore &m_secrets;
};

} // namespace credentials
