// Runs against a real Secret Service: start it with
//   dbus-run-session -- scripts/with-test-keyring ctest ...
// The no-keychain and locked-keychain cases run in child processes of this executable, each with
// its own D-Bus environment, so they never disturb the keyring the other cases use.
#include "credentials/aliyunconfigimporter.h"
#include "credentials/credentialsiniimporter.h"
#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/profileimporter.h"
#include "credentials/profilestore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace credentials;

namespace {
constexpr int KeychainTimeoutMs = 20000;

QString dataFile(const QString &name)
{
    return QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/credentials/"_s + name;
}

QString testKeyringScript()
{
    return QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/../../scripts/with-test-keyring"_s;
}

Profile sample(const QString &name, bool sts = false)
{
    Profile p;
    p.name = name;
    p.regionId = u"cn-shanghai"_s;
    p.accessKeyId = u"LTAI5tSample"_s + name;
    p.mode = sts ? credentials::CredentialMode::StsToken : credentials::CredentialMode::AccessKey;
    return p;
}

// Every file under `root` whose bytes contain `needle` (as UTF-8, or as UTF-16 in case a writer
// chose that).
QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

// --- child-process probes -------------------------------------------------------------------

void printError(const std::optional<KeychainError> &error)
{
    std::printf("cause=%d\n", error ? int(error->cause) : -1);
    std::printf("message=%s\n", error ? qUtf8Printable(error->message) : "");
    std::fflush(stdout);
}

int probeWrite(QCoreApplication &app)
{
    CredentialStore store;
    store.writeSecret(u"probe"_s, SecretKind::AccessKeySecret, u"probe-secret-value"_s, &app,
                      [&app](const std::optional<KeychainError> &error) {
                          printError(error);
                          app.quit();
                      });
    return app.exec();
}

int probeLockThenWrite(QCoreApplication &app)
{
    QProcess lock;
    lock.start(u"dbus-send"_s,
               {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    if (!lock.waitForFinished(30000) || lock.exitCode() != 0) {
        std::printf("lock failed: %s\n", lock.readAllStandardError().constData());
        return 3;
    }
    return probeWrite(app);
}

int probeImport(QCoreApplication &app)
{
    ProfileStore profiles;
    CredentialStore secrets;
    ProfileImporter importer(profiles, secrets);
    importer.importCandidates(
        AliyunConfigImporter::read(dataFile(u"aliyun-valid.json"_s)).candidates,
        [&app](const QString &error) {
            std::printf("error=%s\n", qUtf8Printable(error));
            std::fflush(stdout);
            app.quit();
        });
    return app.exec();
}

struct ProbeResult
{
    int exitCode = -1;
    QMap<QString, QString> values;
    QString output;
};

ProbeResult runProbe(const QString &probe, const QProcessEnvironment &env,
                     const QString &wrapper = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString self = QCoreApplication::applicationFilePath();
    if (wrapper.isEmpty())
        process.start(self, {u"--probe"_s, probe});
    else
        process.start(u"dbus-run-session"_s, {u"--"_s, wrapper, self, u"--probe"_s, probe});
    ProbeResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : result.output.split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            result.values.insert(line.left(equals), line.mid(equals + 1));
    }
    return result;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadDelete_data();
    void writeReadDelete();
    void nothingStoredIsNotAnError();
    void keysAreNamespacedUnderPaiDesk();
    void storeLoadRemoveCredentials();
    void providerYieldsCredentialsForProfile();
    void providerReportsMissingProfileAndSecret();
    void importGoesToKeychainAndNoSecretReachesConfigFiles();
    void scannerFindsPlantedSecret();
    void importReplacesExistingProfile();
    void noKeychainGivesClearError_data();
    void noKeychainGivesClearError();
    void importWithoutKeychainSavesNothing();
    void lockedKeychainGivesClearError();

private:
    std::optional<KeychainError> write(const QString &profile, SecretKind kind,
                                       const QString &value);
    SecretResult read(const QString &profile, SecretKind kind);
    std::optional<KeychainError> remove(const QString &profile, SecretKind kind);

    CredentialStore m_store;
};

std::optional<KeychainError> TestCredentialStore::write(const QString &profile, SecretKind kind,
                                                        const QString &value)
{
    std::optional<std::optional<KeychainError>> result;
    m_store.writeSecret(profile, kind, value, this,
                        [&](const std::optional<KeychainError> &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, KeychainTimeoutMs))
        return KeychainError{KeychainError::Cause::Other, u"timed out"_s, {}};
    return *result;
}

SecretResult TestCredentialStore::read(const QString &profile, SecretKind kind)
{
    std::optional<SecretResult> result;
    m_store.readSecret(profile, kind, this, [&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, KeychainTimeoutMs))
        return {KeychainError{KeychainError::Cause::Other, u"timed out"_s, {}}, {}};
    return *result;
}

std::optional<KeychainError> TestCredentialStore::remove(const QString &profile, SecretKind kind)
{
    std::optional<std::optional<KeychainError>> result;
    m_store.deleteSecret(profile, kind, this,
                         [&](const std::optional<KeychainError> &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, KeychainTimeoutMs))
        return KeychainError{KeychainError::Cause::Other, u"timed out"_s, {}};
    return *result;
}

void TestCredentialStore::initTestCase()
{
    const auto error = write(u"init-check"_s, SecretKind::AccessKeySecret, u"x"_s);
    if (error)
        QFAIL(qPrintable(u"No usable Secret Service. Run the keychain tests as "
                         "`dbus-run-session -- scripts/with-test-keyring ctest ...`. "_s +
                         error->message));
    QVERIFY(!remove(u"init-check"_s, SecretKind::AccessKeySecret));
}

void TestCredentialStore::writeReadDelete_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::newRow("secret") << int(SecretKind::AccessKeySecret) << u"Abc123SecretValue"_s;
    QTest::newRow("unicode") << int(SecretKind::AccessKeySecret) << u"gehéim ключ 秘密 🔑"_s;
    // STS tokens run to over a thousand characters.
    QTest::newRow("long token") << int(SecretKind::SecurityToken) << QString(1800, u'T') + u"end"_s;
}

void TestCredentialStore::writeReadDelete()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    const auto secretKind = SecretKind(kind);
    const QString profile = u"rw-"_s + QString::fromLatin1(QTest::currentDataTag());

    QCOMPARE(write(profile, secretKind, value), std::nullopt);
    SecretResult r = read(profile, secretKind);
    QVERIFY(!r.error);
    QCOMPARE(r.value, std::optional<QString>(value));

    // Overwriting replaces.
    QCOMPARE(write(profile, secretKind, value + u"2"_s), std::nullopt);
    QCOMPARE(read(profile, secretKind).value, std::optional<QString>(value + u"2"_s));

    QCOMPARE(remove(profile, secretKind), std::nullopt);
    r = read(profile, secretKind);
    QVERIFY(!r.error);
    QVERIFY(!r.value);
}

void TestCredentialStore::nothingStoredIsNotAnError()
{
    const SecretResult r = read(u"never-written"_s, SecretKind::AccessKeySecret);
    QVERIFY(!r.error);
    QVERIFY(!r.value);
    QCOMPARE(remove(u"never-written"_s, SecretKind::SecurityToken), std::nullopt);
}

void TestCredentialStore::keysAreNamespacedUnderPaiDesk()
{
    QCOMPARE(CredentialStore::keyFor(u"prod"_s, SecretKind::AccessKeySecret),
             u"prod:access-key-secret"_s);
    QCOMPARE(CredentialStore::keyFor(u"prod"_s, SecretKind::SecurityToken),
             u"prod:security-token"_s);
    QCOMPARE(write(u"ns"_s, SecretKind::AccessKeySecret, u"ns-secret"_s), std::nullopt);

    // Read it back with QtKeychain directly: service "PaiDesk", key "ns:access-key-secret".
    auto *job = new QKeychain::ReadPasswordJob(u"PaiDesk"_s);
    job->setKey(u"ns:access-key-secret"_s);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(finished.wait(KeychainTimeoutMs));
    QCOMPARE(job->error(), QKeychain::NoError);
    QCOMPARE(job->textData(), u"ns-secret"_s);

    // Another profile's keys are separate.
    QVERIFY(!read(u"ns2"_s, SecretKind::AccessKeySecret).value);
    QCOMPARE(remove(u"ns"_s, SecretKind::AccessKeySecret), std::nullopt);
}

void TestCredentialStore::storeLoadRemoveCredentials()
{
    auto store = [&](const QString &secret, const QString &token) {
        std::optional<std::optional<KeychainError>> result;
        m_store.storeCredentials(u"pair"_s, secret, token, this,
                                 [&](const std::optional<KeychainError> &e) { result = e; });
        return QTest::qWaitFor([&] { return result.has_value(); }, KeychainTimeoutMs) && !*result;
    };
    auto load = [&] {
        std::optional<StoredCredentials> result;
        m_store.loadCredentials(u"pair"_s, this, [&](const StoredCredentials &c) { result = c; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, KeychainTimeoutMs))
            return StoredCredentials{
                KeychainError{KeychainError::Cause::Other, u"timed out"_s, {}}, {}, {}};
        return *result;
    };

    QVERIFY(store(u"pair-secret"_s, u"pair-token"_s));
    StoredCredentials c = load();
    QVERIFY(!c.error);
    QCOMPARE(c.accessKeySecret, std::optional<QString>(u"pair-secret"_s));
    QCOMPARE(c.securityToken, std::optional<QString>(u"pair-token"_s));

    // Storing without a token removes the old one.
    QVERIFY(store(u"pair-secret-2"_s, QString()));
    c = load();
    QCOMPARE(c.accessKeySecret, std::optional<QString>(u"pair-secret-2"_s));
    QVERIFY(!c.securityToken);

    std::optional<std::optional<KeychainError>> removed;
    m_store.removeSecrets(u"pair"_s, this,
                          [&](const std::optional<KeychainError> &e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), KeychainTimeoutMs);
    QCOMPARE(*removed, std::nullopt);
    c = load();
    QVERIFY(!c.error);
    QVERIFY(!c.accessKeySecret);
    QVERIFY(!c.securityToken);
}

void TestCredentialStore::providerYieldsCredentialsForProfile()
{
    ProfileStore profiles;
    QCOMPARE(profiles.save(sample(u"provided"_s, true)), QString());
    std::optional<std::optional<KeychainError>> stored;
    m_store.storeCredentials(u"provided"_s, u"provided-secret"_s, u"provided-token"_s, this,
                             [&](const std::optional<KeychainError> &e) { stored = e; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), KeychainTimeoutMs);
    QCOMPARE(*stored, std::nullopt);

    CredentialsProvider provider(profiles, m_store);
    std::optional<ResolvedCredentials> resolved;
    provider.forProfile(u"provided"_s, this, [&](const ResolvedCredentials &r) { resolved = r; });
    QVERIFY(!resolved); // always asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), KeychainTimeoutMs);
    QVERIFY2(resolved->error.isEmpty(), qPrintable(resolved->error));
    QCOMPARE(resolved->credentials.accessKeyId, u"LTAI5tSampleprovided"_s);
    QCOMPARE(resolved->credentials.accessKeySecret, u"provided-secret"_s);
    QCOMPARE(resolved->credentials.securityToken, u"provided-token"_s);
    QCOMPARE(resolved->profile.regionId, u"cn-shanghai"_s);
    QVERIFY(resolved->source.contains(u"provided"_s));
}

void TestCredentialStore::providerReportsMissingProfileAndSecret()
{
    ProfileStore profiles;
    QCOMPARE(profiles.save(sample(u"no-secret"_s)), QString());
    CredentialsProvider provider(profiles, m_store);

    std::optional<ResolvedCredentials> resolved;
    provider.forProfile(u"ghost"_s, this, [&](const ResolvedCredentials &r) { resolved = r; });
    QVERIFY(!resolved);
    QTRY_VERIFY(resolved.has_value());
    QVERIFY(resolved->error.contains(u"\"ghost\""_s));
    QVERIFY(resolved->error.contains(u"no-secret"_s)); // lists the known profiles
    QVERIFY(!resolved->credentials.isComplete());

    resolved.reset();
    provider.forProfile(u"no-secret"_s, this, [&](const ResolvedCredentials &r) { resolved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), KeychainTimeoutMs);
    QVERIFY2(resolved->error.contains(u"no AccessKey secret"_s), qPrintable(resolved->error));
}

void TestCredentialStore::importGoesToKeychainAndNoSecretReachesConfigFiles()
{
    ProfileStore profiles;
    ProfileImporter importer(profiles, m_store);
    const ImportReport json = AliyunConfigImporter::read(dataFile(u"aliyun-valid.json"_s));
    const ImportReport ini = CredentialsIniImporter::read(dataFile(u"credentials-valid.ini"_s));
    QVERIFY(json.ok() && ini.ok());
    QList<ImportCandidate> candidates = json.candidates;
    for (ImportCandidate c : ini.candidates) {
        c.profile.name.prepend(u"ini-"_s);
        candidates.append(c);
    }

    std::optional<QString> error;
    importer.importCandidates(candidates, [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), KeychainTimeoutMs);
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    profiles.setLastUsed(u"temporary"_s);

    for (const ImportCandidate &c : std::as_const(candidates)) {
        QCOMPARE(profiles.profile(c.profile.name), std::optional<Profile>(c.profile));
        // A role mode (the file's EcsRamRole profile) keeps nothing in the keychain.
        QCOMPARE(read(c.profile.name, SecretKind::AccessKeySecret).value,
                 c.profile.hasAccessKey() ? std::optional<QString>(c.accessKeySecret)
                                          : std::nullopt);
    }
    QVERIFY(std::any_of(candidates.cbegin(), candidates.cend(),
                        [](const ImportCandidate &c) { return !c.profile.hasAccessKey(); }));
    CredentialsProvider provider(profiles, m_store);
    std::optional<ResolvedCredentials> resolved;
    provider.forProfile(u"temporary"_s, this, [&](const ResolvedCredentials &r) { resolved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), KeychainTimeoutMs);
    QCOMPARE(resolved->credentials.securityToken,
             u"CAISSampleStsTokenValue2222222222222222222222222222"_s);

    // Every file written under the configuration home: no secret and no token in any of them.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!configHome.isEmpty());
    QVERIFY(QFile::exists(profiles.fileName()));
    QVERIFY(profiles.fileName().startsWith(configHome));
    QVERIFY(!filesContaining(configHome, u"LTAI5tSampleDefaultId"_s).isEmpty());
    for (const ImportCandidate &c : std::as_const(candidates)) {
        if (!c.accessKeySecret.isEmpty())
            QCOMPARE(filesContaining(configHome, c.accessKeySecret), QStringList());
        if (!c.securityToken.isEmpty())
            QCOMPARE(filesContaining(configHome, c.securityToken), QStringList());
    }
}

void TestCredentialStore::scannerFindsPlantedSecret()
{
    // Proves the scan above can fail.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"nested/planted.conf"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"nested"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret=SampleSecretDefault0000000000\n");
    file.close();
    QCOMPARE(filesContaining(dir.path(), u"SampleSecretDefault0000000000"_s).size(), 1);
    QCOMPARE(filesContaining(dir.path(), u"SomethingElse"_s).size(), 0);
}

void TestCredentialStore::importReplacesExistingProfile()
{
    ProfileStore profiles;
    Profile old = sample(u"replaced"_s, true);
    old.regionId = u"cn-beijing"_s;
    QCOMPARE(profiles.save(old), QString());
    std::optional<std::optional<KeychainError>> stored;
    m_store.storeCredentials(u"replaced"_s, u"old-secret"_s, u"old-token"_s, this,
                             [&](const std::optional<KeychainError> &e) { stored = e; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), KeychainTimeoutMs);

    ImportCandidate candidate;
    candidate.profile = sample(u"replaced"_s);
    candidate.accessKeySecret = u"new-secret"_s;
    ProfileImporter importer(profiles, m_store);
    std::optional<QString> error;
    importer.importCandidates({candidate}, [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), KeychainTimeoutMs);
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QCOMPARE(profiles.profile(u"replaced"_s), std::optional<Profile>(candidate.profile));
    QCOMPARE(read(u"replaced"_s, SecretKind::AccessKeySecret).value,
             std::optional<QString>(u"new-secret"_s));
    // An AK profile replacing an STS one leaves no stale token behind.
    QVERIFY(!read(u"replaced"_s, SecretKind::SecurityToken).value);

    // An invalid batch is refused before the keychain is touched.
    ImportCandidate bad = candidate;
    bad.accessKeySecret.clear();
    error.reset();
    importer.importCandidates({bad}, [&](const QString &e) { error = e; });
    QVERIFY(error.has_value());
    QVERIFY(error->contains(u"secret is empty"_s));
    QCOMPARE(read(u"replaced"_s, SecretKind::AccessKeySecret).value,
             std::optional<QString>(u"new-secret"_s));
}

void TestCredentialStore::noKeychainGivesClearError_data()
{
    QTest::addColumn<bool>("deadSocket");
    QTest::newRow("dead bus socket") << true;
    QTest::newRow("no session bus") << false;
}

void TestCredentialStore::noKeychainGivesClearError()
{
    QFETCH(bool, deadSocket);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // no D-Bus autolaunch through X11 either
    if (deadSocket)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-bus-here"_s));
    else
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

    const ProbeResult probe = runProbe(u"write"_s, env);
    QCOMPARE(probe.exitCode, 0);
    QCOMPARE(probe.values.value(u"cause"_s),
             QString::number(int(KeychainError::Cause::NoKeychain)));
    const QString message = probe.values.value(u"message"_s);
    QVERIFY2(message.contains(u"No system keychain"_s), qPrintable(message));
    QVERIFY2(message.contains(u"gnome-keyring-daemon --start"_s), qPrintable(message));
    QVERIFY(!message.contains(u"probe-secret-value"_s));
}

void TestCredentialStore::importWithoutKeychainSavesNothing()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-bus-here"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));

    const ProbeResult probe = runProbe(u"import"_s, env);
    QCOMPARE(probe.exitCode, 0);
    QVERIFY2(probe.values.value(u"error"_s).contains(u"No system keychain"_s),
             qPrintable(probe.output));
    // No profile was saved, and no file holds a secret (there is no plaintext fallback).
    QVERIFY(filesContaining(dir.path(), u"LTAI5tSampleDefaultId"_s).isEmpty());
    QVERIFY(filesContaining(dir.path(), u"SampleSecretDefault0000000000"_s).isEmpty());
}

void TestCredentialStore::lockedKeychainGivesClearError()
{
    if (QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"dbus-send"_s).isEmpty())
        QFAIL("dbus-run-session and dbus-send are needed (Debian package dbus)");
    QVERIFY(QFile::exists(testKeyringScript()));
    // A keyring of its own in a private session: locking the shared one would break other tests.
    const ProbeResult probe = runProbe(
        u"lock-then-write"_s, QProcessEnvironment::systemEnvironment(), testKeyringScript());
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.output));
    QCOMPARE(probe.values.value(u"cause"_s), QString::number(int(KeychainError::Cause::Locked)));
    const QString message = probe.values.value(u"message"_s);
    QVERIFY2(message.contains(u"locked"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Unlock it"_s), qPrintable(message));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--probe") == 0) {
        QCoreApplication app(argc, argv);
        const QByteArray probe = argv[2];
        if (probe == "write")
            return probeWrite(app);
        if (probe == "lock-then-write")
            return probeLockThenWrite(app);
        if (probe == "import")
            return probeImport(app);
        return 2;
    }
    // Profiles written by this test go to a fresh configuration home, so the secret scan sees
    // exactly what this run wrote.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", configHome.path().toUtf8());
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
