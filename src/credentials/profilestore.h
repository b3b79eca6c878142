#pragma once

#include "credentials/profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace credentials {

// The profiles, kept in QSettings under the organization "PaiDesk" (file "profiles"), so that the
// app and the command line see the same list. Holds no secrets: see CredentialStore.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The shared per-user store.
    explicit ProfileStore(QObject *parent = nullptr);
    // A store in an explicit INI file, for tests and tools.
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }

    // Adds or replaces (by name) and writes through. Returns a translated error, empty on success.
    QString save(const Profile &profile);
    QString saveAll(const QList<Profile> &profiles);
    // Saves `profile` under its (new) name in place of `oldName`, and points the profiles that
    // named `oldName` as their source at the new name: one write. The keychain entries move
    // separately (CredentialStore).
    QString rename(const QString &oldName, const Profile &profile);
    // Removes the profile from the list only; CredentialStore::removeSecrets() drops its secrets.
    QString remove(const QString &name);

    QString lastUsed() const { return m_lastUsed; }
    void setLastUsed(const QString &name);

    // Re-reads the file, picking up changes another process made.
    void reload();
    QString fileName() const { return m_fileName; }

Q_SIGNALS:
    void profilesChanged();

private:
    // Saves `profiles` (each checked, its chain of source profiles too) and drops `removed`.
    QString replace(const QList<Profile> &profiles, const QString &removed);
    QString write();

    QString m_fileName;
    QList<Profile> m_profiles;
    QString m_lastUsed;
};

} // namespace credentials
