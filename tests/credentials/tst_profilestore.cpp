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

    Profile p{name, region, EndpointMode(mode), QUrl(url), keyId, false};
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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
