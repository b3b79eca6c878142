#pragma once

#include "credentials/importreport.h"
#include "credentials/profile.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ProfileDialog;
}

namespace credentials {
class CredentialStore;
class CredentialsProvider;
class ProfileImporter;
class ProfileStore;
} // namespace credentials

namespace gui {

class ConnectionTester;

// Add, edit, remove and import profiles of every credential mode; the form shows the fields of
// the chosen mode only. The AccessKey secret and the STS token go straight to the keychain; the
// fields for them stay empty for a saved profile ("leave empty to keep"), so secrets are read from
// the keychain only to test a connection or to move them on rename. The role modes' settings
// (ARN, session, source profile, token file, URI, command) are plain settings.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(credentials::ProfileStore &profiles, credentials::CredentialStore &secrets,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Where the import buttons look; the defaults are the user's files and environment.
    void setImportSources(const QString &aliyunConfigPath, const QString &credentialsIniPath,
                          const QProcessEnvironment &environment);

    void selectProfile(const QString &name);
    // The profile shown in the editor, empty while a new one is being entered.
    QString currentProfileName() const { return m_editing; }

    QString statusText() const;

Q_SIGNALS:
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    // Emitted when a keychain or connection operation has finished and the status shows its result.
    void operationFinished();

private:
    enum class ImportSource { AliyunConfig, CredentialsIni, Environment };

    void reloadList();
    void showProfile(const credentials::Profile &profile);
    void startNewProfile();
    void updateEndpointFields();
    void updateTokenFields();
    // Shows the rows the chosen credential mode needs, and hides the others.
    void updateModeFields();
    credentials::CredentialMode currentMode() const;
    void fillSourceProfiles(const QString &selected);
    void showRoleSettings(const credentials::RoleSettings &role);
    credentials::Profile profileFromForm() const;
    credentials::RoleSettings roleSettingsFromForm() const;
    // The saved profiles as they would be with `form` saved in place of the one edited.
    QList<credentials::Profile> profilesAsSaved(const credentials::Profile &form) const;

    // Completes the typed secret and token with the stored ones where the fields were left empty.
    using SecretsReady =
        std::function<void(const QString &error, const QString &secret, const QString &token)>;
    void resolveSecrets(SecretsReady ready);
    void save();
    void storeAndSave(const credentials::Profile &profile, const QString &secret,
                      const QString &token);
    void removeCurrent();
    void removeConfirmed(const QString &name);
    void testConnection();
    void chooseCaFile();
    void showImport(ImportSource source);
    void confirmImport();

    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);
    void finishOperation(const QString &text, bool error);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    credentials::ProfileStore &m_profiles;
    credentials::CredentialStore &m_secrets;
    credentials::ProfileImporter *m_importer;
    ConnectionTester *m_tester;
    credentials::CredentialsProvider *m_resolver;

    QString m_editing; // name of the saved profile in the editor; empty for a new one
    QString m_aliyunConfigPath;
    QString m_credentialsIniPath;
    QProcessEnvironment m_environment;
    credentials::ImportReport m_pendingImport;
};

} // namespace gui
