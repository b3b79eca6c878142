#include "credentials/profilestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace credentials;

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

    Profile p{name, region, EndpointMode(mode), QUrl(url), keyId, false, {}, {}};
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
    b.hasSecurityToken = true;
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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
