#pragma once

#include "credentials/importreport.h"

#include <QObject>

#include <functional>

namespace credentials {

class CredentialStore;
class ProfileStore;

// Saves imported profiles: all secrets to the keychain first, then all profiles in one write.
// Profiles that an import replaces have their stored secrets read first. If any step fails, the
// keychain is put back (new entries removed, replaced ones restored) and no profile is saved, so
// an import never lands half-way.
class ProfileImporter : public QObject
{
    Q_OBJECT
public:
    ProfileImporter(ProfileStore &profiles, CredentialStore &secrets, QObject *parent = nullptr);

    // `done` gets a translated error, or an empty string on success. One import at a time.
    void importCandidates(const QList<ImportCandidate> &candidates,
                          std::function<void(const QString &error)> done);

private:
    ProfileStore &m_profiles;
    CredentialStore &m_secrets;
};

} // namespace credentials
