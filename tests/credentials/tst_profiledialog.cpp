// The profile dialog, offscreen, with a real Secret Service (run under
// `dbus-run-session -- scripts/with-test-keyring`) and a real sandbox for "Test connection".
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "gui/profiles/profiledialog.h"
#include "gui/profiles/regioncombobox.h"
#include "support/connectproxy.h"
#include "support/sandboxfixture.h"
#include "support/testcertificates.h"
#include "support/wiresamples.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace credentials;

Q_DECLARE_METATYPE(credentials::CredentialMode)

namespace {
constexpr int Timeout = 20000;

QString dataFile(const QString &name)
{
    return QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/credentials/"_s + name;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void chooseMode(QWidget *dialog, CredentialMode mode)
{
    auto *combo = child<QComboBox>(dialog, "credentialModeCombo");
    combo->setCurrentIndex(combo->findData(int(mode)));
}

// Fills the form for a profile that talks to `endpoint` directly (custom endpoint mode).
void typeCustomProfile(QWidget *dialog, const QString &name, const QUrl &endpoint,
                       const QString &accessKeyId, const QString &secret)
{
    type(dialog, "nameEdit", name);
    child<QComboBox>(dialog, "endpointModeCombo")->setCurrentIndex(int(EndpointMode::Custom));
    type(dialog, "endpointUrlEdit", endpoint.toString());
    type(dialog, "accessKeyIdEdit", accessKeyId);
    type(dialog, "accessKeySecretEdit", secret);
}

bool anyFileContains(const QString &root, const QString &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            return true;
    }
    return false;
}
} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void controlsAreAccessible();
    void regionPickerListsPaiRegions();
    void addProfileStoresSecretInKeychainOnly();
    void invalidInputNamesTheField_data();
    void invalidInputNamesTheField();
    void editWithoutSecretKeepsKeychain();
    void renameMovesSecrets();
    void clearingTheTokenDeletesIt();
    void removeDeletesKeychainEntries();
    void eachModeShowsOnlyItsFields_data();
    void eachModeShowsOnlyItsFields();
    void roleProfileKeepsSettingsPlainAndSecretInKeychain();
    void sourceProfileIsPickedFromTheOthers();
    void testConnectionShowsTheAssumedRoleAndExpiry();
    void testConnectionNamesAnUntrustedRole();
    void chainsAreCheckedBeforeAnythingIsWritten();
    void importAliyunConfigShowsFoundAndSkipped();
    void importMalformedFileImportsNothing();
    void importEnvironmentWithoutVariables();
    void testConnectionShowsRequestId();
    void testConnectionShowsError();
    void networkFieldsAreChecked_data();
    void networkFieldsAreChecked();
    void testConnectionOverTlsThroughTheProfileProxy();
    void testConnectionWithoutTheCaNamesHostAndReason();

private:
    void createDialog();
    void startNew();
    bool saveAndWait();
    std::optional<QString> storedSecret(const QString &profile, SecretKind kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore m_secrets;
    std::unique_ptr<gui::ProfileDialog> m_dialog;
};

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"config/PaiDesk/profiles.conf"_s));
    createDialog();
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestProfileDialog::createDialog()
{
    m_dialog = std::make_unique<gui::ProfileDialog>(*m_profiles, m_secrets);
    m_dialog->setImportSources(dataFile(u"aliyun-valid.json"_s),
                               dataFile(u"credentials-valid.ini"_s), QProcessEnvironment());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::startNew()
{
    QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_dialog->currentProfileName().isEmpty());
}

bool TestProfileDialog::saveAndWait()
{
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "saveButton"), Qt::LeftButton);
    return !finished.isEmpty() || finished.wait(Timeout);
}

std::optional<QString> TestProfileDialog::storedSecret(const QString &profile, SecretKind kind)
{
    std::optional<SecretResult> result;
    m_secrets.readSecret(profile, kind, this, [&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout) || result->error)
        return u"<keychain error>"_s;
    return result->value;
}

void TestProfileDialog::controlsAreAccessible()
{
    const auto widgets = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QListWidget *>(w)) {
            if (w->objectName().startsWith(u"qt_"_s) || w->parent()->inherits("QDialogButtonBox") ||
                w->parent()->inherits("QComboBox") || w->objectName().isEmpty())
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->focusPolicy() != Qt::NoFocus, qPrintable(w->objectName()));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    // Every form label leads the keyboard to its field.
    for (auto *label : m_dialog->findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
    }
    // Alt+letter reaches exactly one control on the editor page, in every credential mode: the
    // rows a mode hides do not fire, the ones it shows must not share a letter.
    QWidget *editPage = child<QWidget>(m_dialog.get(), "editPage");
    for (CredentialMode mode : allCredentialModes()) {
        chooseMode(m_dialog.get(), mode);
        QMap<QChar, QString> mnemonics;
        for (QWidget *w : editPage->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_dialog.get()))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == u'&')
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key),
                     qPrintable(credentialModeName(mode) + u": "_s + w->objectName() + u" and "_s +
                                mnemonics.value(key)));
            mnemonics.insert(key, w->objectName());
        }
        QVERIFY2(mnemonics.size() >= 12, qPrintable(credentialModeName(mode)));
    }
    chooseMode(m_dialog.get(), CredentialMode::StsToken);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "accessKeySecretEdit")->echoMode(),
             QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "securityTokenEdit")->echoMode(),
             QLineEdit::Password);

    // Ctrl+N starts a new profile with the focus in the name field.
    QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_dialog.get(), "nameEdit"));
}

void TestProfileDialog::regionPickerListsPaiRegions()
{
    auto *combo = child<gui::RegionComboBox>(m_dialog.get(), "regionCombo");
    QVERIFY(combo->findData(u"cn-hangzhou"_s) >= 0);
    QVERIFY(combo->findData(u"ap-southeast-1"_s) >= 0);
    QVERIFY(combo->findData(u"eu-central-1"_s) >= 0);
    QCOMPARE(combo->regionId(), defaultRegionId());
    combo->setRegionId(u"cn-beijing"_s);
    QCOMPARE(combo->regionId(), u"cn-beijing"_s);
    QVERIFY(combo->currentText().contains(u"cn-beijing"_s));
    // An ID the list does not know is kept, not replaced by another region.
    combo->setRegionId(u"me-central-1"_s);
    QCOMPARE(combo->regionId(), u"me-central-1"_s);
}

void TestProfileDialog::addProfileStoresSecretInKeychainOnly()
{
    QVERIFY(m_profiles->profiles().isEmpty());
    type(m_dialog.get(), "nameEdit", u"work"_s);
    child<gui::RegionComboBox>(m_dialog.get(), "regionCombo")->setRegionId(u"cn-shenzhen"_s);
    child<QComboBox>(m_dialog.get(), "endpointModeCombo")->setCurrentIndex(int(EndpointMode::Vpc));
    chooseMode(m_dialog.get(), CredentialMode::StsToken);
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tDialogWork"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"dialog-work-secret-123"_s);
    type(m_dialog.get(), "securityTokenEdit", u"dialog-work-token-456"_s);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"saved"_s), qPrintable(m_dialog->statusText()));

    const auto saved = m_profiles->profile(u"work"_s);
    QVERIFY(saved);
    QCOMPARE(saved->regionId, u"cn-shenzhen"_s);
    QCOMPARE(saved->endpointMode, EndpointMode::Vpc);
    QCOMPARE(saved->accessKeyId, u"LTAI5tDialogWork"_s);
    QVERIFY(saved->hasSecurityToken());
    QCOMPARE(storedSecret(u"work"_s, SecretKind::AccessKeySecret), u"dialog-work-secret-123"_s);
    QCOMPARE(storedSecret(u"work"_s, SecretKind::SecurityToken), u"dialog-work-token-456"_s);
    QCOMPARE(m_dialog->currentProfileName(), u"work"_s);
    // The fields do not keep the secrets around after saving.
    QVERIFY(child<QLineEdit>(m_dialog.get(), "accessKeySecretEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(m_dialog.get(), "securityTokenEdit")->text().isEmpty());

    QVERIFY(anyFileContains(m_dir->path(), u"LTAI5tDialogWork"_s));
    QVERIFY(!anyFileContains(m_dir->path(), u"dialog-work-secret-123"_s));
    QVERIFY(!anyFileContains(m_dir->path(), u"dialog-work-token-456"_s));
}

void TestProfileDialog::invalidInputNamesTheField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mentions");
    const int pub = int(EndpointMode::Public);
    const int custom = int(EndpointMode::Custom);
    QTest::newRow("no name") << QString() << pub << QString() << u"LTAI"_s << u"s"_s
                             << u"Profile name"_s;
    QTest::newRow("colon") << u"a:b"_s << pub << QString() << u"LTAI"_s << u"s"_s
                           << u"Profile name"_s;
    QTest::newRow("no key id") << u"p"_s << pub << QString() << QString() << u"s"_s
                               << u"AccessKey ID"_s;
    QTest::newRow("no secret") << u"p"_s << pub << QString() << u"LTAI"_s << QString()
                               << u"AccessKey secret"_s;
    QTest::newRow("bad url") << u"p"_s << custom << u"http://example.com"_s << u"LTAI"_s << u"s"_s
                             << u"Endpoint URL"_s;
}

void TestProfileDialog::invalidInputNamesTheField()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QFETCH(QString, url);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, mentions);
    type(m_dialog.get(), "nameEdit", name);
    child<QComboBox>(m_dialog.get(), "endpointModeCombo")->setCurrentIndex(mode);
    type(m_dialog.get(), "endpointUrlEdit", url);
    type(m_dialog.get(), "accessKeyIdEdit", keyId);
    type(m_dialog.get(), "accessKeySecretEdit", secret);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().startsWith(u"Error:"_s), qPrintable(m_dialog->statusText()));
    QVERIFY2(m_dialog->statusText().contains(mentions), qPrintable(m_dialog->statusText()));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestProfileDialog::editWithoutSecretKeepsKeychain()
{
    type(m_dialog.get(), "nameEdit", u"keep"_s);
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tKeep"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"keep-secret"_s);
    QVERIFY(saveAndWait());

    child<gui::RegionComboBox>(m_dialog.get(), "regionCombo")->setRegionId(u"cn-beijing"_s);
    QVERIFY(saveAndWait());
    QCOMPARE(m_profiles->profile(u"keep"_s)->regionId, u"cn-beijing"_s);
    QCOMPARE(storedSecret(u"keep"_s, SecretKind::AccessKeySecret), u"keep-secret"_s);

    // A new AccessKey ID needs its own secret.
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tOther"_s);
    QVERIFY(saveAndWait());
    QVERIFY(m_dialog->statusText().contains(u"AccessKey secret"_s));
    QCOMPARE(m_profiles->profile(u"keep"_s)->accessKeyId, u"LTAI5tKeep"_s);
}

void TestProfileDialog::renameMovesSecrets()
{
    type(m_dialog.get(), "nameEdit", u"old-name"_s);
    chooseMode(m_dialog.get(), CredentialMode::StsToken);
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tRename"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"rename-secret"_s);
    type(m_dialog.get(), "securityTokenEdit", u"rename-token"_s);
    QVERIFY(saveAndWait());

    type(m_dialog.get(), "nameEdit", u"new-name"_s);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"saved"_s), qPrintable(m_dialog->statusText()));
    QCOMPARE(m_profiles->names(), QStringList{u"new-name"_s});
    QVERIFY(m_profiles->profile(u"new-name"_s)->hasSecurityToken());
    QCOMPARE(storedSecret(u"new-name"_s, SecretKind::AccessKeySecret), u"rename-secret"_s);
    QCOMPARE(storedSecret(u"new-name"_s, SecretKind::SecurityToken), u"rename-token"_s);
    QTRY_COMPARE_WITH_TIMEOUT(storedSecret(u"old-name"_s, SecretKind::AccessKeySecret),
                              std::nullopt, Timeout);
    QCOMPARE(storedSecret(u"old-name"_s, SecretKind::SecurityToken), std::nullopt);
}

void TestProfileDialog::clearingTheTokenDeletesIt()
{
    auto *token = child<QLineEdit>(m_dialog.get(), "securityTokenEdit");
    QVERIFY(!token->isVisibleTo(m_dialog.get())); // a plain AccessKey has no token
    type(m_dialog.get(), "nameEdit", u"sts"_s);
    chooseMode(m_dialog.get(), CredentialMode::StsToken);
    QVERIFY(token->isVisibleTo(m_dialog.get()));
    type(m_dialog.get(), "accessKeyIdEdit", u"STS.Sample"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"sts-secret"_s);
    type(m_dialog.get(), "securityTokenEdit", u"sts-token"_s);
    QVERIFY(saveAndWait());
    QCOMPARE(storedSecret(u"sts"_s, SecretKind::SecurityToken), u"sts-token"_s);

    // Back to a plain AccessKey: the stored token goes, the secret stays.
    chooseMode(m_dialog.get(), CredentialMode::AccessKey);
    QVERIFY(!token->isVisibleTo(m_dialog.get()));
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"saved"_s), qPrintable(m_dialog->statusText()));
    QVERIFY(!m_profiles->profile(u"sts"_s)->hasSecurityToken());
    QCOMPARE(storedSecret(u"sts"_s, SecretKind::SecurityToken), std::nullopt);
    QCOMPARE(storedSecret(u"sts"_s, SecretKind::AccessKeySecret), u"sts-secret"_s);

    // And to StsToken again: the token must be entered, nothing stale comes back.
    chooseMode(m_dialog.get(), CredentialMode::StsToken);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"STS token"_s), qPrintable(m_dialog->statusText()));
    QVERIFY(!m_profiles->profile(u"sts"_s)->hasSecurityToken());
}

void TestProfileDialog::removeDeletesKeychainEntries()
{
    type(m_dialog.get(), "nameEdit", u"doomed"_s);
    chooseMode(m_dialog.get(), CredentialMode::StsToken);
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tDoomed"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"doomed-secret"_s);
    type(m_dialog.get(), "securityTokenEdit", u"doomed-token"_s);
    QVERIFY(saveAndWait());
    QCOMPARE(storedSecret(u"doomed"_s, SecretKind::SecurityToken), u"doomed-token"_s);

    // Answering No keeps everything.
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"removeConfirmation"_s)));
    QVERIFY(box->text().contains(u"doomed"_s));
    box->button(QMessageBox::No)->click();
    QVERIFY(m_profiles->contains(u"doomed"_s));

    QSignalSpy removed(m_dialog.get(), &gui::ProfileDialog::profileRemoved);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"removeConfirmation"_s)));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(removed.wait(Timeout));
    QVERIFY(!m_profiles->contains(u"doomed"_s));
    QCOMPARE(storedSecret(u"doomed"_s, SecretKind::AccessKeySecret), std::nullopt);
    QCOMPARE(storedSecret(u"doomed"_s, SecretKind::SecurityToken), std::nullopt);
    QVERIFY(m_dialog->currentProfileName().isEmpty());
}

void TestProfileDialog::eachModeShowsOnlyItsFields_data()
{
    QTest::addColumn<CredentialMode>("mode");
    QTest::addColumn<QStringList>("shown");
    const QStringList key{u"accessKeyIdEdit"_s, u"accessKeySecretEdit"_s};
    const QStringList role{u"roleArnEdit"_s, u"sessionNameEdit"_s, u"durationSpin"_s,
                           u"stsEndpointEdit"_s};
    QTest::newRow("AK") << CredentialMode::AccessKey << key;
    QTest::newRow("StsToken") << CredentialMode::StsToken
                              << key + QStringList{u"securityTokenEdit"_s};
    QTest::newRow("RamRoleArn") << CredentialMode::RamRoleArn
                                << key + role + QStringList{u"externalIdEdit"_s};
    QTest::newRow("ChainableRamRoleArn")
        << CredentialMode::ChainableRamRoleArn
        << role + QStringList{u"sourceProfileCombo"_s, u"externalIdEdit"_s};
    QTest::newRow("EcsRamRole") << CredentialMode::EcsRamRole << QStringList{u"ecsRoleNameEdit"_s};
    QTest::newRow("OIDC") << CredentialMode::Oidc
                          << role + QStringList{u"oidcProviderArnEdit"_s, u"oidcTokenFileEdit"_s};
    QTest::newRow("CredentialsURI")
        << CredentialMode::CredentialsUri << QStringList{u"credentialsUriEdit"_s};
    QTest::newRow("External") << CredentialMode::External << QStringList{u"processCommandEdit"_s};
}

void TestProfileDialog::eachModeShowsOnlyItsFields()
{
    QFETCH(CredentialMode, mode);
    QFETCH(QStringList, shown);
    const QStringList modeFields{
        u"accessKeyIdEdit"_s,    u"accessKeySecretEdit"_s, u"securityTokenEdit"_s,
        u"sourceProfileCombo"_s, u"ecsRoleNameEdit"_s,     u"oidcProviderArnEdit"_s,
        u"oidcTokenFileEdit"_s,  u"credentialsUriEdit"_s,  u"processCommandEdit"_s,
        u"roleArnEdit"_s,        u"sessionNameEdit"_s,     u"externalIdEdit"_s,
        u"durationSpin"_s,       u"stsEndpointEdit"_s};
    // From another mode, so that each row really changes.
    chooseMode(m_dialog.get(), mode == CredentialMode::External ? CredentialMode::AccessKey
                                                                : CredentialMode::External);
    chooseMode(m_dialog.get(), mode);
    for (const QString &name : modeFields) {
        auto *field = m_dialog->findChild<QWidget *>(name);
        QVERIFY2(field, qPrintable(name));
        QCOMPARE(field->isVisibleTo(m_dialog.get()), shown.contains(name));
        // The label goes with its field.
        const auto labels = m_dialog->findChildren<QLabel *>();
        const auto label = std::find_if(labels.cbegin(), labels.cend(),
                                        [&](const QLabel *l) { return l->buddy() == field; });
        QVERIFY2(label != labels.cend(), qPrintable(name));
        QCOMPARE((*label)->isVisibleTo(m_dialog.get()), shown.contains(name));
    }
    // The form still fits: no field is pushed below the buttons at the dialog's size.
    auto *save = child<QPushButton>(m_dialog.get(), "saveButton");
    for (const QString &name : shown) {
        auto *field = m_dialog->findChild<QWidget *>(name);
        QTRY_VERIFY(field->mapTo(m_dialog.get(), QPoint(0, field->height())).y() <=
                    save->mapTo(m_dialog.get(), QPoint(0, 0)).y());
    }
}

void TestProfileDialog::roleProfileKeepsSettingsPlainAndSecretInKeychain()
{
    type(m_dialog.get(), "nameEdit", u"admin-role"_s);
    chooseMode(m_dialog.get(), CredentialMode::RamRoleArn);
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tRoleSource"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"role-source-secret-789"_s);
    type(m_dialog.get(), "roleArnEdit", u"registry-admin"_s);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"Role ARN"_s), qPrintable(m_dialog->statusText()));
    QVERIFY(m_profiles->profiles().isEmpty());

    type(m_dialog.get(), "roleArnEdit", u"acs:ram::123456789012:role/registry-admin"_s);
    type(m_dialog.get(), "sessionNameEdit", u"alice"_s);
    type(m_dialog.get(), "externalIdEdit", u"ext-42"_s);
    child<QSpinBox>(m_dialog.get(), "durationSpin")->setValue(1800);
    type(m_dialog.get(), "stsEndpointEdit", u"sts-vpc.cn-hangzhou.aliyuncs.com"_s);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"saved"_s), qPrintable(m_dialog->statusText()));

    const auto saved = m_profiles->profile(u"admin-role"_s);
    QVERIFY(saved);
    QCOMPARE(saved->mode, CredentialMode::RamRoleArn);
    QCOMPARE(saved->accessKeyId, u"LTAI5tRoleSource"_s);
    QCOMPARE(saved->role.roleArn, u"acs:ram::123456789012:role/registry-admin"_s);
    QCOMPARE(saved->role.sessionName, u"alice"_s);
    QCOMPARE(saved->role.externalId, u"ext-42"_s);
    QCOMPARE(saved->role.durationSeconds, 1800);
    QCOMPARE(saved->role.stsEndpoint, u"sts-vpc.cn-hangzhou.aliyuncs.com"_s);
    // Another reader of the file sees the same: the settings are plain, the secret is not there.
    QCOMPARE(ProfileStore(m_profiles->fileName()).profile(u"admin-role"_s), saved);
    QVERIFY(anyFileContains(m_dir->path(), u"acs:ram::123456789012:role/registry-admin"_s));
    QVERIFY(!anyFileContains(m_dir->path(), u"role-source-secret-789"_s));
    QCOMPARE(storedSecret(u"admin-role"_s, SecretKind::AccessKeySecret),
             u"role-source-secret-789"_s);

    // On an ECS instance the key is not needed any more: it leaves the keychain.
    chooseMode(m_dialog.get(), CredentialMode::EcsRamRole);
    type(m_dialog.get(), "ecsRoleNameEdit", u"RegistryRole"_s);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"memory only"_s), qPrintable(m_dialog->statusText()));
    const auto ecs = m_profiles->profile(u"admin-role"_s);
    QCOMPARE(ecs->mode, CredentialMode::EcsRamRole);
    QCOMPARE(ecs->role.ecsRoleName, u"RegistryRole"_s);
    QVERIFY(ecs->accessKeyId.isEmpty());
    QVERIFY(ecs->role.roleArn.isEmpty()); // only the mode's own settings are kept
    QCOMPARE(storedSecret(u"admin-role"_s, SecretKind::AccessKeySecret), std::nullopt);
}

void TestProfileDialog::sourceProfileIsPickedFromTheOthers()
{
    for (const QString &name : {u"base-a"_s, u"base-b"_s}) {
        startNew();
        type(m_dialog.get(), "nameEdit", name);
        type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tBase"_s);
        type(m_dialog.get(), "accessKeySecretEdit", u"base-secret"_s);
        QVERIFY(saveAndWait());
    }
    startNew();
    type(m_dialog.get(), "nameEdit", u"chained"_s);
    chooseMode(m_dialog.get(), CredentialMode::ChainableRamRoleArn);
    auto *sources = child<QComboBox>(m_dialog.get(), "sourceProfileCombo");
    QCOMPARE(sources->count(), 2);
    sources->setCurrentIndex(sources->findData(u"base-b"_s));
    type(m_dialog.get(), "roleArnEdit", u"acs:ram::123456789012:role/cross"_s);
    QVERIFY(saveAndWait());
    QCOMPARE(m_profiles->profile(u"chained"_s)->role.sourceProfile, u"base-b"_s);
    // A profile is never offered as its own source.
    QCOMPARE(sources->findData(u"chained"_s), -1);

    // Renaming the source keeps the chain.
    m_dialog->selectProfile(u"base-b"_s);
    type(m_dialog.get(), "nameEdit", u"base-renamed"_s);
    QVERIFY(saveAndWait());
    QCOMPARE(m_profiles->profile(u"chained"_s)->role.sourceProfile, u"base-renamed"_s);
}

void TestProfileDialog::testConnectionShowsTheAssumedRoleAndExpiry()
{
    testsupport::SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    sandbox.server().setStsEnabled(true);
    const QString role = u"acs:ram::100000000000000:role/dialog-tester"_s;
    sandbox.server().addTrustedRole(role);
    typeCustomProfile(m_dialog.get(), u"role"_s, sandbox.url(),
                      QString::fromLatin1(sandbox.AccessKeyId),
                      QString::fromLatin1(sandbox.AccessKeySecret));
    chooseMode(m_dialog.get(), CredentialMode::RamRoleArn);
    type(m_dialog.get(), "roleArnEdit", role);
    type(m_dialog.get(), "sessionNameEdit", u"tester"_s);
    type(m_dialog.get(), "stsEndpointEdit", sandbox.url().toString());

    QList<sandbox::ReceivedRequest> received;
    connect(&sandbox.server(), &sandbox::SandboxServer::requestHandled, this,
            [&](const sandbox::ReceivedRequest &r) { received.append(r); });
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    const QString status = m_dialog->statusText();
    QVERIFY2(!status.startsWith(u"Error"_s), qPrintable(status));
    QVERIFY2(status.contains(role + u"/tester"_s), qPrintable(status));
    QVERIFY2(status.contains(u"expire"_s), qPrintable(status));
    QVERIFY2(status.contains(u"RequestId: "_s), qPrintable(status));
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).operation, u"AssumeRole"_s);
    QCOMPARE(received.at(1).operation, u"ListWorkspaces"_s);
    QVERIFY(!testsupport::headerOf(received.at(1), "x-acs-security-token").isEmpty());
    QVERIFY(m_profiles->profiles().isEmpty()); // testing does not save
}

void TestProfileDialog::testConnectionNamesAnUntrustedRole()
{
    testsupport::SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    sandbox.server().setStsEnabled(true);
    typeCustomProfile(m_dialog.get(), u"nobody"_s, sandbox.url(),
                      QString::fromLatin1(sandbox.AccessKeyId),
                      QString::fromLatin1(sandbox.AccessKeySecret));
    chooseMode(m_dialog.get(), CredentialMode::RamRoleArn);
    type(m_dialog.get(), "roleArnEdit", u"acs:ram::100000000000000:role/untrusted"_s);
    type(m_dialog.get(), "stsEndpointEdit", sandbox.url().toString());
    QList<QString> operations;
    connect(&sandbox.server(), &sandbox::SandboxServer::requestHandled, this,
            [&](const sandbox::ReceivedRequest &r) { operations.append(r.operation); });
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    const QString status = m_dialog->statusText();
    QVERIFY2(status.startsWith(u"Error:"_s), qPrintable(status));
    for (const QString &part :
         {u"\"nobody\""_s, u"RamRoleArn"_s, u"AssumeRole"_s, u"NoPermission"_s, u"RequestId"_s})
        QVERIFY2(status.contains(part), qPrintable(part + u" in "_s + status));
    // Nothing reached the API with a key that did not work.
    QCOMPARE(operations, QList<QString>{u"AssumeRole"_s});
}

void TestProfileDialog::chainsAreCheckedBeforeAnythingIsWritten()
{
    // An imported STS region shows as the host it picks, though it has no field of its own.
    Profile regional;
    regional.name = u"regional"_s;
    regional.regionId = u"cn-hangzhou"_s;
    regional.mode = CredentialMode::RamRoleArn;
    regional.accessKeyId = u"LTAI5tRegional"_s;
    regional.role.roleArn = u"acs:ram::123456789012:role/r"_s;
    regional.role.stsRegion = u"cn-shanghai"_s;
    regional.role.stsVpc = true;
    QCOMPARE(m_profiles->save(regional), QString());
    m_dialog->selectProfile(regional.name);
    QCOMPARE(child<QLineEdit>(m_dialog.get(), "stsEndpointEdit")->placeholderText(),
             u"sts-vpc.cn-shanghai.aliyuncs.com"_s);

    // A source profile with no secret in the keychain: Test connection says so and sends nothing.
    Profile base;
    base.name = u"base-no-secret"_s;
    base.regionId = u"cn-hangzhou"_s;
    base.accessKeyId = u"LTAI5tNoSecret"_s;
    QCOMPARE(m_profiles->save(base), QString());
    startNew();
    type(m_dialog.get(), "nameEdit", u"chained"_s);
    chooseMode(m_dialog.get(), CredentialMode::ChainableRamRoleArn);
    auto *sources = child<QComboBox>(m_dialog.get(), "sourceProfileCombo");
    sources->setCurrentIndex(sources->findData(base.name));
    type(m_dialog.get(), "roleArnEdit", u"acs:ram::123456789012:role/cross"_s);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(m_dialog->statusText().contains(u"\"base-no-secret\""_s) &&
                 m_dialog->statusText().contains(u"no AccessKey secret"_s),
             qPrintable(m_dialog->statusText()));

    // Saved, then the source removed: the confirmation names the profile that depends on it.
    QVERIFY(saveAndWait());
    QVERIFY2(m_profiles->contains(u"chained"_s), qPrintable(m_dialog->statusText()));
    m_dialog->selectProfile(base.name);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"removeConfirmation"_s)));
    QVERIFY2(box->text().contains(u"chained"_s) && box->text().contains(u"source profile"_s),
             qPrintable(box->text()));
    box->button(QMessageBox::No)->click();

    // A chain into itself through another profile is refused at save, with its path.
    m_dialog->selectProfile(base.name);
    chooseMode(m_dialog.get(), CredentialMode::ChainableRamRoleArn);
    sources->setCurrentIndex(sources->findData(u"chained"_s));
    type(m_dialog.get(), "roleArnEdit", u"acs:ram::123456789012:role/loop"_s);
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().contains(u"cycle"_s), qPrintable(m_dialog->statusText()));
    QCOMPARE(m_profiles->profile(base.name)->mode, CredentialMode::AccessKey);
}

void TestProfileDialog::importAliyunConfigShowsFoundAndSkipped()
{
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importAliyunButton"), Qt::LeftButton);
    auto *stack = child<QStackedWidget>(m_dialog.get(), "stack");
    QCOMPARE(stack->currentWidget()->objectName(), u"importPage"_s);
    auto *found = child<QListWidget>(m_dialog.get(), "importFoundList");
    auto *skippedList = child<QListWidget>(m_dialog.get(), "importSkippedList");
    QCOMPARE(found->count(), 5);
    QCOMPARE(skippedList->count(), 1);
    QVERIFY(skippedList->item(0)->text().contains(u"CloudSSO"_s));
    QVERIFY(found->item(1)->text().contains(u"STS"_s));
    QVERIFY2(found->item(3)->text().contains(u"acs:ram::123456789012:role/sample"_s),
             qPrintable(found->item(3)->text()));
    QVERIFY(found->item(4)->text().contains(u"ECS"_s));

    // Leave "guessed", "role" and "on-ecs" out.
    for (int row : {2, 3, 4})
        found->item(row)->setCheckState(Qt::Unchecked);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importConfirmButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(stack->currentWidget()->objectName(), u"editPage"_s);
    QVERIFY2(m_dialog->statusText().contains(u"Profiles imported: 2."_s),
             qPrintable(m_dialog->statusText()));
    QCOMPARE(m_profiles->names(), (QStringList{u"default"_s, u"temporary"_s}));
    QCOMPARE(storedSecret(u"temporary"_s, SecretKind::SecurityToken),
             u"CAISSampleStsTokenValue2222222222222222222222222222"_s);
    QVERIFY(!anyFileContains(m_dir->path(), u"SampleSecretDefault0000000000"_s));
    QVERIFY(!anyFileContains(m_dir->path(), u"CAISSampleStsTokenValue"_s));
}

void TestProfileDialog::importMalformedFileImportsNothing()
{
    m_dialog->setImportSources(dataFile(u"aliyun-malformed.json"_s),
                               dataFile(u"credentials-malformed.ini"_s), QProcessEnvironment());
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importAliyunButton"), Qt::LeftButton);
    QVERIFY2(m_dialog->statusText().contains(u"aliyun-malformed.json, line 9"_s),
             qPrintable(m_dialog->statusText()));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importIniButton"), Qt::LeftButton);
    QVERIFY2(m_dialog->statusText().contains(u"credentials-malformed.ini, line 8"_s),
             qPrintable(m_dialog->statusText()));
    QCOMPARE(child<QStackedWidget>(m_dialog.get(), "stack")->currentWidget()->objectName(),
             u"editPage"_s);
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestProfileDialog::importEnvironmentWithoutVariables()
{
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importEnvironmentButton"),
                      Qt::LeftButton);
    QVERIFY2(m_dialog->statusText().contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s),
             qPrintable(m_dialog->statusText()));

    QProcessEnvironment env;
    env.insert(u"ALICLOUD_ACCESS_KEY"_s, u"LTAI5tFromEnv"_s);
    env.insert(u"ALICLOUD_SECRET_KEY"_s, u"env-secret"_s);
    env.insert(u"ALICLOUD_REGION"_s, u"cn-heyuan"_s);
    m_dialog->setImportSources({}, {}, env);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importEnvironmentButton"),
                      Qt::LeftButton);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importConfirmButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(m_profiles->profile(u"environment"_s)->regionId, u"cn-heyuan"_s);
    QCOMPARE(storedSecret(u"environment"_s, SecretKind::AccessKeySecret), u"env-secret"_s);
}

void TestProfileDialog::testConnectionShowsRequestId()
{
    testsupport::SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    typeCustomProfile(m_dialog.get(), u"sandbox"_s, sandbox.url(),
                      QString::fromLatin1(sandbox.AccessKeyId),
                      QString::fromLatin1(sandbox.AccessKeySecret));
    QVERIFY(saveAndWait());
    QVERIFY(child<QLineEdit>(m_dialog.get(), "accessKeySecretEdit")->text().isEmpty());

    // The secret now comes from the keychain.
    QSignalSpy requests(&sandbox.server(), &sandbox::SandboxServer::requestHandled);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(m_dialog->statusText().contains(u"RequestId: "_s), qPrintable(m_dialog->statusText()));
    QVERIFY(!m_dialog->statusText().startsWith(u"Error"_s));
    QCOMPARE(requests.size(), 1);
    const auto request = requests.first().first().value<sandbox::ReceivedRequest>();
    QCOMPARE(request.operation, u"ListWorkspaces"_s);
    QVERIFY2(request.rawQuery.contains("PageSize=1"), request.rawQuery.constData());
}

void TestProfileDialog::testConnectionShowsError()
{
    testsupport::SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    typeCustomProfile(m_dialog.get(), u"wrong"_s, sandbox.url(),
                      QString::fromLatin1(sandbox.AccessKeyId), u"not-the-secret"_s);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    const QString status = m_dialog->statusText();
    QVERIFY2(status.startsWith(u"Error:"_s), qPrintable(status));
    QVERIFY2(status.contains(u"SignatureDoesNotMatch"_s), qPrintable(status));
    QVERIFY2(status.contains(u"RequestId: "_s), qPrintable(status));
    QVERIFY(!status.contains(u"not-the-secret"_s));
    QVERIFY(m_profiles->profiles().isEmpty()); // testing does not save
}

void TestProfileDialog::networkFieldsAreChecked_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("proxy scheme") << u"ftp://proxy.corp:21"_s << QString() << u"Proxy: "_s;
    QTest::newRow("proxy password")
        << u"http://alice:secret@proxy.corp:3128"_s << QString() << u"password"_s;
    QTest::newRow("missing CA file") << QString() << u"missing-ca.pem"_s << u"missing-ca.pem"_s;
}

void TestProfileDialog::networkFieldsAreChecked()
{
    QFETCH(QString, proxy);
    QFETCH(QString, caFile);
    QFETCH(QString, mentions);
    type(m_dialog.get(), "nameEdit", u"corporate"_s);
    type(m_dialog.get(), "accessKeyIdEdit", u"LTAI5tCorporate"_s);
    type(m_dialog.get(), "accessKeySecretEdit", u"corporate-secret"_s);
    type(m_dialog.get(), "proxyEdit", proxy);
    type(m_dialog.get(), "caFileEdit", caFile.isEmpty() ? QString() : m_dir->filePath(caFile));
    QVERIFY(saveAndWait());
    QVERIFY2(m_dialog->statusText().startsWith(u"Error:"_s), qPrintable(m_dialog->statusText()));
    QVERIFY2(m_dialog->statusText().contains(mentions), qPrintable(m_dialog->statusText()));
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(!anyFileContains(m_dir->path(), u"secret@"_s));
}

void TestProfileDialog::testConnectionOverTlsThroughTheProfileProxy()
{
    const testsupport::TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    testsupport::SandboxFixture sandbox(testsupport::SandboxFixture::Content::Demo,
                                        certificates.serverCertificateFile(),
                                        certificates.serverKeyFile());
    QVERIFY(sandbox.isListening());
    testsupport::ConnectProxy proxy;
    QVERIFY(proxy.isListening());

    typeCustomProfile(m_dialog.get(), u"behind-proxy"_s, sandbox.url(),
                      QString::fromLatin1(sandbox.AccessKeyId),
                      QString::fromLatin1(sandbox.AccessKeySecret));
    type(m_dialog.get(), "proxyEdit", proxy.url());
    type(m_dialog.get(), "caFileEdit", certificates.caFile());
    QVERIFY(saveAndWait());
    const auto saved = m_profiles->profile(u"behind-proxy"_s);
    QVERIFY2(saved, qPrintable(m_dialog->statusText()));
    QCOMPARE(saved->proxyUrl, proxy.url());
    QCOMPARE(saved->caCertificatesFile, certificates.caFile());
    // Written through to the settings file and read back.
    QCOMPARE(ProfileStore(m_profiles->fileName()).profile(u"behind-proxy"_s), saved);

    QSignalSpy requests(&sandbox.server(), &sandbox::SandboxServer::requestHandled);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(m_dialog->statusText().contains(u"RequestId: "_s), qPrintable(m_dialog->statusText()));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(proxy.targets(), QStringList{sandbox.hostHeader()});
}

void TestProfileDialog::testConnectionWithoutTheCaNamesHostAndReason()
{
    const testsupport::TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    testsupport::SandboxFixture sandbox(testsupport::SandboxFixture::Content::Demo,
                                        certificates.serverCertificateFile(),
                                        certificates.serverKeyFile());
    QVERIFY(sandbox.isListening());
    typeCustomProfile(m_dialog.get(), u"no-ca"_s, sandbox.url(),
                      QString::fromLatin1(sandbox.AccessKeyId),
                      QString::fromLatin1(sandbox.AccessKeySecret));
    QSignalSpy requests(&sandbox.server(), &sandbox::SandboxServer::requestHandled);
    QSignalSpy finished(m_dialog.get(), &gui::ProfileDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    const QString status = m_dialog->statusText();
    QVERIFY2(status.startsWith(u"Error:"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Certificate error: "_s), qPrintable(status));
    QVERIFY2(status.contains(u"127.0.0.1"_s), qPrintable(status));
    QCOMPARE(requests.size(), 0);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
