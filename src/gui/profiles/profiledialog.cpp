#include "gui/profiles/profiledialog.h"

#include "credentials/aliyunconfigimporter.h"
#include "credentials/credentialsiniimporter.h"
#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentimporter.h"
#include "credentials/profileimporter.h"
#include "credentials/profilestore.h"
#include "credentials/providers/stsfetchers.h"
#include "gui/profiles/connectiontester.h"
#include "ui_profiledialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace gui {

using credentials::CredentialMode;
using credentials::EndpointMode;
using credentials::Profile;

ProfileDialog::ProfileDialog(credentials::ProfileStore &profiles,
                             credentials::CredentialStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_importer(new credentials::ProfileImporter(profiles, secrets, this))
    , m_tester(new ConnectionTester(this))
    , m_resolver(new credentials::CredentialsProvider(profiles, secrets, this))
    , m_aliyunConfigPath(credentials::AliyunConfigImporter::defaultPath())
    , m_credentialsIniPath(credentials::CredentialsIniImporter::defaultPath())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_ui->setupUi(this);
    m_ui->saveButton->setDefault(true);
    for (CredentialMode mode : credentials::allCredentialModes())
        m_ui->credentialModeCombo->addItem(credentials::credentialModeTitle(mode), int(mode));
    m_ui->durationSpin->setSpecialValueText(tr("STS default (3600 s)"));
    m_ui->stack->setCurrentWidget(m_ui->editPage);

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) {
                if (!current)
                    return;
                if (auto profile = m_profiles.profile(current->data(Qt::UserRole).toString()))
                    showProfile(*profile);
            });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfileDialog::startNewProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    connect(m_ui->endpointModeCombo, &QComboBox::currentIndexChanged, this,
            &ProfileDialog::updateEndpointFields);
    connect(m_ui->credentialModeCombo, &QComboBox::currentIndexChanged, this,
            &ProfileDialog::updateModeFields);
    connect(m_ui->importAliyunButton, &QPushButton::clicked, this,
            [this] { showImport(ImportSource::AliyunConfig); });
    connect(m_ui->importIniButton, &QPushButton::clicked, this,
            [this] { showImport(ImportSource::CredentialsIni); });
    connect(m_ui->importEnvironmentButton, &QPushButton::clicked, this,
            [this] { showImport(ImportSource::Environment); });
    connect(m_ui->importBackButton, &QPushButton::clicked, this, [this] {
        m_ui->stack->setCurrentWidget(m_ui->editPage);
        m_ui->profileList->setFocus();
    });
    connect(m_ui->importConfirmButton, &QPushButton::clicked, this, &ProfileDialog::confirmImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::finished, this,
            [this](bool ok, const QString &message) { finishOperation(message, !ok); });
    connect(&m_profiles, &credentials::ProfileStore::profilesChanged, this,
            &ProfileDialog::reloadList);

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &ProfileDialog::startNewProfile);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ProfileDialog::save);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_ui->profileList, nullptr, nullptr,
                                         Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ProfileDialog::removeCurrent);

    reloadList();
    const QString initial = m_profiles.contains(m_profiles.lastUsed())
                                ? m_profiles.lastUsed()
                                : m_profiles.names().value(0);
    if (initial.isEmpty())
        startNewProfile();
    else
        selectProfile(initial);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setImportSources(const QString &aliyunConfigPath,
                                     const QString &credentialsIniPath,
                                     const QProcessEnvironment &environment)
{
    m_aliyunConfigPath = aliyunConfigPath;
    m_credentialsIniPath = credentialsIniPath;
    m_environment = environment;
}

void ProfileDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        QListWidgetItem *item = m_ui->profileList->item(row);
        if (item->data(Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentItem(item);
            if (auto profile = m_profiles.profile(name))
                showProfile(*profile);
            return;
        }
    }
}

QString ProfileDialog::statusText() const
{
    if (m_ui->stack->currentWidget() == m_ui->importPage)
        return m_ui->importStatusLabel->text();
    return m_ui->statusLabel->text();
}

void ProfileDialog::reloadList()
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const Profile &profile : m_profiles.profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profileList);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(
            profile.hasAccessKey()
                ? tr("%1; region %2, AccessKey ID %3")
                      .arg(credentials::credentialModeTitle(profile.mode), profile.regionId,
                           profile.accessKeyId)
                : tr("%1; region %2")
                      .arg(credentials::credentialModeTitle(profile.mode), profile.regionId));
        if (profile.name == m_editing)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_editing.isEmpty() && !m_profiles.contains(m_editing))
        m_editing.clear();
    m_ui->removeButton->setEnabled(!m_editing.isEmpty());
    fillSourceProfiles(m_ui->sourceProfileCombo->currentData().toString());
}

void ProfileDialog::fillSourceProfiles(const QString &selected)
{
    const QSignalBlocker blocker(m_ui->sourceProfileCombo);
    m_ui->sourceProfileCombo->clear();
    for (const Profile &profile : m_profiles.profiles()) {
        // A profile cannot assume a role with its own credentials.
        if (profile.name != m_editing)
            m_ui->sourceProfileCombo->addItem(profile.name, profile.name);
    }
    // A source that is gone (removed, renamed elsewhere) stays visible instead of silently
    // turning into another profile; saving names the problem.
    if (!selected.isEmpty() && m_ui->sourceProfileCombo->findData(selected) < 0)
        m_ui->sourceProfileCombo->addItem(tr("%1 (missing)").arg(selected), selected);
    m_ui->sourceProfileCombo->setCurrentIndex(m_ui->sourceProfileCombo->findData(selected));
}

void ProfileDialog::showRoleSettings(const credentials::RoleSettings &role)
{
    fillSourceProfiles(role.sourceProfile);
    m_ui->ecsRoleNameEdit->setText(role.ecsRoleName);
    m_ui->oidcProviderArnEdit->setText(role.oidcProviderArn);
    m_ui->oidcTokenFileEdit->setText(role.oidcTokenFile);
    m_ui->credentialsUriEdit->setText(role.credentialsUri);
    m_ui->processCommandEdit->setText(role.processCommand);
    m_ui->roleArnEdit->setText(role.roleArn);
    m_ui->sessionNameEdit->setText(role.sessionName);
    m_ui->externalIdEdit->setText(role.externalId);
    m_ui->durationSpin->setValue(role.durationSeconds);
    m_ui->stsEndpointEdit->setText(role.stsEndpoint);
    // An imported sts_region (and enable_vpc) has no field of its own: the placeholder shows the
    // host they pick, so an empty field does not read as the global one.
    const QUrl sts =
        credentials::StsRequests::endpointFor({}, role.stsRegion, role.stsVpc, nullptr);
    m_ui->stsEndpointEdit->setPlaceholderText(sts.isEmpty() ? u"sts.aliyuncs.com"_s : sts.host());
}

QList<Profile> ProfileDialog::profilesAsSaved(const Profile &form) const
{
    QList<Profile> all = m_profiles.profiles();
    all.removeIf([&](const Profile &p) { return p.name == m_editing || p.name == form.name; });
    all.append(form);
    return all;
}

CredentialMode ProfileDialog::currentMode() const
{
    return CredentialMode(m_ui->credentialModeCombo->currentData().toInt());
}

void ProfileDialog::updateModeFields()
{
    using credentials::RoleField;
    Profile shape;
    shape.mode = currentMode();
    QFormLayout *form = m_ui->profileForm;
    // Only the fields the mode uses are shown (the core's rule, credentials::modeUses()); the
    // others keep what was typed in them, so trying another mode and coming back loses nothing.
    form->setRowVisible(m_ui->accessKeyIdEdit, shape.hasAccessKey());
    form->setRowVisible(m_ui->accessKeySecretEdit, shape.hasAccessKey());
    form->setRowVisible(m_ui->securityTokenEdit, shape.hasSecurityToken());
    const std::pair<RoleField, QWidget *> rows[] = {
        {RoleField::RoleArn, m_ui->roleArnEdit},
        {RoleField::SessionName, m_ui->sessionNameEdit},
        {RoleField::ExternalId, m_ui->externalIdEdit},
        {RoleField::Duration, m_ui->durationSpin},
        {RoleField::StsHost, m_ui->stsEndpointEdit},
        {RoleField::SourceProfile, m_ui->sourceProfileCombo},
        {RoleField::EcsRoleName, m_ui->ecsRoleNameEdit},
        {RoleField::OidcProviderArn, m_ui->oidcProviderArnEdit},
        {RoleField::OidcTokenFile, m_ui->oidcTokenFileEdit},
        {RoleField::CredentialsUri, m_ui->credentialsUriEdit},
        {RoleField::ProcessCommand, m_ui->processCommandEdit},
    };
    for (const auto &[field, widget] : rows)
        form->setRowVisible(widget, credentials::modeUses(shape.mode, field));
    updateTokenFields();
}

void ProfileDialog::showProfile(const Profile &profile)
{
    m_editing = profile.name;
    m_ui->nameEdit->setText(profile.name);
    m_ui->regionCombo->setRegionId(profile.regionId);
    m_ui->endpointModeCombo->setCurrentIndex(int(profile.endpointMode));
    m_ui->endpointUrlEdit->setText(profile.endpointMode == EndpointMode::Custom
                                       ? profile.customEndpoint.toString()
                                       : QString());
    m_ui->credentialModeCombo->setCurrentIndex(
        m_ui->credentialModeCombo->findData(int(profile.mode)));
    m_ui->accessKeyIdEdit->setText(profile.accessKeyId);
    showRoleSettings(profile.role);
    m_ui->proxyEdit->setText(profile.proxyUrl);
    m_ui->caFileEdit->setText(profile.caCertificatesFile);
    m_ui->accessKeySecretEdit->clear();
    m_ui->accessKeySecretEdit->setPlaceholderText(tr("Stored; leave empty to keep"));
    m_ui->securityTokenEdit->clear();
    m_ui->removeButton->setEnabled(true);
    updateEndpointFields();
    updateModeFields();
    m_ui->statusLabel->clear();
}

void ProfileDialog::startNewProfile()
{
    m_editing.clear();
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(nullptr);
        m_ui->profileList->clearSelection();
    }
    m_ui->stack->setCurrentWidget(m_ui->editPage);
    m_ui->nameEdit->clear();
    m_ui->regionCombo->setRegionId(credentials::defaultRegionId());
    m_ui->endpointModeCombo->setCurrentIndex(int(EndpointMode::Public));
    m_ui->endpointUrlEdit->clear();
    m_ui->credentialModeCombo->setCurrentIndex(
        m_ui->credentialModeCombo->findData(int(CredentialMode::AccessKey)));
    m_ui->accessKeyIdEdit->clear();
    showRoleSettings({});
    m_ui->proxyEdit->clear();
    m_ui->caFileEdit->clear();
    m_ui->accessKeySecretEdit->clear();
    m_ui->accessKeySecretEdit->setPlaceholderText(tr("Required"));
    m_ui->securityTokenEdit->clear();
    m_ui->removeButton->setEnabled(false);
    updateEndpointFields();
    updateModeFields();
    m_ui->statusLabel->clear();
    m_ui->nameEdit->setFocus();
}

void ProfileDialog::updateEndpointFields()
{
    const bool custom = m_ui->endpointModeCombo->currentIndex() == int(EndpointMode::Custom);
    m_ui->endpointUrlEdit->setEnabled(custom);
    m_ui->endpointUrlLabel->setEnabled(custom);
}

void ProfileDialog::updateTokenFields()
{
    const auto existing = m_profiles.profile(m_editing);
    const bool secretStored = existing && existing->hasAccessKey();
    const bool tokenStored = existing && existing->hasSecurityToken();
    m_ui->accessKeySecretEdit->setPlaceholderText(secretStored ? tr("Stored; leave empty to keep")
                                                               : tr("Required"));
    m_ui->securityTokenEdit->setPlaceholderText(tokenStored ? tr("Stored; leave empty to keep")
                                                            : tr("Required"));
}

Profile ProfileDialog::profileFromForm() const
{
    Profile profile;
    profile.name = m_ui->nameEdit->text();
    profile.regionId = m_ui->regionCombo->regionId();
    profile.endpointMode = EndpointMode(std::max(0, m_ui->endpointModeCombo->currentIndex()));
    if (profile.endpointMode == EndpointMode::Custom)
        profile.customEndpoint = QUrl(m_ui->endpointUrlEdit->text().trimmed(), QUrl::StrictMode);
    profile.mode = currentMode();
    if (profile.hasAccessKey())
        profile.accessKeyId = m_ui->accessKeyIdEdit->text().trimmed();
    profile.role = roleSettingsFromForm();
    profile.proxyUrl = m_ui->proxyEdit->text().trimmed();
    profile.caCertificatesFile = m_ui->caFileEdit->text().trimmed();
    return profile;
}

credentials::RoleSettings ProfileDialog::roleSettingsFromForm() const
{
    // Settings the form does not show (an imported sts_region, enable_vpc) are kept as they were.
    const auto existing = m_profiles.profile(m_editing);
    credentials::RoleSettings role = existing ? existing->role : credentials::RoleSettings{};
    role.roleArn = m_ui->roleArnEdit->text().trimmed();
    role.sessionName = m_ui->sessionNameEdit->text().trimmed();
    role.externalId = m_ui->externalIdEdit->text().trimmed();
    role.durationSeconds = m_ui->durationSpin->value();
    role.stsEndpoint = m_ui->stsEndpointEdit->text().trimmed();
    role.sourceProfile = m_ui->sourceProfileCombo->currentData().toString();
    role.ecsRoleName = m_ui->ecsRoleNameEdit->text().trimmed();
    role.oidcProviderArn = m_ui->oidcProviderArnEdit->text().trimmed();
    role.oidcTokenFile = m_ui->oidcTokenFileEdit->text().trimmed();
    role.credentialsUri = m_ui->credentialsUriEdit->text().trimmed();
    // A command is taken as typed: its spaces may matter to the program it runs.
    role.processCommand = m_ui->processCommandEdit->text();
    // Only the mode's own settings are kept, so the settings file says what the profile uses.
    return role.forMode(currentMode());
}

void ProfileDialog::resolveSecrets(SecretsReady ready)
{
    const CredentialMode mode = currentMode();
    Profile shape;
    shape.mode = mode;
    if (!shape.hasAccessKey()) {
        ready({}, {}, {});
        return;
    }
    const bool needsToken = shape.hasSecurityToken();
    const QString typedSecret = m_ui->accessKeySecretEdit->text();
    const QString typedToken = needsToken ? m_ui->securityTokenEdit->text() : QString();
    const auto existing = m_profiles.profile(m_editing);
    if (!typedSecret.isEmpty() && (!needsToken || !typedToken.isEmpty())) {
        ready({}, typedSecret, typedToken);
        return;
    }
    const bool secretStored = existing && existing->hasAccessKey();
    const bool tokenStored = existing && existing->hasSecurityToken();
    if (typedSecret.isEmpty() && !secretStored) {
        ready(tr("AccessKey secret: enter the secret."), {}, {});
        return;
    }
    if (needsToken && typedToken.isEmpty() && !tokenStored) {
        ready(tr("STS token: enter the token."), {}, {});
        return;
    }
    const QString name = existing->name;
    m_secrets.loadCredentials(
        name, this,
        [name, typedSecret, typedToken, needsToken,
         ready = std::move(ready)](const credentials::StoredCredentials &stored) {
            if (stored.error) {
                ready(stored.error->message, {}, {});
                return;
            }
            const QString secret =
                typedSecret.isEmpty() ? stored.accessKeySecret.value_or(QString()) : typedSecret;
            if (secret.isEmpty()) {
                ready(tr("The system keychain holds no AccessKey secret for profile \"%1\", or "
                         "it is locked. Unlock the keychain, or enter the secret in AccessKey "
                         "secret.")
                          .arg(name),
                      {}, {});
                return;
            }
            QString token = typedToken;
            if (needsToken && token.isEmpty())
                token = stored.securityToken.value_or(QString());
            if (needsToken && token.isEmpty()) {
                ready(tr("The system keychain holds no STS token for profile \"%1\". Enter the "
                         "token in STS token.")
                          .arg(name),
                      {}, {});
                return;
            }
            ready({}, secret, token);
        });
}

void ProfileDialog::save()
{
    if (!m_ui->saveButton->isEnabled())
        return;
    Profile profile = profileFromForm();
    if (QString error = credentials::validateProfile(profile); !error.isEmpty()) {
        finishOperation(error, true);
        return;
    }
    // Checked now so that a typo shows here, not at the first request; a file that goes
    // missing later is reported when the profile is used.
    if (!profile.caCertificatesFile.isEmpty()) {
        QString why;
        api::NetworkSettings::readCaFile(profile.caCertificatesFile, &why);
        if (!why.isEmpty()) {
            finishOperation(why, true);
            return;
        }
    }
    if (QString error = credentials::validateSourceChain(profile, profilesAsSaved(profile));
        !error.isEmpty()) {
        finishOperation(error, true);
        return;
    }
    const auto existing = m_profiles.profile(m_editing);
    const bool renamed = !existing || existing->name != profile.name;
    if (renamed && m_profiles.contains(profile.name)) {
        finishOperation(
            tr("Profile name: a profile named \"%1\" already exists.").arg(profile.name), true);
        return;
    }
    const bool secretTyped = !m_ui->accessKeySecretEdit->text().isEmpty();
    if (profile.hasAccessKey() && existing && existing->hasAccessKey() &&
        existing->accessKeyId != profile.accessKeyId && !secretTyped) {
        finishOperation(
            tr("AccessKey secret: enter the secret that belongs to the new AccessKey ID."), true);
        return;
    }
    const bool tokenTyped =
        profile.hasSecurityToken() && !m_ui->securityTokenEdit->text().isEmpty();
    const bool keychainUnchanged = existing && !renamed && !secretTyped && !tokenTyped &&
                                   existing->hasAccessKey() == profile.hasAccessKey() &&
                                   existing->hasSecurityToken() == profile.hasSecurityToken();
    if (keychainUnchanged) {
        if (QString error = m_profiles.save(profile); !error.isEmpty()) {
            finishOperation(error, true);
            return;
        }
        Q_EMIT profileSaved(profile.name);
        finishOperation(tr("Profile \"%1\" saved.").arg(profile.name), false);
        return;
    }
    setBusy(true);
    resolveSecrets(
        [this, profile](const QString &error, const QString &secret, const QString &token) {
            if (!error.isEmpty()) {
                finishOperation(error, true);
                return;
            }
            storeAndSave(profile, secret, token);
        });
}

void ProfileDialog::storeAndSave(const Profile &form, const QString &secret, const QString &token)
{
    const Profile profile = form;
    const QString previousName = m_editing;
    auto written = [this, profile,
                    previousName](const std::optional<credentials::KeychainError> &error) {
        if (error) {
            finishOperation(
                tr("Profile \"%1\" was not saved. %2").arg(profile.name, error->message), true);
            return;
        }
        // Renamed: one write saves it under the new name and points the profiles that assume a
        // role with it at the new name; its secrets under the old keys go after.
        const bool renamed = !previousName.isEmpty() && previousName != profile.name;
        const QString saveError =
            renamed ? m_profiles.rename(previousName, profile) : m_profiles.save(profile);
        if (!saveError.isEmpty()) {
            finishOperation(saveError, true);
            return;
        }
        m_editing = profile.name;
        if (renamed) {
            m_secrets.removeSecrets(
                previousName, this,
                [this, previousName](const std::optional<credentials::KeychainError> &error) {
                    if (error)
                        showStatus(tr("The keychain entries of the old name \"%1\" could not be "
                                      "removed. %2")
                                       .arg(previousName, error->message),
                                   true);
                });
        }
        selectProfile(profile.name);
        finishOperation(
            profile.hasAccessKey()
                ? tr("Profile \"%1\" saved; its secret is in the system keychain.")
                      .arg(profile.name)
                : tr("Profile \"%1\" saved. Its temporary credentials are fetched when it is "
                     "used, and kept in memory only.")
                      .arg(profile.name),
            false);
        Q_EMIT profileSaved(profile.name);
    };
    // A mode without an AccessKey leaves nothing in the keychain: secrets of the profile's
    // earlier mode are deleted, not left behind unused.
    if (profile.hasAccessKey())
        m_secrets.storeCredentials(profile.name, secret, token, this, written);
    else
        m_secrets.removeSecrets(profile.name, this, written);
}

void ProfileDialog::removeCurrent()
{
    if (m_editing.isEmpty() || !m_ui->removeButton->isEnabled())
        return;
    const QString name = m_editing;
    const auto profile = m_profiles.profile(name);
    QString text = profile && profile->hasAccessKey()
                       ? tr("Remove profile \"%1\"? Its secrets are deleted from the system "
                            "keychain.")
                             .arg(name)
                       : tr("Remove profile \"%1\"?").arg(name);
    // Profiles that assume a role with this one stop working: they are named here.
    if (const QStringList dependents = credentials::dependentsOf(name, m_profiles.profiles());
        !dependents.isEmpty()) {
        text += u' ' + tr("The profiles %1 use it as their source profile and will stop working "
                          "until they get another.")
                           .arg(dependents.join(u", "_s));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"), text,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"removeConfirmation"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            removeConfirmed(name);
    });
    box->open();
}

void ProfileDialog::removeConfirmed(const QString &name)
{
    setBusy(true);
    // Secrets first: if the keychain refuses, the profile stays so the user can try again, and no
    // secret is left behind without a profile that points to it.
    m_secrets.removeSecrets(
        name, this, [this, name](const std::optional<credentials::KeychainError> &error) {
            if (error) {
                finishOperation(tr("Profile \"%1\" was not removed. %2").arg(name, error->message),
                                true);
                return;
            }
            if (QString removeError = m_profiles.remove(name); !removeError.isEmpty()) {
                finishOperation(removeError, true);
                return;
            }
            if (m_profiles.profiles().isEmpty())
                startNewProfile();
            else
                selectProfile(m_profiles.names().constFirst());
            finishOperation(
                tr("Profile \"%1\" was removed, with anything it kept in the keychain.").arg(name),
                false);
            Q_EMIT profileRemoved(name);
        });
}

void ProfileDialog::testConnection()
{
    if (!m_ui->testButton->isEnabled())
        return;
    const Profile profile = profileFromForm();
    QString error = credentials::validateProfile(profile);
    if (error.isEmpty())
        error = credentials::validateSourceChain(profile, profilesAsSaved(profile));
    if (!error.isEmpty()) {
        finishOperation(error, true);
        return;
    }
    const api::Endpoint endpoint = credentials::endpointFor(profile);
    QString networkError;
    const api::NetworkSettings network =
        credentials::networkSettingsFor(profile, m_environment, &networkError);
    if (!networkError.isEmpty()) {
        finishOperation(networkError, true);
        return;
    }
    setBusy(true);
    showStatus(tr("Testing the connection to %1…").arg(QString::fromUtf8(endpoint.origin())),
               false);
    resolveSecrets([this, profile, endpoint, network](const QString &error, const QString &secret,
                                                      const QString &token) {
        if (!error.isEmpty()) {
            finishOperation(error, true);
            return;
        }
        // A role mode's source profiles come from the keychain too; then the tester builds the
        // provider, so the STS or metadata request is part of the test.
        m_resolver->forUnsavedProfile(
            profile, secret, token, this,
            [this, endpoint, network](const credentials::ResolvedCredentials &resolved) {
                if (!resolved.error.isEmpty()) {
                    finishOperation(resolved.error, true);
                    return;
                }
                m_tester->start(endpoint, resolved, network,
                                credentials::ProviderSettings::fromEnvironment(m_environment));
            });
    });
}

void ProfileDialog::chooseCaFile()
{
    const QString current = m_ui->caFileEdit->text().trimmed();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("CA certificates file"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->caFileEdit->setText(chosen);
}

void ProfileDialog::showImport(ImportSource source)
{
    using namespace credentials;
    switch (source) {
    case ImportSource::AliyunConfig:
        m_pendingImport = AliyunConfigImporter::read(m_aliyunConfigPath);
        break;
    case ImportSource::CredentialsIni:
        m_pendingImport = CredentialsIniImporter::read(m_credentialsIniPath);
        break;
    case ImportSource::Environment:
        m_pendingImport = EnvironmentImporter::read(m_environment);
        break;
    }
    const ImportReport &report = m_pendingImport;
    if (!report.error.isEmpty() && report.skipped.isEmpty()) {
        finishOperation(report.error, true);
        return;
    }

    m_ui->importTitleLabel->setText(tr("Import from %1").arg(report.source));
    m_ui->importFoundList->clear();
    for (qsizetype i = 0; i < report.candidates.size(); ++i) {
        const ImportCandidate &c = report.candidates.at(i);
        QStringList notes{credentials::credentialModeTitle(c.profile.mode)};
        if (c.profile.hasAccessKey())
            notes << tr("AccessKey ID %1").arg(c.profile.accessKeyId);
        if (!c.profile.role.roleArn.isEmpty())
            notes << tr("role %1").arg(c.profile.role.roleArn);
        if (!c.profile.role.sourceProfile.isEmpty())
            notes << tr("source profile %1").arg(c.profile.role.sourceProfile);
        // What PaiDesk will run or fetch from is seen before it is imported.
        if (!c.profile.role.processCommand.isEmpty())
            notes << tr("runs %1").arg(c.profile.role.processCommand);
        if (!c.profile.role.credentialsUri.isEmpty())
            notes << tr("fetches %1").arg(c.profile.role.credentialsUri);
        notes << tr("region %1").arg(c.profile.regionId);
        if (c.profile.endpointMode == EndpointMode::Vpc)
            notes << tr("VPC endpoint");
        if (m_profiles.contains(c.profile.name))
            notes << tr("replaces the existing profile");
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.profile.name, notes.join(u", "_s)),
                                         m_ui->importFoundList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, int(i));
    }
    m_ui->importSkippedList->clear();
    for (const SkippedEntry &entry : report.skipped) {
        m_ui->importSkippedList->addItem(tr("%1: %2").arg(entry.name, entry.reason));
    }
    m_ui->importSkippedLabel->setVisible(!report.skipped.isEmpty());
    m_ui->importSkippedList->setVisible(!report.skipped.isEmpty());
    m_ui->importConfirmButton->setEnabled(!report.candidates.isEmpty());
    if (!report.error.isEmpty())
        m_ui->importStatusLabel->setText(report.error);
    else if (report.candidates.isEmpty())
        m_ui->importStatusLabel->setText(tr("Nothing here can be imported."));
    else
        m_ui->importStatusLabel->setText(
            tr("Secrets are stored in the system keychain; %1 is not changed.").arg(report.source));
    m_ui->stack->setCurrentWidget(m_ui->importPage);
    if (report.candidates.isEmpty())
        m_ui->importBackButton->setFocus();
    else
        m_ui->importFoundList->setFocus();
}

void ProfileDialog::confirmImport()
{
    QList<credentials::ImportCandidate> chosen;
    for (int row = 0; row < m_ui->importFoundList->count(); ++row) {
        const QListWidgetItem *item = m_ui->importFoundList->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.append(m_pendingImport.candidates.at(item->data(Qt::UserRole).toInt()));
    }
    if (chosen.isEmpty()) {
        m_ui->importStatusLabel->setText(tr("Check at least one profile to import."));
        return;
    }
    setBusy(true);
    m_ui->importStatusLabel->setText(tr("Writing the secrets to the system keychain…"));
    m_importer->importCandidates(chosen, [this, chosen](const QString &error) {
        if (!error.isEmpty()) {
            setBusy(false);
            m_ui->importStatusLabel->setText(tr("Nothing was imported. %1").arg(error));
            Q_EMIT operationFinished();
            return;
        }
        m_pendingImport = {};
        m_ui->stack->setCurrentWidget(m_ui->editPage);
        selectProfile(chosen.constFirst().profile.name);
        for (const credentials::ImportCandidate &c : chosen)
            Q_EMIT profileSaved(c.profile.name);
        finishOperation(tr("Profiles imported: %1. Their secrets are in the system keychain.")
                            .arg(chosen.size()),
                        false);
    });
}

void ProfileDialog::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->testButton),
          static_cast<QWidget *>(m_ui->newButton), static_cast<QWidget *>(m_ui->importAliyunButton),
          static_cast<QWidget *>(m_ui->importIniButton),
          static_cast<QWidget *>(m_ui->importEnvironmentButton),
          static_cast<QWidget *>(m_ui->importConfirmButton),
          static_cast<QWidget *>(m_ui->profileList)})
        w->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && !m_editing.isEmpty());
    if (!busy)
        m_ui->importConfirmButton->setEnabled(!m_pendingImport.candidates.isEmpty());
}

void ProfileDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(error ? tr("Error: %1").arg(text) : text);
}

void ProfileDialog::finishOperation(const QString &text, bool error)
{
    setBusy(false);
    showStatus(text, error);
    Q_EMIT operationFinished();
}

} // namespace gui
