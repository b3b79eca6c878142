// `paidesk-cli --aliyun-profile NAME` with the temporary-credential modes of config.json, against
// `paidesk-cli sandbox --sts`: the real executables, as processes, over loopback.

#include "clirunner.h"
#include "support/wiresamples.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::jwtExpiringIn;
using namespace clitest;

namespace {

const QString TrustedRole = u"acs:ram::100000000000000:role/paidesk-reader"_s;

} // namespace

class TestCliCredentialModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsWithAliyunProfile_data();
    void listsWithAliyunProfile();
    void defaultChain_data();
    void defaultChain();
    void sandboxCredentialFlagsAreChecked_data();
    void sandboxCredentialFlagsAreChecked();

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QByteArray m_sandboxOutput;
    QString m_sandboxUrl;
    QString m_configFile;
    QString m_tokenFile;
};

void TestCliCredentialModes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox.setProcessEnvironment(cleanEnvironment());
    m_sandbox.start(QStringLiteral(PAIDESK_CLI_PATH),
                    {u"sandbox"_s, u"--demo"_s, u"--access-key-id"_s, u"LTAIcliSts"_s,
                     u"--access-key-secret"_s, u"cli-sts-secret"_s, u"--sts"_s, u"--role"_s,
                     TrustedRole, u"--role"_s, u"acs:ram::100000000000000:role/second"_s,
                     u"--sts-duration"_s, u"600"_s});
    QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
    connect(&m_sandbox, &QProcess::readyReadStandardOutput, this,
            [this] { m_sandboxOutput += m_sandbox.readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(m_sandboxOutput.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET="), 30000);
    for (const QByteArray &line : m_sandboxOutput.split('\n')) {
        if (line.startsWith("PAIDESK_SANDBOX_URL="))
            m_sandboxUrl = QString::fromUtf8(line.mid(line.indexOf('=') + 1));
    }
    QVERIFY(m_sandboxUrl.startsWith(u"http://127.0.0.1:"_s));

    const QString tokenFile = m_dir.filePath(u"token"_s);
    m_tokenFile = tokenFile;
    QFile token(tokenFile);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(jwtExpiringIn(3600));
    token.close();
    const QJsonObject ram{{u"name"_s, u"ram"_s},
                          {u"mode"_s, u"RamRoleArn"_s},
                          {u"access_key_id"_s, u"LTAIcliSts"_s},
                          {u"access_key_secret"_s, u"cli-sts-secret"_s},
                          {u"ram_role_arn"_s, TrustedRole},
                          {u"ram_session_name"_s, u"cli"_s},
                          {u"expired_seconds"_s, 900},
                          {u"region_id"_s, u"cn-hangzhou"_s}};
    QJsonObject chained{{u"name"_s, u"chained"_s},
                        {u"mode"_s, u"ChainableRamRoleArn"_s},
                        {u"source_profile"_s, u"ram"_s},
                        {u"ram_role_arn"_s, u"acs:ram::100000000000000:role/second"_s},
                        {u"ram_session_name"_s, u"cli-chained"_s}};
    QJsonObject untrusted = ram;
    untrusted.insert(u"name"_s, u"untrusted"_s);
    untrusted.insert(u"ram_role_arn"_s, u"acs:ram::100000000000000:role/nobody"_s);
    QJsonObject oidc{{u"name"_s, u"rrsa"_s},
                     {u"mode"_s, u"OIDC"_s},
                     {u"ram_role_arn"_s, TrustedRole},
                     {u"ram_session_name"_s, u"rrsa"_s},
                     {u"oidc_provider_arn"_s, u"acs:ram::100000000000000:oidc-provider/ack"_s},
                     {u"oidc_token_file"_s, tokenFile}};
    QJsonObject loopA{{u"name"_s, u"loop-a"_s},
                      {u"mode"_s, u"ChainableRamRoleArn"_s},
                      {u"source_profile"_s, u"loop-b"_s},
                      {u"ram_role_arn"_s, TrustedRole},
                      {u"ram_session_name"_s, u"a"_s}};
    QJsonObject loopB = loopA;
    loopB.insert(u"name"_s, u"loop-b"_s);
    loopB.insert(u"source_profile"_s, u"loop-a"_s);
    QJsonObject sso{{u"name"_s, u"sso"_s}, {u"mode"_s, u"CloudSSO"_s}};
    const QJsonObject config{
        {u"current"_s, u"ram"_s},
        {u"profiles"_s, QJsonArray{ram, chained, untrusted, oidc, loopA, loopB, sso}}};
    m_configFile = m_dir.filePath(u"config.json"_s);
    QFile file(m_configFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
}

void TestCliCredentialModes::cleanupTestCase()
{
    if (m_sandbox.state() == QProcess::NotRunning)
        return;
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
}

void TestCliCredentialModes::listsWithAliyunProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrNames");
    QTest::newRow("RamRoleArn") << u"ram"_s << 0 << QStringList();
    QTest::newRow("ChainableRamRoleArn") << u"chained"_s << 0 << QStringList();
    QTest::newRow("OIDC") << u"rrsa"_s << 0 << QStringList();
    QTest::newRow("untrusted role")
        << u"untrusted"_s << 1
        << QStringList{u"\"untrusted\""_s, u"AssumeRole"_s, u"NoPermission"_s, u"RequestId"_s};
    QTest::newRow("source cycle") << u"loop-a"_s << 2
                                  << QStringList{u"loop-a \u2192 loop-b \u2192 loop-a"_s};
    QTest::newRow("unsupported mode") << u"sso"_s << 2 << QStringList{u"CloudSSO"_s};
    QTest::newRow("unknown profile") << u"nobody"_s << 2 << QStringList{u"nobody"_s, u"ram"_s};
}

void TestCliCredentialModes::listsWithAliyunProfile()
{
    QFETCH(QString, profile);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrNames);
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"ALIBABA_CLOUD_CONFIG_FILE"_s, m_configFile);
    const CliResult result =
        runCli({u"--aliyun-profile"_s, profile, u"--sts-endpoint"_s, m_sandboxUrl, u"--endpoint"_s,
                m_sandboxUrl, u"--output"_s, u"json"_s, u"models"_s},
               environment);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    if (exitCode == 0)
        QVERIFY2(!modelIds(result.json()).isEmpty(), qPrintable(result.describe()));
    for (const QString &name : stderrNames)
        QVERIFY2(QString::fromUtf8(result.err).contains(name), qPrintable(result.describe()));
    // Nothing secret reaches the terminal.
    QVERIFY(!result.err.contains("cli-sts-secret"));
}

void TestCliCredentialModes::defaultChain_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    QTest::addColumn<int>("exitCode");
    QTest::newRow("config.json current") << QStringList{u"CONFIG"_s} << 0;
    QTest::newRow("ALIBABA_CLOUD_PROFILE")
        << QStringList{u"CONFIG"_s, u"ALIBABA_CLOUD_PROFILE=chained"_s} << 0;
    QTest::newRow("OIDC variables") << QStringList{u"OIDC"_s} << 0;
    QTest::newRow("profile file ignored")
        << QStringList{u"CONFIG"_s, u"ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true"_s} << 2;
    QTest::newRow("failing profile")
        << QStringList{u"CONFIG"_s, u"ALIBABA_CLOUD_PROFILE=untrusted"_s} << 1;
}

void TestCliCredentialModes::defaultChain()
{
    QFETCH(QStringList, variables);
    QFETCH(int, exitCode);
    QProcessEnvironment environment = cleanEnvironment();
    // No developer's own config.json may answer.
    environment.insert(u"ALIBABA_CLOUD_CONFIG_FILE"_s, m_dir.filePath(u"absent.json"_s));
    for (const QString &variable : std::as_const(variables)) {
        if (variable == u"CONFIG"_s) {
            environment.insert(u"ALIBABA_CLOUD_CONFIG_FILE"_s, m_configFile);
        } else if (variable == u"OIDC"_s) {
            environment.insert(u"ALIBABA_CLOUD_ROLE_ARN"_s, TrustedRole);
            environment.insert(u"ALIBABA_CLOUD_OIDC_PROVIDER_ARN"_s,
                               u"acs:ram::100000000000000:oidc-provider/ack"_s);
            environment.insert(u"ALIBABA_CLOUD_OIDC_TOKEN_FILE"_s, m_tokenFile);
        } else {
            environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        }
    }
    const CliResult result = runCli({u"--sts-endpoint"_s, m_sandboxUrl, u"--endpoint"_s,
                                     m_sandboxUrl, u"--output"_s, u"json"_s, u"models"_s},
                                    environment);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    if (exitCode == 0)
        QVERIFY2(!modelIds(result.json()).isEmpty(), qPrintable(result.describe()));
}

void TestCliCredentialModes::sandboxCredentialFlagsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("role without sts") << QStringList{u"--role"_s, TrustedRole} << u"--sts"_s;
    QTest::newRow("duration zero")
        << QStringList{u"--sts"_s, u"--sts-duration"_s, u"0"_s} << u"--sts-duration"_s;
    QTest::newRow("ecs role without metadata")
        << QStringList{u"--ecs-role"_s, u"r"_s} << u"--ecs-metadata"_s;
}

void TestCliCredentialModes::sandboxCredentialFlagsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliResult result = runCli(QStringList{u"sandbox"_s} + arguments, cleanEnvironment());
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.err).contains(named), qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TestCliCredentialModes)
#include "tst_clicredentialmodes.moc"
