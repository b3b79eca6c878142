// `paidesk-cli --profile NAME`: the real executable reads a profile saved through the credentials
// library and its secret from a real Secret Service. Run inside
// `dbus-run-session -- scripts/with-test-keyring ctest ...`, as `scripts/dev test` does.
#include "clirunner.h"
#include "credentials/credentialstore.h"
#include "credentials/profile.h"
#include "credentials/profilestore.h"
#include "sandbox/demodata.h"
#include "support/connectproxy.h"
#include "support/sandboxfixture.h"
#include "support/testcertificates.h"
#include "support/wiresamples.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using credentials::CredentialMode;
using credentials::CredentialStore;
using credentials::EndpointMode;
using credentials::KeychainError;
using credentials::Profile;
using credentials::SecretKind;
using testsupport::headerOf;
using testsupport::jwtExpiringIn;
using testsupport::SandboxFixture;
using namespace clitest;

Q_DECLARE_METATYPE(credentials::CredentialMode)

namespace {

constexpr int KeychainTimeoutMs = 30000;
const QString TrustedRole = u"acs:ram::100000000000000:role/cliprofile-reader"_s;
const QString SecondRole = u"acs:ram::100000000000000:role/cliprofile-second"_s;

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void profileFromTheKeychain_data();
    void profileFromTheKeychain();
    void profileEndpointAndRegionOverrides_data();
    void profileEndpointAndRegionOverrides();
    void unknownProfileExitsWithTwoAndSendsNothing();
    void badProfileNameExitsWithTwo();
    void missingSecretExitsWithOne();
    void noKeychainExitsWithOne();
    void withoutProfileTheEnvironmentIsUsed_data();
    void withoutProfileTheEnvironmentIsUsed();
    void profileProxyAndCaFile_data();
    void profileProxyAndCaFile();
    void profileCaFileThatIsGoneExitsWithTwo();
    void roleModeProfiles_data();
    void roleModeProfiles();

private:
    std::optional<KeychainError> storeSecrets(const QString &profile, const QString &secret,
                                              const QString &token = {});
    void saveProfile(const Profile &profile);
    Profile sandboxProfile(const QString &name) const;

    QTemporaryDir m_config;
    std::unique_ptr<SandboxFixture> m_sandbox;
    CredentialStore m_secrets;
    QProcessEnvironment m_environment;
    int m_requests = 0;
    QList<sandbox::ReceivedRequest> m_received;
};

std::optional<KeychainError>
TestCliProfile::storeSecrets(const QString &profile, const QString &secret, const QString &token)
{
    std::optional<std::optional<KeychainError>> result;
    m_secrets.storeCredentials(profile, secret, token, this,
                               [&](const std::optional<KeychainError> &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, KeychainTimeoutMs))
        return KeychainError{KeychainError::Cause::Other, u"timed out"_s, {}};
    return *result;
}

void TestCliProfile::saveProfile(const Profile &profile)
{
    credentials::ProfileStore store;
    const QString error = store.save(profile);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

Profile TestCliProfile::sandboxProfile(const QString &name) const
{
    Profile profile;
    profile.name = name;
    profile.regionId = u"cn-shanghai"_s;
    profile.endpointMode = EndpointMode::Custom;
    profile.customEndpoint = m_sandbox->url();
    profile.accessKeyId = QString::fromLatin1(SandboxFixture::AccessKeyId);
    return profile;
}

void TestCliProfile::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAIDESK_CLI_PATH)));
    QVERIFY(m_config.isValid());
    // The CLI and this test share the per-user profile list, in a folder of this test's own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY2(credentials::ProfileStore().fileName().startsWith(m_config.path()),
             qPrintable(credentials::ProfileStore().fileName()));

    if (const auto error = storeSecrets(u"cliprofile-init-check"_s, u"x"_s)) {
        QFAIL(qPrintable(u"No usable Secret Service. Run the keychain tests as "
                         "`dbus-run-session -- scripts/with-test-keyring ctest ...`. "_s +
                         error->message));
    }

    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Demo);
    QVERIFY(m_sandbox->isListening());
    connect(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled, this,
            [this](const sandbox::ReceivedRequest &request) {
                ++m_requests;
                m_received.append(request);
            });
    // STS and the ECS metadata service on the same sandbox, for the role modes.
    m_sandbox->server().setStsEnabled(true);
    m_sandbox->server().addTrustedRole(TrustedRole);
    m_sandbox->server().addTrustedRole(SecondRole);
    m_sandbox->server().setEcsMetadataEnabled(true);

    // Wrong keys in the environment: a run that works took its key from the profile.
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"ALICLOUD_"_s) ||
            name.endsWith(u"_proxy"_s, Qt::CaseInsensitive))
            m_environment.remove(name);
    }
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIfromTheEnvironment"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"environment-secret"_s);

    saveProfile(sandboxProfile(u"cliprofile-sandbox"_s));
    QVERIFY(!storeSecrets(u"cliprofile-sandbox"_s,
                          QString::fromLatin1(SandboxFixture::AccessKeySecret)));
}

void TestCliProfile::cleanupTestCase()
{
    // Leave the shared test keyring as it was found.
    for (const QString &name :
         {u"cliprofile-init-check"_s, u"cliprofile-sandbox"_s, u"cliprofile-shanghai"_s,
          u"cliprofile-tls"_s, u"cliprofile-role"_s}) {
        std::optional<std::optional<KeychainError>> done;
        m_secrets.removeSecrets(name, this,
                                [&](const std::optional<KeychainError> &e) { done = e; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), KeychainTimeoutMs);
    }
}

void TestCliProfile::profileFromTheKeychain_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("models") << QStringList{u"models"_s} << int(sandbox::DemoData::models().size());
    QTest::newRow("workspaces") << QStringList{u"workspaces"_s}
                                << int(sandbox::DemoData::workspaces().size());
}

void TestCliProfile::profileFromTheKeychain()
{
    QFETCH(QStringList, command);
    QFETCH(int, expectedCount);
    const CliResult result = runCli(
        QStringList{u"--profile"_s, u"cliprofile-sandbox"_s, u"--output"_s, u"json"_s} + command,
        m_environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(u"TotalCount"_s).toInteger(), expectedCount);
    if (command.constFirst() == u"models"_s) {
        QStringList expected;
        for (const pai::Model &model : sandbox::DemoData::models())
            expected.append(model.modelId);
        QStringList actual = modelIds(result.json());
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }
    QVERIFY(!result.out.contains(SandboxFixture::AccessKeySecret));
    QVERIFY(!result.err.contains(SandboxFixture::AccessKeySecret));
}

void TestCliProfile::profileEndpointAndRegionOverrides_data()
{
    QTest::addColumn<bool>("customProfile");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedError");

    // A profile on the public cn-shanghai host: --endpoint sends its key to the sandbox instead.
    QTest::newRow("--endpoint beats the profile's region")
        << false << QStringList{u"--endpoint"_s, u"SANDBOX"_s} << 0 << QString();
    // --region wins over the profile's custom URL: an unknown region is refused before sending.
    QTest::newRow("--region beats the profile's endpoint")
        << true << QStringList{u"--region"_s, u"Not_A_Region"_s} << 2 << u"--region"_s;
    QTest::newRow("bad --endpoint is named")
        << true << QStringList{u"--endpoint"_s, u"http://example.com"_s} << 2 << u"--endpoint"_s;
}

void TestCliProfile::profileEndpointAndRegionOverrides()
{
    QFETCH(bool, customProfile);
    QFETCH(QStringList, flags);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedError);

    Profile profile = sandboxProfile(u"cliprofile-shanghai"_s);
    if (!customProfile) {
        profile.endpointMode = EndpointMode::Public;
        profile.customEndpoint.clear();
    }
    saveProfile(profile);
    QVERIFY(!storeSecrets(profile.name, QString::fromLatin1(SandboxFixture::AccessKeySecret)));
    flags.replaceInStrings(u"SANDBOX"_s, m_sandbox->url().toString());

    const int requestsBefore = m_requests;
    const CliResult result =
        runCli(QStringList{u"--profile"_s, profile.name, u"--output"_s, u"json"_s} + flags +
                   QStringList{u"models"_s},
               m_environment);
    QVERIFY2(result.exitCode == expectedExit, qPrintable(result.describe()));
    if (expectedExit == 0) {
        QCOMPARE(modelIds(result.json()).size(), sandbox::DemoData::models().size());
    } else {
        QVERIFY2(QString::fromUtf8(result.err).contains(expectedError),
                 qPrintable(result.describe()));
        QCOMPARE(m_requests, requestsBefore);
    }
}

void TestCliProfile::unknownProfileExitsWithTwoAndSendsNothing()
{
    const int requestsBefore = m_requests;
    const CliResult result =
        runCli({u"--profile"_s, u"no-such-profile"_s, u"models"_s}, m_environment);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"\"no-such-profile\""_s), qPrintable(err));
    // The message lists what does exist, so a typo is easy to spot.
    QVERIFY2(err.contains(u"cliprofile-sandbox"_s), qPrintable(err));
    QCOMPARE(m_requests, requestsBefore);
}

void TestCliProfile::badProfileNameExitsWithTwo()
{
    const CliResult result = runCli({u"--profile"_s, u"a:b"_s, u"models"_s}, m_environment);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("--profile"), qPrintable(result.describe()));
}

void TestCliProfile::missingSecretExitsWithOne()
{
    Profile profile = sandboxProfile(u"cliprofile-no-secret"_s);
    saveProfile(profile);
    const int requestsBefore = m_requests;
    const CliResult result = runCli({u"--profile"_s, profile.name, u"models"_s}, m_environment);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"\"cliprofile-no-secret\""_s), qPrintable(err));
    QVERIFY2(err.contains(u"keychain"_s), qPrintable(err));
    QCOMPARE(m_requests, requestsBefore);
}

void TestCliProfile::noKeychainExitsWithOne()
{
    // A session bus address that leads nowhere: the keychain cannot be reached at all.
    QProcessEnvironment environment = m_environment;
    environment.remove(u"DISPLAY"_s); // no D-Bus autolaunch through X11 either
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path="_s + m_config.filePath(u"no-bus-here"_s));
    const int requestsBefore = m_requests;
    const CliResult result =
        runCli({u"--profile"_s, u"cliprofile-sandbox"_s, u"models"_s}, environment);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    // The credentials layer's own explanation, with the fix, reaches the user unchanged.
    QVERIFY2(result.err.contains("No system keychain"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("Secret Service"), qPrintable(result.describe()));
    QCOMPARE(m_requests, requestsBefore);
}

void TestCliProfile::withoutProfileTheEnvironmentIsUsed_data()
{
    QTest::addColumn<bool>("sandboxKeyInEnvironment");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("sandbox key in the environment") << true << 0;
    QTest::newRow("no key anywhere") << false << 2;
}

void TestCliProfile::withoutProfileTheEnvironmentIsUsed()
{
    QFETCH(bool, sandboxKeyInEnvironment);
    QFETCH(int, expectedExit);
    QProcessEnvironment environment = m_environment;
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    if (sandboxKeyInEnvironment) {
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                           QString::fromLatin1(SandboxFixture::AccessKeyId));
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                           QString::fromLatin1(SandboxFixture::AccessKeySecret));
    }
    // Profiles exist, but none is used unless named.
    const CliResult result = runCli(
        {u"--endpoint"_s, m_sandbox->url().toString(), u"--output"_s, u"json"_s, u"workspaces"_s},
        environment);
    QVERIFY2(result.exitCode == expectedExit, qPrintable(result.describe()));
    if (expectedExit != 0)
        QVERIFY2(result.err.contains("--profile NAME"), qPrintable(result.describe()));
}

void TestCliProfile::profileProxyAndCaFile_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<bool>("tunnelled");
    QTest::newRow("through the profile's proxy") << QString() << true;
    QTest::newRow("NO_PROXY goes direct") << u"127.0.0.1"_s << false;
}

void TestCliProfile::profileProxyAndCaFile()
{
    QFETCH(QString, noProxy);
    QFETCH(bool, tunnelled);
    const testsupport::TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    SandboxFixture https(SandboxFixture::Content::Demo, certificates.serverCertificateFile(),
                         certificates.serverKeyFile());
    QVERIFY(https.isListening());
    QSignalSpy handled(&https.server(), &sandbox::SandboxServer::requestHandled);
    testsupport::ConnectProxy proxy;
    QVERIFY(proxy.isListening());

    Profile profile = sandboxProfile(u"cliprofile-tls"_s);
    profile.customEndpoint = https.url();
    profile.proxyUrl = proxy.url();
    profile.caCertificatesFile = certificates.caFile();
    saveProfile(profile);
    QVERIFY(!storeSecrets(profile.name, QString::fromLatin1(SandboxFixture::AccessKeySecret)));

    QProcessEnvironment environment = m_environment;
    // The profile's proxy wins over the environment's.
    environment.insert(u"HTTPS_PROXY"_s, u"http://127.0.0.1:9"_s);
    if (!noProxy.isEmpty())
        environment.insert(u"NO_PROXY"_s, noProxy);
    const CliResult result = runCli({u"--profile"_s, profile.name, u"workspaces"_s}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(handled.size() >= 1);
    QCOMPARE(proxy.targets(), tunnelled ? QStringList{https.hostHeader()} : QStringList());
}

void TestCliProfile::profileCaFileThatIsGoneExitsWithTwo()
{
    const int requestsBefore = m_requests;
    QTemporaryDir dir;
    Profile profile = sandboxProfile(u"cliprofile-tls"_s);
    profile.caCertificatesFile = dir.filePath(u"removed-ca.pem"_s);
    saveProfile(profile);
    QVERIFY(!storeSecrets(profile.name, QString::fromLatin1(SandboxFixture::AccessKeySecret)));

    const CliResult result = runCli({u"--profile"_s, profile.name, u"workspaces"_s}, m_environment);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"\"cliprofile-tls\""_s), qPrintable(err));
    QVERIFY2(err.contains(profile.caCertificatesFile), qPrintable(err));
    QCOMPARE(m_requests, requestsBefore);
}

void TestCliProfile::roleModeProfiles_data()
{
    QTest::addColumn<CredentialMode>("mode");
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<QString>("source"); // ChainableRamRoleArn
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("fetchOperation"); // the first request, for a success
    QTest::addColumn<QStringList>("errorMentions");

    QTest::newRow("RamRoleArn, STS host from the profile")
        << CredentialMode::RamRoleArn << TrustedRole << QString() << QStringList() << 0
        << u"AssumeRole"_s << QStringList();
    QTest::newRow("ChainableRamRoleArn, STS host from --sts-endpoint")
        << CredentialMode::ChainableRamRoleArn << SecondRole << u"cliprofile-sandbox"_s
        << QStringList{u"--sts-endpoint"_s, u"SANDBOX"_s} << 0 << u"AssumeRole"_s << QStringList();
    QTest::newRow("OIDC") << CredentialMode::Oidc << TrustedRole << QString() << QStringList() << 0
                          << u"AssumeRoleWithOIDC"_s << QStringList();
    QTest::newRow("EcsRamRole") << CredentialMode::EcsRamRole << QString() << QString()
                                << QStringList() << 0 << u"MetadataToken"_s << QStringList();
    QTest::newRow("CredentialsURI")
        << CredentialMode::CredentialsUri << QString() << QString() << QStringList() << 0
        << u"MetadataCredentials"_s << QStringList();
    // The process prints the sandbox's AccessKey (mode AK): no token, no request of its own.
    QTest::newRow("External") << CredentialMode::External << QString() << QString() << QStringList()
                              << 0 << u"ListModels"_s << QStringList();
    QTest::newRow("untrusted role")
        << CredentialMode::RamRoleArn << u"acs:ram::100000000000000:role/nobody"_s << QString()
        << QStringList() << 1 << QString()
        << QStringList{u"\"cliprofile-role\""_s, u"RamRoleArn"_s, u"AssumeRole"_s,
                       u"NoPermission"_s, u"RequestId"_s};
    QTest::newRow("source profile that is gone")
        << CredentialMode::ChainableRamRoleArn << SecondRole << u"cliprofile-gone"_s
        << QStringList() << 2 << QString() << QStringList{u"\"cliprofile-gone\""_s};
}

void TestCliProfile::roleModeProfiles()
{
    QFETCH(CredentialMode, mode);
    QFETCH(QString, roleArn);
    QFETCH(QString, source);
    QFETCH(QStringList, flags);
    QFETCH(int, expectedExit);
    QFETCH(QString, fetchOperation);
    QFETCH(QStringList, errorMentions);

    Profile profile = sandboxProfile(u"cliprofile-role"_s);
    profile.mode = mode;
    if (!profile.hasAccessKey())
        profile.accessKeyId.clear();
    profile.role.roleArn = roleArn;
    profile.role.sessionName = u"cli-test"_s;
    profile.role.sourceProfile = source;
    if (mode == CredentialMode::RamRoleArn)
        profile.role.stsEndpoint = m_sandbox->url().toString();
    QTemporaryDir tokenDir;
    if (mode == CredentialMode::Oidc) {
        profile.role.stsEndpoint = m_sandbox->url().toString();
        profile.role.oidcProviderArn = u"acs:ram::100000000000000:oidc-provider/ack"_s;
        profile.role.oidcTokenFile = tokenDir.filePath(u"token"_s);
        QFile token(profile.role.oidcTokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(jwtExpiringIn(3600));
    }
    if (mode == CredentialMode::CredentialsUri) {
        // The sandbox's metadata credentials route answers in the CredentialsURI format.
        profile.role.credentialsUri =
            m_sandbox->url().toString() +
            u"/latest/meta-data/ram/security-credentials/PaiDeskSandboxEcsRole"_s;
    }
    if (mode == CredentialMode::External) {
        const QString cat = QStandardPaths::findExecutable(u"cat"_s);
        if (cat.isEmpty())
            QSKIP("no cat program to play the External process");
        const QString output = tokenDir.filePath(u"credentials.json"_s);
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{
                    {u"mode"_s, u"AK"_s},
                    {u"access_key_id"_s, QString::fromLatin1(SandboxFixture::AccessKeyId)},
                    {u"access_key_secret"_s, QString::fromLatin1(SandboxFixture::AccessKeySecret)}})
                .toJson());
        profile.role.processCommand = u"\"%1\" \"%2\""_s.arg(cat, output);
    }
    // A source that is gone: saved while it existed, removed afterwards (the store refuses to
    // save a chain that ends nowhere).
    const bool sourceGone = source == u"cliprofile-gone"_s;
    if (sourceGone)
        saveProfile(sandboxProfile(source));
    saveProfile(profile);
    if (sourceGone) {
        credentials::ProfileStore store;
        QCOMPARE(store.remove(source), QString());
    }
    if (profile.hasAccessKey())
        QVERIFY(!storeSecrets(profile.name, QString::fromLatin1(SandboxFixture::AccessKeySecret)));
    flags.replaceInStrings(u"SANDBOX"_s, m_sandbox->url().toString());
    QProcessEnvironment environment = m_environment;
    environment.insert(u"PAIDESK_ECS_METADATA_ORIGIN"_s, m_sandbox->url().toString());

    m_received.clear();
    const CliResult result =
        runCli(QStringList{u"--profile"_s, profile.name, u"--output"_s, u"json"_s} + flags +
                   QStringList{u"models"_s},
               environment);
    QVERIFY2(result.exitCode == expectedExit, qPrintable(result.describe()));
    QVERIFY(!result.err.contains(SandboxFixture::AccessKeySecret));
    const auto isApi = [](const sandbox::ReceivedRequest &r) {
        return r.operation == u"ListModels"_s;
    };
    if (expectedExit != 0) {
        for (const QString &part : std::as_const(errorMentions))
            QVERIFY2(QString::fromUtf8(result.err).contains(part), qPrintable(result.describe()));
        // Nothing reached the API without a key that works.
        QVERIFY(std::none_of(m_received.cbegin(), m_received.cend(), isApi));
        return;
    }
    QCOMPARE(modelIds(result.json()).size(), sandbox::DemoData::models().size());
    QVERIFY(!m_received.isEmpty());
    QCOMPARE(m_received.first().operation, fetchOperation);
    // Every API request carries the temporary triple's token (the External process here prints
    // a plain AccessKey, which has none).
    int api = 0;
    for (const sandbox::ReceivedRequest &request : std::as_const(m_received)) {
        if (!isApi(request))
            continue;
        ++api;
        QCOMPARE(request.status, 200);
        QCOMPARE(headerOf(request, "x-acs-security-token").isEmpty(),
                 mode == CredentialMode::External);
    }
    QVERIFY(api > 0);
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
