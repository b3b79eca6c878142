#include "credentials/profileimporter.h"

#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"

#include <QSet>

#include <memory>

namespace credentials {

namespace {
struct ImportRun
{
    QList<ImportCandidate> candidates;
    QStringList newNames; // profiles that did not exist before this import
    QStringList written;  // new profiles whose secrets are already in the keychain
    std::function<void(const QString &)> done;
    std::function<void(qsizetype)> writeFrom;
};
} // namespace

ProfileImporter::ProfileImporter(ProfileStore &profiles, CredentialStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void ProfileImporter::importCandidates(const QList<ImportCandidate> &candidates,
                                       std::function<void(const QString &)> done)
{
    QSet<QString> names;
    for (const ImportCandidate &c : candidates) {
        if (QString error = validateProfile(c.profile); !error.isEmpty()) {
            done(tr("Profile \"%1\": %2").arg(c.profile.name, error));
            return;
        }
        if (c.accessKeySecret.isEmpty()) {
            done(tr("Profile \"%1\": the AccessKey secret is empty.").arg(c.profile.name));
            return;
        }
        if (names.contains(c.profile.name)) {
            done(tr("Profile \"%1\" appears twice in the import.").arg(c.profile.name));
            return;
        }
        names.insert(c.profile.name);
    }

    auto run = std::make_shared<ImportRun>();
    run->candidates = candidates;
    run->done = std::move(done);
    for (const ImportCandidate &c : candidates) {
        if (!m_profiles.contains(c.profile.name))
            run->newNames.append(c.profile.name);
    }

    // Best effort: the import already failed, so a failure here changes nothing for the user.
    auto rollBack = [this](const QStringList &names) {
        for (const QString &name : names)
            m_secrets.removeSecrets(name, this, [](const std::optional<KeychainError> &) {});
    };

    // The step function holds the run only weakly; the pending keychain callback keeps it alive.
    run->writeFrom = [this, run = std::weak_ptr<ImportRun>(run), rollBack](qsizetype index) {
        auto self = run.lock();
        if (!self)
            return;
        if (index == self->candidates.size()) {
            QList<Profile> profiles;
            for (const ImportCandidate &c : std::as_const(self->candidates))
                profiles.append(c.profile);
            const QString error = m_profiles.saveAll(profiles);
            if (!error.isEmpty())
                rollBack(self->written);
            auto done = std::move(self->done);
            done(error);
            return;
        }
        const ImportCandidate &c = self->candidates.at(index);
        m_secrets.storeCredentials(
            c.profile.name, c.accessKeySecret, c.securityToken, this,
            [self, index, rollBack](const std::optional<KeychainError> &error) {
                if (error) {
                    rollBack(self->written);
                    auto done = std::move(self->done);
                    done(tr("Profile \"%1\": %2")
                             .arg(self->candidates.at(index).profile.name, error->message));
                    return;
                }
                const QString &name = self->candidates.at(index).profile.name;
                if (self->newNames.contains(name))
                    self->written.append(name);
                self->writeFrom(index + 1);
            });
    };
    run->writeFrom(0);
}

} // namespace credentials
