#include "api/endpoint.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void region_data();
    void region();
    void badRegionIsRefused();
    void customUrl_data();
    void customUrl();
    void regionList();
};

void TestEndpoint::region_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("vpc");
    QTest::addColumn<QByteArray>("origin");

    QTest::newRow("hangzhou") << u"cn-hangzhou"_s << false
                              << "https://aiworkspace.cn-hangzhou.aliyuncs.com"_ba;
    QTest::newRow("singapore vpc")
        << u"ap-southeast-1"_s << true << "https://aiworkspace-vpc.ap-southeast-1.aliyuncs.com"_ba;
    QTest::newRow("frankfurt") << u"eu-central-1"_s << false
                               << "https://aiworkspace.eu-central-1.aliyuncs.com"_ba;
}

void TestEndpoint::region()
{
    QFETCH(QString, region);
    QFETCH(bool, vpc);
    QFETCH(QByteArray, origin);
    const api::Endpoint endpoint = api::Endpoint::forRegion(
        region, vpc ? api::Endpoint::Network::Vpc : api::Endpoint::Network::Public);
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorString()));
    QCOMPARE(endpoint.origin(), origin);
    QCOMPARE(endpoint.hostHeader(), origin.mid(8));
    QCOMPARE(endpoint.regionId(), region);
    QCOMPARE(endpoint.url().toString(QUrl::FullyEncoded).toUtf8(), origin);
}

void TestEndpoint::badRegionIsRefused()
{
    for (const QString &bad :
         {u""_s, u"Cn-Hangzhou"_s, u"cn hangzhou"_s, u"evil.com/x"_s, u"cn-hangzhou.evil"_s}) {
        const api::Endpoint endpoint = api::Endpoint::forRegion(bad);
        QVERIFY2(!endpoint.isValid(), qPrintable(bad));
        QVERIFY(endpoint.errorString().contains(u"Region"_s));
    }
}

void TestEndpoint::customUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("hostHeader"); // empty: refused
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("https default port")
        << u"https://pai.example.com"_s << "pai.example.com"_ba << QString();
    QTest::newRow("https explicit default port")
        << u"https://pai.example.com:443/"_s << "pai.example.com"_ba << QString();
    QTest::newRow("https other port")
        << u"https://pai.example.com:8443"_s << "pai.example.com:8443"_ba << QString();
    QTest::newRow("http loopback v4")
        << u"http://127.0.0.1:18080"_s << "127.0.0.1:18080"_ba << QString();
    QTest::newRow("http loopback other v4")
        << u"http://127.0.0.2:80"_s << "127.0.0.2"_ba << QString();
    QTest::newRow("http localhost") << u"http://localhost:9"_s << "localhost:9"_ba << QString();
    QTest::newRow("http loopback v6") << u"http://[::1]:18080"_s << "[::1]:18080"_ba << QString();
    QTest::newRow("http remote refused") << u"http://pai.example.com"_s << QByteArray()
                                         << u"plain http is allowed only for a loopback host"_s;
    QTest::newRow("http private address refused")
        << u"http://192.168.1.10:8080"_s << QByteArray()
        << u"plain http is allowed only for a loopback host"_s;
    QTest::newRow("ftp refused") << u"ftp://pai.example.com"_s << QByteArray() << u"scheme"_s;
    QTest::newRow("path refused") << u"https://pai.example.com/api"_s << QByteArray()
                                  << u"without a path"_s;
    QTest::newRow("no host") << u"https://"_s << QByteArray() << u"not a valid URL"_s;
}

void TestEndpoint::customUrl()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, hostHeader);
    QFETCH(QString, errorPart);
    const api::Endpoint endpoint = api::Endpoint::fromUrl(QUrl(url));
    QCOMPARE(endpoint.isValid(), !hostHeader.isEmpty());
    if (endpoint.isValid()) {
        QCOMPARE(endpoint.hostHeader(), hostHeader);
        QVERIFY(endpoint.origin().endsWith(hostHeader));
    } else {
        QVERIFY2(endpoint.errorString().contains(errorPart), qPrintable(endpoint.errorString()));
    }
}

void TestEndpoint::regionList()
{
    const QList<api::Region> regions = api::Endpoint::regions();
    QVERIFY(regions.size() >= 12);
    QSet<QString> ids;
    for (const api::Region &region : regions) {
        QVERIFY(api::Endpoint::forRegion(region.id).isValid());
        QVERIFY(!region.name().isEmpty());
        ids.insert(region.id);
    }
    QCOMPARE(ids.size(), regions.size());
    for (const QString &documented :
         {u"cn-wulanchabu"_s, u"cn-beijing"_s, u"cn-shanghai"_s, u"cn-hongkong"_s, u"cn-heyuan"_s,
          u"cn-shenzhen"_s, u"ap-northeast-1"_s, u"cn-guangzhou"_s, u"ap-southeast-1"_s,
          u"ap-southeast-3"_s, u"ap-southeast-5"_s, u"cn-hangzhou"_s})
        QVERIFY2(ids.contains(documented), qPrintable(documented));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
