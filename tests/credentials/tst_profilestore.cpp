#include "credentials/profilestore.h"
#include "credentials/providers/stsfetchers.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace credentials;

Q_DECLARE_METATYPE(credentials::Profile)

namespace {
Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.regionId = u"cn-shanghai"_s;
    p.accessKeyId = u"LTAI5tSample"_s + name;
    return p;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void validation_data();
    void validation();
    void saveReloadRemove();
    void lastUsedFollowsRemoval();
    void invalidProfileIsNotSaved();
    void sharedStoreUsesConfigHome();
    void endpointFollowsMode();
    void proxyValidation_data();
    void proxyValidation();
    void networkSettingsOfAProfile();
    void roleValidation_data();
    void roleValidation();
    void roleSettingsRoundTrip_data();
    void roleSettingsRoundTrip();
    void filesWithoutAModeKeepTheirProfiles();
    void stsEndpointOfARole_data();
    void stsEndpointOfARole();
    void sourceChainsAreChecked();
    void renameKeepsChainsInOneWrite();
    void unknownModeIsLeftOut();
    void onlyTheModesSettingsAreStored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString iniPath() const { return m_dir->filePath(u"profiles.conf"_s); }
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("errorMentions"); // empty: valid

    const int pub = int(EndpointMode::Public);
    const int custom = int(EndpointMode::Custom);
    QTest::newRow("valid") << u"prod"_s << u"cn-beijing"_s << pub << QString() << u"LTAI"_s
                           << QString();
    QTest::newRow("empty name") << QString() << u"cn-beijing"_s << pub << QString() << u"LTAI"_s
                                << u"Profile name"_s;
    QTest::newRow("colon in name")
        << u"a:b"_s << u"cn-beijing"_s << pub << QString() << u"LTAI"_s << u"':'"_s;
    QTest::newRow("padded name") << u" prod"_s << u"cn-beijing"_s << pub << QString() << u"LTAI"_s
                                 << u"Profile name"_s;
    QTest::newRow("long name") << QString(65, u'x') << u"cn-beijing"_s << pub << QString()
                               << u"LTAI"_s << u"64"_s;
    QTest::newRow("no region") << u"prod"_s << QString() << pub << QString() << u"LTAI"_s
                               << u"Region"_s;
    QTest::newRow("no key id") << u"prod"_s << u"cn-beijing"_s << pub << QString() << QString()
                               << u"AccessKey ID"_s;
    QTest::newRow("custom without url")
        << u"prod"_s << u"cn-beijing"_s << custom << QString() << u"LTAI"_s << u"Endpoint URL"_s;
    QTest::newRow("custom ftp url") << u"prod"_s << u"cn-beijing"_s << custom
                                    << u"ftp://example.com"_s << u"LTAI"_s << u"Endpoint URL"_s;
    QTest::newRow("bad region id")
        << u"prod"_s << u"Hangzhou"_s << pub << QString() << u"LTAI"_s << u"Region"_s;
    QTest::newRow("custom plain http remote")
        << u"prod"_s << u"cn-beijing"_s << custom << u"http://example.com"_s << u"LTAI"_s
        << u"Endpoint URL"_s;
    QTest::newRow("custom url") << u"prod"_s << u"cn-beijing"_s << custom
                                << u"http://127.0.0.1:8080"_s << u"LTAI"_s << QString();
}

void TestProfileStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(int, mode);
    QFETCH(QString, url);
    QFETCH(QString, keyId);
    QFETCH(QString, errorMentions);

    Profile p{name, region, EndpointMode(mode), QUrl(url), CredentialMode::AccessKey, keyId, {},
              {},   {}};
    const QString error = validateProfile(p);
    if (errorMentions.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void TestProfileStore::saveReloadRemove()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile a = sample(u"alpha"_s);
    Profile b = sample(u"beta"_s);
    b.endpointMode = EndpointMode::Custom;
    b.customEndpoint = QUrl(u"http://127.0.0.1:9000"_s);
    b.mode = CredentialMode::StsToken;
    b.proxyUrl = u"http://proxy.corp:3128"_s;
    b.caCertificatesFile = u"/etc/corp/inspecting-proxy-ca.pem"_s;
    QCOMPARE(store.save(a), QString());
    QCOMPARE(store.save(b), QString());
    QCOMPARE(changed.size(), 2);

    a.regionId = u"cn-beijing"_s;
    QCOMPARE(store.save(a), QString()); // replaces, keeps order
    QCOMPARE(store.names(), (QStringList{u"alpha"_s, u"beta"_s}));

    // A second store on the same file (the command line, say) sees the same profiles.
    ProfileStore other(iniPath());
    QCOMPARE(other.profiles(), (QList<Profile>{a, b}));

    QCOMPARE(store.remove(u"alpha"_s), QString());
    other.reload();
    QCOMPARE(other.names(), QStringList{u"beta"_s});
    QVERIFY(!other.contains(u"alpha"_s));
    QCOMPARE(other.profile(u"beta"_s), std::optional<Profile>(b));
}

void TestProfileStore::lastUsedFollowsRemoval()
{
    ProfileStore store(iniPath());
    QCOMPARE(store.save(sample(u"alpha"_s)), QString());
    store.setLastUsed(u"alpha"_s);
    QCOMPARE(ProfileStore(iniPath()).lastUsed(), u"alpha"_s);
    QCOMPARE(store.remove(u"alpha"_s), QString());
    QCOMPARE(ProfileStore(iniPath()).lastUsed(), QString());
}

void TestProfileStore::invalidProfileIsNotSaved()
{
    ProfileStore store(iniPath());
    QCOMPARE(store.save(sample(u"alpha"_s)), QString());
    Profile bad = sample(u"beta"_s);
    bad.accessKeyId.clear();
    // One invalid profile in a batch stops the whole batch.
    const QString error = store.saveAll({sample(u"gamma"_s), bad});
    QVERIFY(error.contains(u"beta"_s));
    QCOMPARE(ProfileStore(iniPath()).names(), QStringList{u"alpha"_s});
    QCOMPARE(store.names(), QStringList{u"alpha"_s});
}

void TestProfileStore::sharedStoreUsesConfigHome()
{
    // ctest gives every test its own XDG_CONFIG_HOME; the shared store must live there.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty())
        QSKIP("XDG_CONFIG_HOME is not set; run through ctest");
    ProfileStore store;
    QVERIFY2(store.fileName().startsWith(configHome + u"/PaiDesk/"_s),
             qPrintable(store.fileName()));
}

void TestProfileStore::endpointFollowsMode()
{
    Profile p = sample(u"e"_s);
    QCOMPARE(endpointFor(p).host(), u"aiworkspace.cn-shanghai.aliyuncs.com"_s);
    p.endpointMode = EndpointMode::Vpc;
    QCOMPARE(endpointFor(p).host(), u"aiworkspace-vpc.cn-shanghai.aliyuncs.com"_s);
    p.endpointMode = EndpointMode::Custom;
    p.customEndpoint = QUrl(u"http://127.0.0.1:8443"_s);
    QCOMPARE(endpointFor(p).origin(), "http://127.0.0.1:8443"_ba);
}

void TestProfileStore::proxyValidation_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("errorMentions"); // empty: valid
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("http") << u"http://proxy.corp:3128"_s << QString();
    QTest::newRow("user without password") << u"http://alice@proxy.corp:3128"_s << QString();
    QTest::newRow("socks5") << u"socks5://proxy.corp"_s << QString();
    QTest::newRow("https scheme") << u"https://proxy.corp"_s << u"Proxy: "_s;
    // Profiles are plain settings; a password there would be a secret outside the keychain.
    QTest::newRow("password") << u"http://alice:pw@proxy.corp:3128"_s << u"password"_s;
}

void TestProfileStore::proxyValidation()
{
    QFETCH(QString, proxy);
    QFETCH(QString, errorMentions);
    Profile p = sample(u"corp"_s);
    p.proxyUrl = proxy;
    const QString error = validateProfile(p);
    if (errorMentions.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void TestProfileStore::networkSettingsOfAProfile()
{
    QProcessEnvironment environment;
    environment.insert(u"HTTPS_PROXY"_s, u"http://environment.proxy:1"_s);
    environment.insert(u"NO_PROXY"_s, u".internal"_s);
    const QUrl endpoint(u"https://aiworkspace.cn-shanghai.aliyuncs.com"_s);
    QString error;

    Profile p = sample(u"corp"_s);
    api::NetworkSettings settings = networkSettingsFor(p, environment, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(settings.proxy.proxyFor(endpoint).hostName(), u"environment.proxy"_s);

    // The profile's proxy wins; NO_PROXY from the environment still applies to it.
    p.proxyUrl = u"http://profile.proxy:2"_s;
    settings = networkSettingsFor(p, environment, &error);
    QCOMPARE(settings.proxy.proxyFor(endpoint).hostName(), u"profile.proxy"_s);
    QCOMPARE(settings.proxy.proxyFor(QUrl(u"https://gateway.internal"_s)).type(),
             QNetworkProxy::NoProxy);

    // A CA file that went away is reported at use, naming the profile and the file.
    QTemporaryDir dir;
    p.caCertificatesFile = dir.filePath(u"gone.pem"_s);
    networkSettingsFor(p, environment, &error);
    QVERIFY2(error.contains(u"\"corp\""_s), qPrintable(error));
    QVERIFY2(error.contains(p.caCertificatesFile), qPrintable(error));
    // ...and the profile itself stays valid, so it does not vanish from the list.
    QCOMPARE(validateProfile(p), QString());
}

namespace {

Profile roleProfile(CredentialMode mode)
{
    Profile p;
    p.name = u"role"_s;
    p.regionId = u"cn-hangzhou"_s;
    p.mode = mode;
    if (p.hasAccessKey())
        p.accessKeyId = u"LTAI5tRole"_s;
    switch (mode) {
    case CredentialMode::RamRoleArn:
    case CredentialMode::ChainableRamRoleArn:
    case CredentialMode::Oidc:
        p.role.roleArn = u"acs:ram::123456789012:role/reader"_s;
        break;
    default:
        break;
    }
    p.role.sourceProfile = mode == CredentialMode::ChainableRamRoleArn ? u"base"_s : QString();
    if (mode == CredentialMode::Oidc) {
        p.role.oidcProviderArn = u"acs:ram::123456789012:oidc-provider/ack"_s;
        p.role.oidcTokenFile = u"/var/run/token"_s;
    }
    if (mode == CredentialMode::CredentialsUri)
        p.role.credentialsUri = u"http://127.0.0.1:8080/credentials"_s;
    if (mode == CredentialMode::External)
        p.role.processCommand = u"fetch-keys --json"_s;
    return p;
}

} // namespace

void TestProfileStore::roleValidation_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("errorMentions"); // empty: valid
    for (CredentialMode mode : allCredentialModes())
        QTest::addRow("%s valid", qPrintable(credentialModeName(mode)))
            << roleProfile(mode) << QString();

    Profile p = roleProfile(CredentialMode::RamRoleArn);
    p.role.roleArn.clear();
    QTest::newRow("no role ARN") << p << u"Role ARN"_s;
    p.role.roleArn = u"arn:aws:iam::1:role/x"_s;
    QTest::newRow("role ARN of another cloud") << p << u"acs:ram::"_s;
    p = roleProfile(CredentialMode::RamRoleArn);
    p.accessKeyId.clear();
    QTest::newRow("RamRoleArn without its key") << p << u"AccessKey ID"_s;
    p = roleProfile(CredentialMode::RamRoleArn);
    p.role.sessionName = u"a b"_s;
    QTest::newRow("session name with a space") << p << u"Session name"_s;
    p.role.sessionName = u"x"_s;
    QTest::newRow("session name too short") << p << u"Session name"_s;
    p = roleProfile(CredentialMode::RamRoleArn);
    p.role.durationSeconds = 899;
    QTest::newRow("duration below 900") << p << u"900 to 43200"_s;
    p.role.durationSeconds = 43201;
    QTest::newRow("duration above 43200") << p << u"900 to 43200"_s;
    p.role.durationSeconds = 43200;
    QTest::newRow("duration at the limit") << p << QString();
    p = roleProfile(CredentialMode::RamRoleArn);
    p.role.stsEndpoint = u"http://sts.example.com"_s;
    QTest::newRow("STS over http off loopback") << p << u"STS endpoint"_s;
    p.role.stsEndpoint = u"http://127.0.0.1:9000"_s;
    QTest::newRow("STS over http on loopback") << p << QString();
    p = roleProfile(CredentialMode::ChainableRamRoleArn);
    p.role.sourceProfile.clear();
    QTest::newRow("chain without a source") << p << u"Source profile"_s;
    p.role.sourceProfile = p.name;
    QTest::newRow("its own source") << p << u"its own source"_s;
    p = roleProfile(CredentialMode::Oidc);
    p.role.oidcProviderArn = u"ack"_s;
    QTest::newRow("OIDC provider ARN shape") << p << u"OIDC provider ARN"_s;
    p = roleProfile(CredentialMode::Oidc);
    p.role.oidcTokenFile = u" "_s;
    QTest::newRow("OIDC without a token file") << p << u"OIDC token file"_s;
    p = roleProfile(CredentialMode::EcsRamRole);
    p.role.ecsRoleName = u"role/with/slashes"_s;
    QTest::newRow("ECS role name") << p << u"ECS role name"_s;
    p = roleProfile(CredentialMode::CredentialsUri);
    p.role.credentialsUri = u"file:///etc/passwd"_s;
    QTest::newRow("URI of a file") << p << u"Credentials URI"_s;
    p = roleProfile(CredentialMode::External);
    p.role.processCommand = u"   "_s;
    QTest::newRow("blank command") << p << u"Command"_s;
}

void TestProfileStore::roleValidation()
{
    QFETCH(Profile, profile);
    QFETCH(QString, errorMentions);
    const QString error = validateProfile(profile);
    if (errorMentions.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void TestProfileStore::roleSettingsRoundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    for (CredentialMode mode : allCredentialModes()) {
        Profile p = roleProfile(mode);
        if (mode == CredentialMode::RamRoleArn) {
            p.role.sessionName = u"alice@example"_s;
            p.role.externalId = u"ext"_s;
            p.role.durationSeconds = 1800;
            p.role.stsRegion = u"cn-shanghai"_s;
            p.role.stsVpc = true;
        }
        if (mode == CredentialMode::EcsRamRole)
            p.role.ecsRoleName = u"EcsRole"_s;
        QTest::addRow("%s", qPrintable(credentialModeName(mode))) << p;
    }
}

void TestProfileStore::roleSettingsRoundTrip()
{
    QFETCH(Profile, profile);
    {
        ProfileStore store(iniPath());
        // A chained profile's source must exist when it is saved.
        Profile base = roleProfile(CredentialMode::AccessKey);
        base.name = u"base"_s;
        QCOMPARE(store.save(base), QString());
        QCOMPARE(store.save(profile), QString());
    }
    ProfileStore reread(iniPath());
    QCOMPARE(reread.profile(profile.name), std::optional<Profile>(profile));
    // The mode is written under the aliyun CLI's name, so people can read the file.
    QSettings file(iniPath(), QSettings::IniFormat);
    QCOMPARE(file.value(u"profiles/2/mode"_s).toString(), credentialModeName(profile.mode));
}

void TestProfileStore::filesWithoutAModeKeepTheirProfiles()
{
    // What an earlier PaiDesk wrote: no mode, the token flag.
    {
        QSettings file(iniPath(), QSettings::IniFormat);
        file.beginWriteArray(u"profiles"_s, 2);
        file.setArrayIndex(0);
        file.setValue(u"name"_s, u"plain"_s);
        file.setValue(u"region"_s, u"cn-beijing"_s);
        file.setValue(u"accessKeyId"_s, u"LTAI5tPlain"_s);
        file.setValue(u"hasSecurityToken"_s, false);
        file.setArrayIndex(1);
        file.setValue(u"name"_s, u"temporary"_s);
        file.setValue(u"region"_s, u"cn-beijing"_s);
        file.setValue(u"accessKeyId"_s, u"STS.Temporary"_s);
        file.setValue(u"hasSecurityToken"_s, true);
        file.endArray();
    }
    ProfileStore store(iniPath());
    QCOMPARE(store.names(), (QStringList{u"plain"_s, u"temporary"_s}));
    QCOMPARE(store.profile(u"plain"_s)->mode, CredentialMode::AccessKey);
    QCOMPARE(store.profile(u"temporary"_s)->mode, CredentialMode::StsToken);
    // A role profile whose settings were broken by hand is left out, not half-used.
    {
        QSettings file(iniPath(), QSettings::IniFormat);
        file.beginWriteArray(u"profiles"_s, 3);
        file.setArrayIndex(2);
        file.setValue(u"name"_s, u"broken-role"_s);
        file.setValue(u"region"_s, u"cn-beijing"_s);
        file.setValue(u"mode"_s, u"RamRoleArn"_s);
        file.setValue(u"accessKeyId"_s, u"LTAI5tBroken"_s);
        file.endArray();
    }
    store.reload();
    QCOMPARE(store.names(), (QStringList{u"plain"_s, u"temporary"_s}));
}

void TestProfileStore::stsEndpointOfARole_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("vpc");
    QTest::addColumn<QString>("expected");
    QTest::newRow("global") << QString() << QString() << false << u"https://sts.aliyuncs.com/"_s;
    QTest::newRow("regional") << QString() << u"cn-shanghai"_s << false
                              << u"https://sts.cn-shanghai.aliyuncs.com/"_s;
    QTest::newRow("regional VPC") << QString() << u"cn-shanghai"_s << true
                                  << u"https://sts-vpc.cn-shanghai.aliyuncs.com/"_s;
    QTest::newRow("VPC needs a region")
        << QString() << QString() << true << u"https://sts.aliyuncs.com/"_s;
    QTest::newRow("endpoint wins")
        << u"sts.example.com"_s << u"cn-shanghai"_s << true << u"https://sts.example.com/"_s;
}

void TestProfileStore::stsEndpointOfARole()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, region);
    QFETCH(bool, vpc);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(StsRequests::endpointFor(endpoint, region, vpc, &error).toString(), expected);
    QVERIFY(error.isEmpty());
}

void TestProfileStore::sourceChainsAreChecked()
{
    ProfileStore store(iniPath());
    Profile a = roleProfile(CredentialMode::ChainableRamRoleArn);
    a.name = u"a"_s;
    a.role.sourceProfile = u"b"_s;
    // A source that does not exist is named, and nothing is written.
    QString error = store.save(a);
    QVERIFY2(error.contains(u"\"b\""_s), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());

    Profile b = roleProfile(CredentialMode::ChainableRamRoleArn);
    b.name = u"b"_s;
    b.role.sourceProfile = u"a"_s;
    // Two profiles naming each other: a cycle, refused with its path.
    error = store.saveAll({a, b});
    QVERIFY2(error.contains(u"cycle"_s) && error.contains(u"a \u2192 b \u2192 a"_s),
             qPrintable(error));
    QVERIFY(store.profiles().isEmpty());

    Profile key = roleProfile(CredentialMode::AccessKey);
    key.name = u"key"_s;
    b.role.sourceProfile = u"key"_s;
    QCOMPARE(store.saveAll({key, b, a}), QString());
    QCOMPARE(dependentsOf(u"key"_s, store.profiles()), QStringList{u"b"_s});
    QCOMPARE(dependentsOf(u"b"_s, store.profiles()), QStringList{u"a"_s});
    QVERIFY(validateSourceChain(a, store.profiles()).isEmpty());
    // Removing a source leaves the chain broken, and says where.
    QCOMPARE(store.remove(u"key"_s), QString());
    error = validateSourceChain(a, store.profiles());
    QVERIFY2(error.contains(u"\"b\""_s) && error.contains(u"\"key\""_s), qPrintable(error));
}

void TestProfileStore::renameKeepsChainsInOneWrite()
{
    ProfileStore store(iniPath());
    Profile key = roleProfile(CredentialMode::AccessKey);
    key.name = u"key"_s;
    Profile chained = roleProfile(CredentialMode::ChainableRamRoleArn);
    chained.name = u"chained"_s;
    chained.role.sourceProfile = u"key"_s;
    QCOMPARE(store.saveAll({key, chained}), QString());
    store.setLastUsed(u"key"_s);

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    key.name = u"renamed"_s;
    QCOMPARE(store.rename(u"key"_s, key), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.names(), (QStringList{u"chained"_s, u"renamed"_s}));
    QCOMPARE(store.profile(u"chained"_s)->role.sourceProfile, u"renamed"_s);
    QCOMPARE(store.lastUsed(), u"renamed"_s);
    // The same in the file.
    ProfileStore reread(iniPath());
    QCOMPARE(reread.profile(u"chained"_s)->role.sourceProfile, u"renamed"_s);
    QVERIFY(!reread.contains(u"key"_s));
    // A rename onto an existing name is refused.
    QVERIFY(store.rename(u"renamed"_s, chained).contains(u"already exists"_s));
}

void TestProfileStore::unknownModeIsLeftOut()
{
    {
        QSettings file(iniPath(), QSettings::IniFormat);
        file.beginWriteArray(u"profiles"_s, 2);
        file.setArrayIndex(0);
        file.setValue(u"name"_s, u"typo"_s);
        file.setValue(u"region"_s, u"cn-beijing"_s);
        file.setValue(u"mode"_s, u"RamRoleArnX"_s);
        file.setValue(u"accessKeyId"_s, u"LTAI5tTypo"_s);
        file.setValue(u"roleArn"_s, u"acs:ram::1:role/r"_s);
        file.setArrayIndex(1);
        file.setValue(u"name"_s, u"fine"_s);
        file.setValue(u"region"_s, u"cn-beijing"_s);
        file.setValue(u"mode"_s, u"AK"_s);
        file.setValue(u"accessKeyId"_s, u"LTAI5tFine"_s);
        file.endArray();
    }
    // A mode that is not known is not read as an AccessKey: that would sign with the source key
    // instead of assuming the role.
    ProfileStore store(iniPath());
    QCOMPARE(store.names(), QStringList{u"fine"_s});
}

void TestProfileStore::onlyTheModesSettingsAreStored()
{
    Profile p = roleProfile(CredentialMode::AccessKey);
    p.role.roleArn = u"acs:ram::1:role/leftover"_s;
    p.role.durationSeconds = 1800;
    p.role.processCommand = u"leftover"_s;
    ProfileStore store(iniPath());
    QCOMPARE(store.save(p), QString());
    QCOMPARE(store.profile(p.name)->role, RoleSettings{});

    // STS's VPC host needs a region: the switch alone would quietly mean the global host.
    Profile vpc = roleProfile(CredentialMode::RamRoleArn);
    vpc.role.stsVpc = true;
    QVERIFY(validateProfile(vpc).contains(u"STS region"_s));
    vpc.role.stsRegion = u"cn-shanghai"_s;
    QCOMPARE(validateProfile(vpc), QString());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
