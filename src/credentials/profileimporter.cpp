#include "credentials/profileimporter.h"

#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"

#include <QSet>

#include <algorithm>
#include <memory>

namespace credentials {

namespace {
// The secrets a replaced profile had before the import, to put back if the import fails.
struct Backup
{
    QString name;
    std::optional<QString> secret;
    std::optional<QString> token;
};

struct ImportRun
{
    QList<ImportCandidate> candidates;
    QStringList existingNames; // profiles this import replaces
    QList<Backup> backups;
    QStringList written; // profiles whose secrets this import has already written
    std::function<void(const QString &)> done;
    std::function<void(qsizetype)> backUpFrom;
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
        if (c.profile.hasAccessKey() && c.accessKeySecret.isEmpty()) {
            done(tr("Profile \"%1\": the AccessKey secret is empty.").arg(c.profile.name));
            return;
        }
        if (names.contains(c.profile.name)) {
            done(tr("Profile \"%1\" appears twice in the import.").arg(c.profile.name));
            return;
        }
        names.insert(c.profile.name);
    }

    // The chains of source profiles as they will be once imported: a chained profile whose
    // source is neither saved nor imported with it would be saved broken.
    QList<Profile> after = m_profiles.profiles();
    after.removeIf([&](const Profile &p) { return names.contains(p.name); });
    for (const ImportCandidate &c : candidates)
        after.append(c.profile);
    for (const ImportCandidate &c : candidates) {
        if (QString error = validateSourceChain(c.profile, after); !error.isEmpty()) {
            done(tr("Profile \"%1\": %2").arg(c.profile.name, error));
            return;
        }
    }

    auto run = std::make_shared<ImportRun>();
    run->candidates = candidates;
    run->done = std::move(done);
    for (const ImportCandidate &c : candidates) {
        if (m_profiles.contains(c.profile.name))
            run->existingNames.append(c.profile.name);
    }

    // Puts the keychain back as it was: new profiles lose their entries, replaced ones get their
    // old secrets again. Best effort: the import has already failed, and says so.
    auto rollBack = [this](const std::shared_ptr<ImportRun> &self) {
        const auto ignore = [](const std::optional<KeychainError> &) {};
        for (const QString &name : std::as_const(self->written)) {
            auto backup = std::find_if(self->backups.cbegin(), self->backups.cend(),
                                       [&](const Backup &b) { return b.name == name; });
            if (backup == self->backups.cend() || !backup->secret)
                m_secrets.removeSecrets(name, this, ignore);
            else
                m_secrets.storeCredentials(name, *backup->secret, backup->token.value_or(QString()),
                                           this, ignore);
        }
    };
    auto fail = [rollBack](const std::shared_ptr<ImportRun> &self, const QString &error) {
        rollBack(self);
        auto done = std::move(self->done);
        done(error);
    };

    // The step functions hold the run only weakly; the pending keychain callback keeps it alive.
    run->writeFrom = [this, run = std::weak_ptr<ImportRun>(run), fail](qsizetype index) {
        auto self = run.lock();
        if (!self)
            return;
        if (index == self->candidates.size()) {
            QList<Profile> profiles;
            for (const ImportCandidate &c : std::as_const(self->candidates))
                profiles.append(c.profile);
            if (const QString error = m_profiles.saveAll(profiles); !error.isEmpty()) {
                fail(self, error);
                return;
            }
            auto done = std::move(self->done);
            done(QString());
            return;
        }
        const ImportCandidate &c = self->candidates.at(index);
        auto written = [self, index, fail](const std::optional<KeychainError> &error) {
            const QString &name = self->candidates.at(index).profile.name;
            // Even a failed write may have replaced the secret before the token failed.
            self->written.append(name);
            if (error) {
                fail(self, tr("Profile \"%1\": %2").arg(name, error->message));
                return;
            }
            self->writeFrom(index + 1);
        };
        // A role mode keeps no secret: whatever a replaced profile had in the keychain goes.
        if (c.profile.hasAccessKey())
            m_secrets.storeCredentials(c.profile.name, c.accessKeySecret, c.securityToken, this,
                                       written);
        else
            m_secrets.removeSecrets(c.profile.name, this, written);
    };

    run->backUpFrom = [this, run = std::weak_ptr<ImportRun>(run)](qsizetype index) {
        auto self = run.lock();
        if (!self)
            return;
        if (index == self->existingNames.size()) {
            self->writeFrom(0);
            return;
        }
        const QString name = self->existingNames.at(index);
        m_secrets.loadCredentials(name, this, [self, index, name](const StoredCredentials &stored) {
            if (stored.error) {
                auto done = std::move(self->done);
                done(tr("Profile \"%1\": %2").arg(name, stored.error->message));
                return;
            }
            self->backups.append({name, stored.accessKeySecret, stored.securityToken});
            self->backUpFrom(index + 1);
        });
    };
    run->backUpFrom(0);
}

} // namespace credentials
