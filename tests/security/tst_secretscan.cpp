// No secret leaves the keychain and memory. One lifecycle with a distinctive AccessKey secret and
// STS token, through the real paidesk-cli (as a process) and the app's GUI library (offscreen):
// profile with its secrets in a real Secret Service, listing, a model update, export, a saved
// activity log, and failing runs with a wrong secret. Then everything those wrote or printed is
// scanned for the secrets, as text and in the encodings they could take: every file under a
// private HOME (config, cache, data, state, temp), stdout and stderr of each run, and the texts
// the app shows for the failure.
//
// Run inside `dbus-run-session -- scripts/with-test-keyring ctest ...`, as `scripts/dev test` does.
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/calls/workspacecalls.h"
#include "api/endpoint.h"
#include "clirunner.h"
#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/profile.h"
#include "credentials/profilestore.h"
#include "gui/browse/activitylogpanel.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/workspaceloader.h"
#include "gui/common/errorbanner.h"
#include "gui/editor/modeleditor.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/export/exportdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/models/activitylogmodel.h"
#include "gui/models/workspacelistmodel.h"
#include "sandbox/demodata.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clitest;
using credentials::CredentialStore;
using credentials::KeychainError;

namespace {

constexpr int TimeoutMs = 30000;

constexpr char AccessKeyId[] = "LTAI5tSecretScanKeyId";
// Long and unlike anything else in the suite, so that a hit can only be a leak.
constexpr char Secret[] = "SecScanSecret7Qx2Lm9Vd4Kp8Rz3Wn6Hb1Tj5";
constexpr char Token[] = "SecScanStsTokenCAIS9f8e7d6c5b4a3928170Zq";
constexpr char WrongSecret[] = "SecScanWrongSecret4Gh8Jk2Lp6Mn0Qr5St9";

constexpr char GoodProfile[] = "secscan";
constexpr char WrongProfile[] = "secscan-wrong";

// Each secret as it could appear if something wrote it out: as it is, as UTF-16 (QSettings,
// QDataStream), base64 and base64url (Basic auth, QSettings @ByteArray), hex either case and
// percent-encoded (URLs; the same bytes as plain for these alphanumeric secrets, but that may
// change).
QList<std::pair<QString, QByteArray>> forms(const QString &name, const QByteArray &secret)
{
    QByteArray utf16;
    for (const QChar c : QString::fromLatin1(secret)) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return {
        {name, secret},
        {name + u" (UTF-16)"_s, utf16},
        {name + u" (base64)"_s, secret.toBase64(QByteArray::OmitTrailingEquals)},
        {name + u" (base64url)"_s,
         secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {name + u" (hex)"_s, secret.toHex()},
        {name + u" (HEX)"_s, secret.toHex().toUpper()},
        {name + u" (percent-encoded)"_s, secret.toPercentEncoding()},
    };
}

// Secrets only known while the test runs: the STS tokens the sandbox issued, the OIDC token.
QList<std::pair<QString, QByteArray>> &issuedSecrets()
{
    static QList<std::pair<QString, QByteArray>> secrets;
    return secrets;
}

QList<std::pair<QString, QByteArray>> allNeedles()
{
    QList<std::pair<QString, QByteArray>> needles = forms(u"AccessKey secret"_s, Secret) +
                                                    forms(u"STS token"_s, Token) +
                                                    forms(u"wrong secret"_s, WrongSecret);
    for (const auto &[name, secret] : issuedSecrets())
        needles += forms(name, secret);
    return needles;
}

// Base64 of a secret inside a longer text depends on the alignment, so the haystack is also
// decoded at each of the three offsets wherever it looks like base64.
QStringList findSecrets(const QString &where, const QByteArray &haystack)
{
    QStringList hits;
    for (const auto &[name, needle] : allNeedles()) {
        if (haystack.contains(needle))
            hits.append(u"%1 in %2"_s.arg(name, where));
    }
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray decoded = QByteArray::fromBase64(haystack.mid(offset));
        QByteArrayList secrets{Secret, Token, WrongSecret};
        for (const auto &[name, secret] : issuedSecrets())
            secrets.append(secret);
        for (const QByteArray &secret : std::as_const(secrets)) {
            if (decoded.contains(secret))
                hits.append(u"%1 (base64 at offset %2) in %3"_s.arg(
                    QString::fromLatin1(secret).left(10), QString::number(offset), where));
        }
    }
    return hits;
}

template<typename T> T *visibleChild(QObject *parent, const QString &name)
{
    const QList<T *> children = parent->findChildren<T *>(name);
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsEveryForm();
    void lifecycleLeavesNoSecretOutsideTheKeychain();

private:
    std::optional<KeychainError> storeSecrets(const QString &profile, const QString &secret,
                                              const QString &token);
    void saveProfile(const QString &name);
    CliResult cli(const QString &profile, const QStringList &arguments);
    void runCliLifecycle();
    void runAppLifecycle();
    // --aliyun-profile with RamRoleArn and OIDC against the sandbox's STS: the config.json and
    // the token file live outside HOME, where the user keeps them.
    void runStsLifecycle();
    QString homePath(const QString &relative) const { return m_home.filePath(relative); }

    QTemporaryDir m_home;
    QTemporaryDir m_userFiles;
    sandbox::SandboxServer m_sandbox;
    CredentialStore m_secrets;
    QProcessEnvironment m_environment;
    QString m_modelId;
    // Everything printed or shown, by where it came from.
    QList<std::pair<QString, QByteArray>> m_outputs;
};

std::optional<KeychainError>
TestSecretScan::storeSecrets(const QString &profile, const QString &secret, const QString &token)
{
    std::optional<std::optional<KeychainError>> result;
    m_secrets.storeCredentials(profile, secret, token, this,
                               [&](const std::optional<KeychainError> &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, TimeoutMs))
        return KeychainError{KeychainError::Cause::Other, u"timed out"_s, {}};
    return *result;
}

void TestSecretScan::saveProfile(const QString &name)
{
    credentials::Profile profile;
    profile.name = name;
    profile.regionId = u"cn-hangzhou"_s;
    profile.endpointMode = credentials::EndpointMode::Custom;
    profile.customEndpoint = m_sandbox.url();
    profile.accessKeyId = QString::fromLatin1(AccessKeyId);
    profile.mode = credentials::CredentialMode::StsToken; // every request carries the STS token
    const QString error = credentials::ProfileStore().save(profile);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

CliResult TestSecretScan::cli(const QString &profile, const QStringList &arguments)
{
    const CliResult result =
        runCli(QStringList{u"--profile"_s, profile} + arguments, m_environment, TimeoutMs);
    const QString what = u"paidesk-cli "_s + arguments.join(u' ');
    m_outputs.append({what + u" (stdout)"_s, result.out});
    m_outputs.append({what + u" (stderr)"_s, result.err});
    return result;
}

void TestSecretScan::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAIDESK_CLI_PATH)));
    QVERIFY(m_home.isValid());
    // A private HOME: whatever the CLI or the app writes to the user's folders lands here.
    m_environment = cleanEnvironment();
    const std::pair<const char *, QString> folders[] = {
        {"HOME", u"home"_s},
        {"XDG_CONFIG_HOME", u"home/.config"_s},
        {"XDG_CACHE_HOME", u"home/.cache"_s},
        {"XDG_DATA_HOME", u"home/.local/share"_s},
        {"XDG_STATE_HOME", u"home/.local/state"_s},
        {"TMPDIR", u"tmp"_s},
    };
    for (const auto &[variable, relative] : folders) {
        const QString path = homePath(relative);
        QVERIFY(QDir().mkpath(path));
        qputenv(variable, QFile::encodeName(path));
        m_environment.insert(QString::fromLatin1(variable), path);
    }
    QVERIFY(QDir().mkpath(homePath(u"home/export"_s)));
    QVERIFY2(credentials::ProfileStore().fileName().startsWith(m_home.path()),
             qPrintable(credentials::ProfileStore().fileName()));

    if (const auto error = storeSecrets(u"secscan-init-check"_s, u"x"_s, {})) {
        QFAIL(qPrintable(u"No usable Secret Service. Run the keychain tests as "
                         "`dbus-run-session -- scripts/with-test-keyring ctest ...`. "_s +
                         error->message));
    }

    m_sandbox.addAccessKey(QString::fromLatin1(AccessKeyId), QString::fromLatin1(Secret));
    m_sandbox.setStsEnabled(true);
    m_sandbox.addTrustedRole(u"acs:ram::100000000000000:role/secscan"_s);
    m_sandbox.setStsIssuedDurationSeconds(2);
    // Every STS token the sandbox issued reaches it again on an API request: it is a needle too.
    connect(&m_sandbox, &sandbox::SandboxServer::requestHandled, this,
            [](const sandbox::ReceivedRequest &request) {
                for (const auto &[name, value] : request.headers) {
                    if (name.toLower() == "x-acs-security-token" && value != Token &&
                        !issuedSecrets().contains({u"issued STS token"_s, value}))
                        issuedSecrets().append({u"issued STS token"_s, value});
                }
            });
    sandbox::DemoData::populate(m_sandbox.store());
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
    m_modelId = m_sandbox.store().models().constFirst().modelId;

    saveProfile(QString::fromLatin1(GoodProfile));
    saveProfile(QString::fromLatin1(WrongProfile));
    QVERIFY(!storeSecrets(QString::fromLatin1(GoodProfile), QString::fromLatin1(Secret),
                          QString::fromLatin1(Token)));
    QVERIFY(!storeSecrets(QString::fromLatin1(WrongProfile), QString::fromLatin1(WrongSecret),
                          QString::fromLatin1(Token)));
}

void TestSecretScan::cleanupTestCase()
{
    // Leave the shared test keyring as it was found.
    for (const char *name : {"secscan-init-check", GoodProfile, WrongProfile}) {
        std::optional<std::optional<KeychainError>> done;
        m_secrets.removeSecrets(QString::fromLatin1(name), this,
                                [&](const std::optional<KeychainError> &e) { done = e; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), TimeoutMs);
    }
}

void TestSecretScan::scannerFindsEveryForm()
{
    // A scan that cannot find the secret proves nothing: each form, alone and inside other text.
    for (const auto &[name, needle] : allNeedles()) {
        QVERIFY2(!findSecrets(name, "prefix " + needle + " suffix").isEmpty(), qPrintable(name));
    }
    for (const QByteArray &prefix : {"a"_ba, "ab"_ba, "abc"_ba}) {
        const QByteArray embedded = (prefix + Secret + "!").toBase64();
        QVERIFY2(!findSecrets(u"base64"_s, "x=" + embedded).isEmpty(), embedded.constData());
    }
    QVERIFY(findSecrets(u"clean"_s, "nothing secret here"_ba).isEmpty());
}

void TestSecretScan::runCliLifecycle()
{
    CliResult result =
        cli(QString::fromLatin1(GoodProfile), {u"--output"_s, u"json"_s, u"models"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(modelIds(result.json()).contains(m_modelId));

    result = cli(QString::fromLatin1(GoodProfile), {u"workspaces"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

    result = cli(QString::fromLatin1(GoodProfile),
                 {u"model"_s, u"update"_s, m_modelId, u"--description"_s, u"edited by the CLI"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(m_sandbox.store().model(m_modelId)->modelDescription, u"edited by the CLI"_s);

    const QString hcl = homePath(u"home/export/cli.tf"_s);
    result = cli(QString::fromLatin1(GoodProfile),
                 {u"export"_s, u"--model"_s, m_modelId, u"--output-file"_s, hcl});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(QFileInfo(hcl).size() > 0);

    result =
        cli(QString::fromLatin1(GoodProfile), {u"--output"_s, u"json"_s, u"export"_s, u"--all"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

    // The failing runs: the gateway's SignatureDoesNotMatch names the canonical request it
    // computed, and a missing model is a plain error.
    result = cli(QString::fromLatin1(WrongProfile), {u"models"_s});
    QVERIFY2(result.exitCode != 0, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("SignatureDoesNotMatch"), qPrintable(result.describe()));
    result = cli(QString::fromLatin1(WrongProfile),
                 {u"model"_s, u"update"_s, m_modelId, u"--description"_s, u"never saved"_s});
    QVERIFY2(result.exitCode != 0, qPrintable(result.describe()));
    result = cli(QString::fromLatin1(GoodProfile), {u"model"_s, u"get"_s, u"no-such-model"_s});
    QVERIFY2(result.exitCode != 0, qPrintable(result.describe()));
}

void TestSecretScan::runStsLifecycle()
{
    QVERIFY(m_userFiles.isValid());
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray jwt =
        part(R"({"alg":"RS256"})") + '.' +
        part(R"({"sub":"secscan","exp":)" +
             QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600) + '}') +
        '.' + part("SecScanOidcSignature3Fk8Qw1Zx");
    issuedSecrets().append({u"OIDC token"_s, jwt});
    const QString tokenFile = m_userFiles.filePath(u"token"_s);
    QFile token(tokenFile);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(jwt);
    token.close();
    const QString role = u"acs:ram::100000000000000:role/secscan"_s;
    const QJsonArray profiles{
        QJsonObject{{u"name"_s, u"ram"_s},
                    {u"mode"_s, u"RamRoleArn"_s},
                    {u"access_key_id"_s, QString::fromLatin1(AccessKeyId)},
                    {u"access_key_secret"_s, QString::fromLatin1(Secret)},
                    {u"ram_role_arn"_s, role},
                    {u"ram_session_name"_s, u"secscan"_s}},
        QJsonObject{{u"name"_s, u"rrsa"_s},
                    {u"mode"_s, u"OIDC"_s},
                    {u"ram_role_arn"_s, role},
                    {u"ram_session_name"_s, u"secscan"_s},
                    {u"oidc_provider_arn"_s, u"acs:ram::100000000000000:oidc-provider/s"_s},
                    {u"oidc_token_file"_s, tokenFile}},
        QJsonObject{{u"name"_s, u"untrusted"_s},
                    {u"mode"_s, u"RamRoleArn"_s},
                    {u"access_key_id"_s, QString::fromLatin1(AccessKeyId)},
                    {u"access_key_secret"_s, QString::fromLatin1(Secret)},
                    {u"ram_role_arn"_s, u"acs:ram::100000000000000:role/nobody"_s},
                    {u"ram_session_name"_s, u"secscan"_s}}};
    const QString configFile = m_userFiles.filePath(u"config.json"_s);
    QFile config(configFile);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QJsonDocument(QJsonObject{{u"current"_s, u"ram"_s}, {u"profiles"_s, profiles}}).toJson());
    config.close();

    QProcessEnvironment environment = m_environment;
    environment.insert(u"ALIBABA_CLOUD_CONFIG_FILE"_s, configFile);
    const QString url = m_sandbox.url().toString();
    for (const QString &profile : {u"ram"_s, u"rrsa"_s, u"untrusted"_s}) {
        // Issued for 2 s, so a listing of several pages also crosses a refresh.
        const QStringList arguments{
            u"--aliyun-profile"_s, profile,   u"--sts-endpoint"_s, url, u"--endpoint"_s, url,
            u"--output"_s,         u"json"_s, u"models"_s};
        const CliResult result = runCli(arguments, environment, TimeoutMs);
        const QString what = u"paidesk-cli "_s + arguments.join(u' ');
        m_outputs.append({what + u" (stdout)"_s, result.out});
        m_outputs.append({what + u" (stderr)"_s, result.err});
        if (profile == u"untrusted"_s)
            QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        else
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    }
    QVERIFY(issuedSecrets().size() >= 3); // the OIDC token and a token per good run
}

void TestSecretScan::runAppLifecycle()
{
    // The profile as the app opens it: the list from QSettings, the secrets from the keychain.
    credentials::ProfileStore profiles;
    credentials::CredentialsProvider provider(profiles, m_secrets);
    std::optional<credentials::ResolvedCredentials> resolved;
    provider.forProfile(QString::fromLatin1(GoodProfile), this,
                        [&](const credentials::ResolvedCredentials &r) { resolved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), TimeoutMs);
    QVERIFY2(resolved->error.isEmpty(), qPrintable(resolved->error));
    QCOMPARE(resolved->credentials.accessKeySecret, QString::fromLatin1(Secret));
    QCOMPARE(resolved->credentials.securityToken, QString::fromLatin1(Token));

    const api::Endpoint endpoint = api::Endpoint::fromUrl(m_sandbox.url());
    api::ApiClient client(endpoint, resolved->credentials);
    const gui::ConnectionInfo info{QString::fromLatin1(GoodProfile), u"cn-hangzhou"_s,
                                   m_sandbox.url(), false};

    // Listing.
    gui::MainWindow window;
    window.setConnection(&client, info);
    window.show();
    const int workspaceRows =
        int(m_sandbox.store().workspaces().size()) + gui::WorkspaceListModel::FirstWorkspaceRow;
    QTRY_VERIFY_WITH_TIMEOUT(window.workspaceModel()->rowCount() == workspaceRows &&
                                 !window.workspaceLoader()->isLoading() &&
                                 !window.modelLoader()->isLoading(),
                             TimeoutMs);

    // Edit: a model update through the editor's review and save.
    gui::ModelEditor editor;
    editor.setApiClient(&client);
    editor.setWorkspaces(m_sandbox.store().workspaces());
    editor.load(*m_sandbox.store().model(m_modelId));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *description = editor.findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
    QVERIFY(description);
    description->setPlainText(u"edited in the app"_s);
    QSignalSpy ended(&editor, &gui::ModelEditor::saveFlowEnded);
    editor.save();
    gui::ReviewChangesDialog *review = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (review = visibleChild<gui::ReviewChangesDialog>(&editor, u"reviewChangesDialog"_s)),
        TimeoutMs);
    review->accept();
    QVERIFY(!ended.isEmpty() || ended.wait(TimeoutMs));
    QVERIFY(ended.constFirst().constFirst().toBool());
    QCOMPARE(m_sandbox.store().model(m_modelId)->modelDescription, u"edited in the app"_s);

    // Export.
    gui::ExportDialog exportDialog({*m_sandbox.store().model(m_modelId)},
                                   m_sandbox.store().workspaces(), u"cn-hangzhou"_s);
    QString exportError;
    QVERIFY2(exportDialog.saveTo(homePath(u"home/export/app.tf"_s), &exportError),
             qPrintable(exportError));
    m_outputs.append({u"export preview"_s, exportDialog.previewText().toUtf8()});

    // The activity log of the whole session, saved as the app's "Save log" does.
    QVERIFY(window.activityLogPanel()->model()->rowCount() >= 4);
    QCOMPARE(window.activityLogPanel()->saveTo(homePath(u"home/activity.jsonl"_s)), QString());

    // The failing path: the same window on a client whose secret is wrong.
    api::Credentials wrong = resolved->credentials;
    wrong.accessKeySecret = QString::fromLatin1(WrongSecret);
    api::ApiClient wrongClient(endpoint, wrong);
    window.setConnection(&wrongClient, info);
    // The banner shows the server's message, which is where a quoted canonical request lands.
    QTRY_VERIFY_WITH_TIMEOUT(window.tableErrorBanner()->isVisible() &&
                                 window.tableErrorBanner()->text().contains(u"Signature"_s) &&
                                 !window.workspaceLoader()->isLoading(),
                             TimeoutMs);
    auto *call = wrongClient.listWorkspaces();
    QSignalSpy finished(call, &api::ApiCall::finished);
    QVERIFY(call->isFinished() || finished.wait(TimeoutMs));
    QVERIFY(call->error());
    QCOMPARE(call->error()->code, u"SignatureDoesNotMatch"_s);
    m_outputs.append({u"the app's error text"_s, call->error()->userText().toUtf8()});
    m_outputs.append({u"the app's error message"_s, call->error()->message.toUtf8()});
    m_outputs.append({u"the table's error banner"_s, window.tableErrorBanner()->text().toUtf8()});
    const gui::ActivityLogModel *log = window.activityLogPanel()->model();
    QByteArray shown;
    for (int row = 0; row < log->rowCount(); ++row) {
        shown += log->rowText(row).toUtf8() + '\n';
        for (int column = 0; column < log->columnCount(); ++column)
            shown += log->index(row, column).data(Qt::ToolTipRole).toString().toUtf8() + '\n';
    }
    m_outputs.append({u"the activity log as shown"_s, shown});
    QCOMPARE(window.activityLogPanel()->saveTo(homePath(u"home/activity-failed.jsonl"_s)),
             QString());
    call->deleteLater();

    window.setConnection(&client, info);
    window.close();
    QSettings().sync();
}

void TestSecretScan::lifecycleLeavesNoSecretOutsideTheKeychain()
{
    runCliLifecycle();
    if (QTest::currentTestFailed())
        return;
    runStsLifecycle();
    if (QTest::currentTestFailed())
        return;
    runAppLifecycle();
    if (QTest::currentTestFailed())
        return;

    QStringList hits;
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        hits += findSecrets(QDir(m_home.path()).relativeFilePath(path), file.readAll());
        ++files;
    }
    for (const auto &[where, text] : std::as_const(m_outputs))
        hits += findSecrets(where, text);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // What was scanned is what the lifecycle claims to have written.
    for (const QString &written :
         {u"home/export/cli.tf"_s, u"home/export/app.tf"_s, u"home/activity.jsonl"_s,
          u"home/activity-failed.jsonl"_s, credentials::ProfileStore().fileName()}) {
        QVERIFY2(QFileInfo(QDir(m_home.path()).absoluteFilePath(written)).size() > 0,
                 qPrintable(written));
    }
    QVERIFY2(files >= 5, qPrintable(QString::number(files)));
    QVERIFY(m_outputs.size() >= 22);
}

QTEST_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
