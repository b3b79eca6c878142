#include "credentials/aliyunconfigimporter.h"
#include "credentials/credentialsiniimporter.h"
#include "credentials/credentialsprovider.h"
#include "credentials/environmentcredentials.h"
#include "credentials/environmentimporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace credentials;

Q_DECLARE_METATYPE(credentials::CredentialMode)
Q_DECLARE_METATYPE(credentials::RoleSettings)

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/credentials/"_s + name;
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) +
           QFileInfo(path).lastModified().toString(Qt::ISODateWithMs).toUtf8();
}

QStringList candidateNames(const ImportReport &report)
{
    QStringList names;
    for (const ImportCandidate &c : report.candidates)
        names << c.profile.name;
    return names;
}

QStringList skippedSummary(const ImportReport &report)
{
    QStringList entries;
    for (const SkippedEntry &u : report.skipped)
        entries << u.name + u'=' + u.mode;
    return entries;
}

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return env;
}
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aliyunConfigValid();
    void aliyunConfigSkippedModesAreNamed();
    void aliyunConfigEveryMode_data();
    void aliyunConfigEveryMode();
    void aliyunConfigSkipsWithTheReason_data();
    void aliyunConfigSkipsWithTheReason();
    void malformedFiles_data();
    void malformedFiles();
    void missingFileIsNotFound();
    void credentialsIniValid();
    void sourceFilesAreNeverWritten();
    void environment_data();
    void environment();
    void environmentImportListsOtherModes();
    void providerFallsBackToEnvironment();
};

void TestImporters::aliyunConfigValid()
{
    const ImportReport report = AliyunConfigImporter::read(dataFile(u"aliyun-valid.json"_s));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(candidateNames(report),
             (QStringList{u"default"_s, u"temporary"_s, u"guessed"_s, u"role"_s, u"on-ecs"_s}));

    const ImportCandidate &ak = report.candidates.at(0);
    QCOMPARE(ak.profile.regionId, u"cn-shanghai"_s);
    QCOMPARE(ak.profile.accessKeyId, u"LTAI5tSampleDefaultId"_s);
    QCOMPARE(ak.accessKeySecret, u"SampleSecretDefault0000000000"_s);
    QVERIFY(ak.securityToken.isEmpty());
    QVERIFY(!ak.profile.hasSecurityToken());
    QCOMPARE(ak.profile.endpointMode, EndpointMode::Public);

    const ImportCandidate &sts = report.candidates.at(1);
    QCOMPARE(sts.profile.regionId, u"ap-southeast-1"_s);
    QVERIFY(sts.profile.hasSecurityToken());
    QCOMPARE(sts.securityToken, u"CAISSampleStsTokenValue2222222222222222222222222222"_s);

    // No mode: guessed as AK from the key pair; no region: the default; enable_vpc honoured.
    const ImportCandidate &guessed = report.candidates.at(2);
    QCOMPARE(guessed.profile.regionId, defaultRegionId());
    QCOMPARE(guessed.profile.endpointMode, EndpointMode::Vpc);
    QVERIFY(!guessed.profile.hasSecurityToken());
}

void TestImporters::aliyunConfigSkippedModesAreNamed()
{
    const ImportReport report = AliyunConfigImporter::read(dataFile(u"aliyun-valid.json"_s));
    QCOMPARE(skippedSummary(report), (QStringList{u"sso=CloudSSO"_s}));
    for (const SkippedEntry &entry : report.skipped)
        QVERIFY2(entry.reason.contains(entry.mode), qPrintable(entry.reason));
}

void TestImporters::aliyunConfigEveryMode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<CredentialMode>("mode");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<RoleSettings>("role");

    RoleSettings none;
    QTest::newRow("AK") << u"key"_s << CredentialMode::AccessKey << u"EveryModeKeySecret000000000"_s
                        << QString() << none;
    QTest::newRow("StsToken") << u"sts"_s << CredentialMode::StsToken
                              << u"EveryModeStsSecret111111111"_s
                              << u"CAISEveryModeStsToken2222222222"_s << none;
    RoleSettings role;
    role.roleArn = u"acs:ram::123456789012:role/registry-admin"_s;
    role.sessionName = u"alice"_s;
    role.externalId = u"abcd1234"_s;
    role.durationSeconds = 900;
    role.stsRegion = u"cn-hangzhou"_s;
    QTest::newRow("RamRoleArn") << u"role"_s << CredentialMode::RamRoleArn
                                << u"EveryModeRoleSecret33333333"_s << QString() << role;
    RoleSettings chained;
    chained.roleArn = u"acs:ram::210987654321:role/cross-account"_s;
    chained.sessionName = u"alice-chained"_s;
    chained.sourceProfile = u"role"_s;
    QTest::newRow("ChainableRamRoleArn")
        << u"chained"_s << CredentialMode::ChainableRamRoleArn << QString() << QString() << chained;
    RoleSettings ecs;
    ecs.ecsRoleName = u"EcsRegistryRole"_s;
    QTest::newRow("EcsRamRole") << u"on-ecs"_s << CredentialMode::EcsRamRole << QString()
                                << QString() << ecs;
    RoleSettings oidc;
    oidc.roleArn = u"acs:ram::123456789012:role/rrsa-registry"_s;
    oidc.oidcProviderArn = u"acs:ram::123456789012:oidc-provider/ack-rrsa-c123"_s;
    oidc.oidcTokenFile = u"/var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token"_s;
    oidc.sessionName = u"pod"_s;
    oidc.stsRegion = u"cn-hangzhou"_s;
    oidc.stsVpc = true;
    QTest::newRow("OIDC") << u"oidc"_s << CredentialMode::Oidc << QString() << QString() << oidc;
    RoleSettings uri;
    uri.credentialsUri = u"http://127.0.0.1:8080/credentials"_s;
    QTest::newRow("CredentialsURI")
        << u"uri"_s << CredentialMode::CredentialsUri << QString() << QString() << uri;
    RoleSettings process;
    process.processCommand = u"/usr/local/bin/fetch-keys --profile registry"_s;
    QTest::newRow("External") << u"process"_s << CredentialMode::External << QString() << QString()
                              << process;
    RoleSettings guessed;
    guessed.roleArn = u"acs:ram::123456789012:role/guessed"_s;
    guessed.sourceProfile = u"key"_s;
    QTest::newRow("no mode, a source profile")
        << u"guessed-chain"_s << CredentialMode::ChainableRamRoleArn << QString() << QString()
        << guessed;
}

void TestImporters::aliyunConfigEveryMode()
{
    QFETCH(QString, name);
    QFETCH(CredentialMode, mode);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(RoleSettings, role);
    const ImportReport report = AliyunConfigImporter::read(dataFile(u"aliyun-every-mode.json"_s));
    QVERIFY2(report.ok(), qPrintable(report.error));
    // The profile the aliyun CLI uses now comes first; the rest keep the file's order.
    QCOMPARE(candidateNames(report),
             (QStringList{u"oidc"_s, u"key"_s, u"sts"_s, u"role"_s, u"chained"_s, u"on-ecs"_s,
                          u"uri"_s, u"process"_s, u"guessed-chain"_s}));
    const auto found =
        std::find_if(report.candidates.cbegin(), report.candidates.cend(),
                     [&](const ImportCandidate &c) { return c.profile.name == name; });
    QVERIFY(found != report.candidates.cend());
    QCOMPARE(found->profile.mode, mode);
    QCOMPARE(found->accessKeySecret, secret);
    QCOMPARE(found->securityToken, token);
    QCOMPARE(found->profile.role, role);
    QCOMPARE(found->profile.hasAccessKey(), !secret.isEmpty());
    QVERIFY2(validateProfile(found->profile).isEmpty(),
             qPrintable(validateProfile(found->profile)));
}

void TestImporters::aliyunConfigSkipsWithTheReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("mentions");
    const QString every = u"aliyun-every-mode.json"_s;
    QTest::newRow("CloudSSO") << every << u"sso"_s << u"CloudSSO"_s << u"not supported"_s;
    QTest::newRow("RsaKeyPair, guessed")
        << every << u"rsa"_s << u"RsaKeyPair"_s << u"not supported"_s;
    QTest::newRow("StsToken without its token")
        << every << u"no-token"_s << u"StsToken"_s << u"\"sts_token\""_s;
    QTest::newRow("a role ARN of the wrong shape")
        << every << u"bad-arn"_s << u"RamRoleArn"_s << u"Role ARN"_s;
    QTest::newRow("the other profiles still come")
        << u"aliyun-missing-key.json"_s << u"broken"_s << u"StsToken"_s << u"\"sts_token\""_s;
}

void TestImporters::aliyunConfigSkipsWithTheReason()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, mentions);
    const ImportReport report = AliyunConfigImporter::read(dataFile(file));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(!report.candidates.isEmpty());
    QVERIFY(!candidateNames(report).contains(name));
    const auto skipped =
        std::find_if(report.skipped.cbegin(), report.skipped.cend(),
                     [&](const SkippedEntry &entry) { return entry.name == name; });
    QVERIFY(skipped != report.skipped.cend());
    QCOMPARE(skipped->mode, mode);
    QVERIFY2(skipped->reason.contains(mentions), qPrintable(skipped->reason));
}

void TestImporters::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QStringList>("mustMention");

    QTest::newRow("json syntax") << u"aliyun-malformed.json"_s << true
                                 << QStringList{u"line 9"_s, u"not valid JSON"_s};
    QTest::newRow("ini broken line")
        << u"credentials-malformed.ini"_s << false << QStringList{u"line 8"_s, u"key = value"_s};
    QTest::newRow("ini missing key") << u"credentials-missing-key.ini"_s << false
                                     << QStringList{u"[nosecret]"_s, u"\"access_key_secret\""_s};
}

void TestImporters::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, json);
    QFETCH(QStringList, mustMention);

    const QString path = dataFile(file);
    const ImportReport report =
        json ? AliyunConfigImporter::read(path) : CredentialsIniImporter::read(path);
    QVERIFY(!report.ok());
    QVERIFY(!report.notFound);
    // Nothing part-way: the valid profiles before the broken spot are not offered either.
    QVERIFY(report.candidates.isEmpty());
    QVERIFY2(report.error.contains(path), qPrintable(report.error));
    for (const QString &fragment : mustMention)
        QVERIFY2(report.error.contains(fragment), qPrintable(report.error));
}

void TestImporters::missingFileIsNotFound()
{
    const QString path = dataFile(u"no-such-file.json"_s);
    const ImportReport json = AliyunConfigImporter::read(path);
    QVERIFY(json.notFound);
    QVERIFY(json.candidates.isEmpty());
    QVERIFY(json.error.contains(path));
    QVERIFY(CredentialsIniImporter::read(dataFile(u"no-such-file.ini"_s)).notFound);
}

void TestImporters::credentialsIniValid()
{
    const ImportReport report = CredentialsIniImporter::read(dataFile(u"credentials-valid.ini"_s));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(candidateNames(report), (QStringList{u"default"_s, u"hongkong"_s}));
    // An inline comment needs whitespace before ';' or '#', so secrets may contain them.
    QCOMPARE(report.candidates.at(0).accessKeySecret, u"Sample;Secret#Ini7777777"_s);
    QCOMPARE(report.candidates.at(0).profile.accessKeyId, u"LTAI5tSampleIniDefaultId"_s);
    QCOMPARE(report.candidates.at(0).profile.regionId, defaultRegionId());
    QCOMPARE(report.candidates.at(1).profile.regionId, u"cn-hongkong"_s);
    QCOMPARE(skippedSummary(report),
             (QStringList{u"project1=ecs_ram_role"_s, u"project2=ram_role_arn"_s,
                          u"switched-off=access_key"_s}));
    QVERIFY(report.skipped.at(0).reason.contains(u"ecs_ram_role"_s));
}

void TestImporters::sourceFilesAreNeverWritten()
{
    const QStringList files{u"aliyun-valid.json"_s, u"aliyun-malformed.json"_s,
                            u"credentials-valid.ini"_s, u"credentials-malformed.ini"_s};
    for (const QString &file : files) {
        const QString path = dataFile(file);
        const QByteArray before = fingerprint(path);
        QVERIFY(!before.isEmpty());
        if (file.endsWith(u".json"_s))
            AliyunConfigImporter::read(path);
        else
            CredentialsIniImporter::read(path);
        QCOMPARE(fingerprint(path), before);
    }
}

void TestImporters::environment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("sdk names") << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id1"_s,
                                              u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=s1"_s,
                                              u"ALIBABA_CLOUD_REGION_ID=cn-beijing"_s}
                               << u"id1"_s << u"s1"_s << QString() << u"cn-beijing"_s << QString();
    QTest::newRow("sdk names with token")
        << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id1"_s,
                       u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=s1"_s,
                       u"ALIBABA_CLOUD_SECURITY_TOKEN=t1"_s}
        << u"id1"_s << u"s1"_s << u"t1"_s << QString() << QString();
    QTest::newRow("terraform names")
        << QStringList{u"ALICLOUD_ACCESS_KEY=id2"_s, u"ALICLOUD_SECRET_KEY=s2"_s,
                       u"ALICLOUD_REGION=eu-central-1"_s}
        << u"id2"_s << u"s2"_s << QString() << u"eu-central-1"_s << QString();
    QTest::newRow("sdk names win")
        << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id1"_s,
                       u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=s1"_s,
                       u"ALICLOUD_ACCESS_KEY=id2"_s,
                       u"ALICLOUD_SECRET_KEY=s2"_s,
                       u"ALICLOUD_REGION=eu-central-1"_s,
                       u"ALIBABA_CLOUD_REGION_ID=cn-shenzhen"_s}
        << u"id1"_s << u"s1"_s << QString() << u"cn-shenzhen"_s << QString();
    QTest::newRow("half a pair") << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id1"_s,
                                                u"ALICLOUD_SECRET_KEY=s2"_s}
                                 << QString() << QString() << QString() << QString()
                                 << u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s;
    QTest::newRow("nothing set") << QStringList{u"HOME=/nowhere"_s} << QString() << QString()
                                 << QString() << QString() << QString();
}

void TestImporters::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, region);
    QFETCH(QString, errorMentions);

    const EnvironmentCredentials env = EnvironmentCredentials::read(environmentOf(variables));
    QCOMPARE(env.credentials.accessKeyId, id);
    QCOMPARE(env.credentials.accessKeySecret, secret);
    QCOMPARE(env.credentials.securityToken, token);
    QCOMPARE(env.regionId, region);
    QCOMPARE(env.found(), !id.isEmpty());
    if (!errorMentions.isEmpty())
        QVERIFY2(env.error.contains(errorMentions), qPrintable(env.error));
    else
        QVERIFY(env.error.isEmpty());
    // The names of the variables are reported, never the values.
    for (const QString &name : env.variables)
        QVERIFY(name.startsWith(u"ALI"_s));

    const ImportReport report = EnvironmentImporter::read(environmentOf(variables), u"env"_s);
    QCOMPARE(report.ok(), !id.isEmpty());
    if (report.ok()) {
        QCOMPARE(report.candidates.size(), 1);
        const ImportCandidate &c = report.candidates.first();
        QCOMPARE(c.profile.name, u"env"_s);
        QCOMPARE(c.profile.accessKeyId, id);
        QCOMPARE(c.accessKeySecret, secret);
        QCOMPARE(c.securityToken, token);
        QCOMPARE(c.profile.hasSecurityToken(), !token.isEmpty());
        QCOMPARE(c.profile.regionId, region.isEmpty() ? defaultRegionId() : region);
    } else {
        QVERIFY(report.candidates.isEmpty());
        QVERIFY(!report.error.isEmpty());
    }
}

void TestImporters::environmentImportListsOtherModes()
{
    const ImportReport report = EnvironmentImporter::read(environmentOf(
        {u"ALIBABA_CLOUD_CREDENTIALS_URI=http://127.0.0.1:1/creds"_s,
         u"ALIBABA_CLOUD_ROLE_ARN=acs:ram::1:role/r"_s,
         u"ALIBABA_CLOUD_OIDC_PROVIDER_ARN=acs:ram::1:oidc-provider/p"_s,
         u"ALIBABA_CLOUD_OIDC_TOKEN_FILE=/var/run/token"_s,
         u"ALIBABA_CLOUD_STS_REGION=cn-beijing"_s, u"ALICLOUD_ECS_ROLE_NAME=EcsRole"_s,
         u"ALICLOUD_ASSUME_ROLE_ARN=acs:ram::1:role/tf"_s,
         u"ALIBABA_CLOUD_REGION_ID=cn-beijing"_s}));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(candidateNames(report),
             (QStringList{u"environment-oidc"_s, u"environment-ecs"_s, u"environment-uri"_s}));
    const Profile &oidc = report.candidates.at(0).profile;
    QCOMPARE(oidc.mode, CredentialMode::Oidc);
    QCOMPARE(oidc.role.roleArn, u"acs:ram::1:role/r"_s);
    QCOMPARE(oidc.role.oidcTokenFile, u"/var/run/token"_s);
    QCOMPARE(oidc.role.stsRegion, u"cn-beijing"_s);
    QCOMPARE(oidc.regionId, u"cn-beijing"_s);
    QCOMPARE(report.candidates.at(1).profile.role.ecsRoleName, u"EcsRole"_s);
    QCOMPARE(report.candidates.at(2).profile.role.credentialsUri, u"http://127.0.0.1:1/creds"_s);
    QCOMPARE(skippedSummary(report), QStringList{u"ALICLOUD_ASSUME_ROLE_ARN=RamRoleArn"_s});

    // The VPC switch picks STS's host only; ECS can be switched off.
    const ImportReport vpc = EnvironmentImporter::read(environmentOf(
        {u"ALIBABA_CLOUD_ROLE_ARN=acs:ram::1:role/r"_s,
         u"ALIBABA_CLOUD_OIDC_PROVIDER_ARN=acs:ram::1:oidc-provider/p"_s,
         u"ALIBABA_CLOUD_OIDC_TOKEN_FILE=/var/run/token"_s,
         u"ALIBABA_CLOUD_STS_REGION=cn-beijing"_s, u"ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true"_s,
         u"ALIBABA_CLOUD_ECS_METADATA=EcsRole"_s, u"ALIBABA_CLOUD_ECS_METADATA_DISABLED=true"_s}));
    QCOMPARE(candidateNames(vpc), QStringList{u"environment-oidc"_s});
    QVERIFY(vpc.candidates.at(0).profile.role.stsVpc);
    QCOMPARE(vpc.candidates.at(0).profile.endpointMode, EndpointMode::Public);

    // Half of the OIDC variables: named, nothing made up.
    const ImportReport half =
        EnvironmentImporter::read(environmentOf({u"ALIBABA_CLOUD_ROLE_ARN=acs:ram::1:role/r"_s}));
    QVERIFY(half.notFound);
    QCOMPARE(skippedSummary(half), QStringList{u"ALIBABA_CLOUD_ROLE_ARN=OIDC"_s});
    QVERIFY(half.skipped.at(0).reason.contains(u"ALIBABA_CLOUD_OIDC_TOKEN_FILE"_s));
}

void TestImporters::providerFallsBackToEnvironment()
{
    ResolvedCredentials resolved = CredentialsProvider::fromEnvironment(environmentOf(
        {u"ALIBABA_CLOUD_ACCESS_KEY_ID=envid"_s, u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=envsecret"_s,
         u"ALIBABA_CLOUD_SECURITY_TOKEN=envtoken"_s, u"ALIBABA_CLOUD_REGION_ID=cn-shenzhen"_s}));
    QVERIFY2(resolved.error.isEmpty(), qPrintable(resolved.error));
    QCOMPARE(resolved.credentials.accessKeySecret, u"envsecret"_s);
    QCOMPARE(resolved.credentials.securityToken, u"envtoken"_s);
    QCOMPARE(resolved.profile.regionId, u"cn-shenzhen"_s);
    QVERIFY(resolved.profile.hasSecurityToken());
    // The source names the variables, never their values.
    QVERIFY(resolved.source.contains(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s));
    QVERIFY(!resolved.source.contains(u"envsecret"_s));

    resolved = CredentialsProvider::fromEnvironment(QProcessEnvironment());
    QVERIFY(resolved.error.contains(u"--profile"_s));
    QVERIFY(!resolved.credentials.isComplete());
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
