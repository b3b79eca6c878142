#pragma once

#include "api/credentials.h"
#include "credentials/profile.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

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

    // Synchronous: nothing to wait for. An error when the variables are missing or incomplete.
    static ResolvedCredentials fromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

private:
    ProfileStore &m_profiles;
    CredentialStore &m_secrets;
};

} // namespace credentials
