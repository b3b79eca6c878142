#include "api/networksettings.h"
#include "api/proxyrules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The pieces of api::NetworkSettings that need no socket: reading the proxy variables the way
// the aliyun CLI does, matching NO_PROXY, and reading a CA file.
class TestNetworkSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentPrecedence_data();
    void environmentPrecedence();
    void badProxyVariableIsNamed();
    void proxyUrls_data();
    void proxyUrls();
    void noProxyEntries_data();
    void noProxyEntries();
    void noProxyListFromEnvironment();
    void explicitProxyStillHonoursNoProxy();
    void caFileErrorsNameTheFile_data();
    void caFileErrorsNameTheFile();
};

void TestNetworkSettings::environmentPrecedence_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedProxy"); // host:port, empty for direct

    const QString https = u"https://aiworkspace.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("nothing set") << QStringList{} << https << QString();
    QTest::newRow("HTTPS_PROXY") << QStringList{u"HTTPS_PROXY=http://upper:3128"_s} << https
                                 << u"upper:3128"_s;
    QTest::newRow("https_proxy") << QStringList{u"https_proxy=http://lower:3128"_s} << https
                                 << u"lower:3128"_s;
    QTest::newRow("upper case wins")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s, u"https_proxy=http://lower:2"_s} << https
        << u"upper:1"_s;
    QTest::newRow("empty upper falls back")
        << QStringList{u"HTTPS_PROXY="_s, u"https_proxy=http://lower:2"_s} << https << u"lower:2"_s;
    QTest::newRow("HTTP_PROXY is not for https")
        << QStringList{u"HTTP_PROXY=http://plain:8080"_s} << https << QString();
    QTest::newRow("HTTP_PROXY for http") << QStringList{u"HTTP_PROXY=http://plain:8080"_s}
                                         << u"http://127.0.0.1:9000"_s << u"plain:8080"_s;
    QTest::newRow("HTTPS_PROXY is not for http") << QStringList{u"HTTPS_PROXY=http://upper:3128"_s}
                                                 << u"http://127.0.0.1:9000"_s << QString();
    QTest::newRow("no scheme means http")
        << QStringList{u"HTTPS_PROXY=proxy.corp:8080"_s} << https << u"proxy.corp:8080"_s;
    QTest::newRow("default port 80")
        << QStringList{u"HTTPS_PROXY=http://proxy.corp"_s} << https << u"proxy.corp:80"_s;
}

void TestNetworkSettings::environmentPrecedence()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, url);
    QFETCH(QString, expectedProxy);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));

    QString error;
    const api::ProxyRules rules = api::ProxyRules::fromEnvironment(environment, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QNetworkProxy proxy = rules.proxyFor(QUrl(url));
    if (expectedProxy.isEmpty()) {
        QCOMPARE(proxy.type(), QNetworkProxy::NoProxy);
    } else {
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port()), expectedProxy);
    }
}

void TestNetworkSettings::badProxyVariableIsNamed()
{
    QProcessEnvironment environment;
    environment.insert(u"https_proxy"_s, u"ftp://proxy.corp:21"_s);
    QString error;
    api::ProxyRules::fromEnvironment(environment, &error);
    QVERIFY2(error.startsWith(u"https_proxy: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"http or socks5"_s), qPrintable(error));
}

void TestNetworkSettings::proxyUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");

    QTest::newRow("http") << u"http://proxy.corp:3128"_s << int(QNetworkProxy::HttpProxy)
                          << u"proxy.corp"_s << 3128 << QString();
    QTest::newRow("user") << u"http://alice:pw@proxy.corp:3128/"_s << int(QNetworkProxy::HttpProxy)
                          << u"proxy.corp"_s << 3128 << u"alice"_s;
    QTest::newRow("socks5") << u"socks5://10.0.0.1"_s << int(QNetworkProxy::Socks5Proxy)
                            << u"10.0.0.1"_s << 1080 << QString();
    QTest::newRow("https scheme") << u"https://proxy.corp:443"_s << int(QNetworkProxy::NoProxy)
                                  << QString() << 0 << QString();
    QTest::newRow("no host") << u"http://:3128"_s << int(QNetworkProxy::NoProxy) << QString() << 0
                             << QString();
}

void TestNetworkSettings::proxyUrls()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QString error;
    const QNetworkProxy proxy = api::ProxyRules::parseProxyUrl(text, &error);
    QCOMPARE(int(proxy.type()), type);
    if (type == int(QNetworkProxy::NoProxy)) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(text), qPrintable(error));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(int(proxy.port()), port);
    QCOMPARE(proxy.user(), user);
}

void TestNetworkSettings::noProxyEntries_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("exempt");

    const QString host = u"aiworkspace.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("star") << u"*"_s << host << 443 << true;
    QTest::newRow("exact") << host << host << 443 << true;
    QTest::newRow("domain covers subdomains") << u"aliyuncs.com"_s << host << 443 << true;
    QTest::newRow("domain itself") << u"aliyuncs.com"_s << u"aliyuncs.com"_s << 443 << true;
    QTest::newRow("leading dot") << u".aliyuncs.com"_s << host << 443 << true;
    QTest::newRow("leading dot not the domain")
        << u".aliyuncs.com"_s << u"aliyuncs.com"_s << 443 << false;
    QTest::newRow("star dot") << u"*.aliyuncs.com"_s << host << 443 << true;
    QTest::newRow("case-insensitive") << u"AliyunCS.com"_s << host << 443 << true;
    QTest::newRow("not a suffix of a label") << u"yuncs.com"_s << host << 443 << false;
    QTest::newRow("dot is not a wildcard")
        << u"aliyuncs.com"_s << u"aliyuncsxcom"_s << 443 << false;
    QTest::newRow("other domain") << u"example.com"_s << host << 443 << false;
    QTest::newRow("port matches") << u"127.0.0.1:8443"_s << u"127.0.0.1"_s << 8443 << true;
    QTest::newRow("port differs") << u"127.0.0.1:8443"_s << u"127.0.0.1"_s << 443 << false;
    QTest::newRow("ip") << u"127.0.0.1"_s << u"127.0.0.1"_s << 443 << true;
    QTest::newRow("ip is not a name suffix") << u"0.0.1"_s << u"127.0.0.1"_s << 443 << false;
    QTest::newRow("cidr") << u"10.0.0.0/8"_s << u"10.1.2.3"_s << 443 << true;
    QTest::newRow("cidr outside") << u"10.0.0.0/8"_s << u"11.1.2.3"_s << 443 << false;
    QTest::newRow("cidr and a name") << u"10.0.0.0/8"_s << host << 443 << false;
    QTest::newRow("ipv6") << u"::1"_s << u"::1"_s << 443 << true;
    QTest::newRow("ipv6 bracket port") << u"[::1]:8443"_s << u"[::1]"_s << 8443 << true;
    QTest::newRow("localhost does not cover 127.0.0.1")
        << u"localhost"_s << u"127.0.0.1"_s << 443 << false;
    QTest::newRow("blank") << u"  "_s << host << 443 << false;
}

void TestNetworkSettings::noProxyEntries()
{
    QFETCH(QString, entry);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, exempt);
    QCOMPARE(api::ProxyRules::matchesNoProxyEntry(entry, host, port), exempt);
}

void TestNetworkSettings::noProxyListFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s);
    environment.insert(u"no_proxy"_s, u"lower.example"_s);
    environment.insert(u"NO_PROXY"_s, u" internal.corp , ,127.0.0.1 "_s);
    const api::ProxyRules rules = api::ProxyRules::fromEnvironment(environment);
    QCOMPARE(rules.noProxy(), (QStringList{u"internal.corp"_s, u"127.0.0.1"_s}));
    QCOMPARE(rules.proxyFor(QUrl(u"https://api.internal.corp"_s)).type(), QNetworkProxy::NoProxy);
    QCOMPARE(rules.proxyFor(QUrl(u"https://127.0.0.1:8443"_s)).type(), QNetworkProxy::NoProxy);
    QCOMPARE(rules.proxyFor(QUrl(u"https://lower.example"_s)).type(), QNetworkProxy::HttpProxy);
}

void TestNetworkSettings::explicitProxyStillHonoursNoProxy()
{
    api::ProxyRules rules;
    QString error;
    rules.setExplicitProxy(api::ProxyRules::parseProxyUrl(u"http://profile.proxy:8080"_s, &error));
    rules.setNoProxy({u".corp"_s});
    QCOMPARE(rules.proxyFor(QUrl(u"https://aiworkspace.cn-beijing.aliyuncs.com"_s)).hostName(),
             u"profile.proxy"_s);
    QCOMPARE(rules.proxyFor(QUrl(u"http://127.0.0.1:80"_s)).hostName(), u"profile.proxy"_s);
    QCOMPARE(rules.proxyFor(QUrl(u"https://gateway.corp"_s)).type(), QNetworkProxy::NoProxy);
}

void TestNetworkSettings::caFileErrorsNameTheFile_data()
{
    QTest::addColumn<QByteArray>("content"); // not written when empty: the file is missing
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing") << QByteArray() << u"cannot be read"_s;
    QTest::newRow("no certificate") << "just some text\n"_ba << u"holds no certificate"_s;
    QTest::newRow("a key, not a certificate")
        << "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"_ba
        << u"holds no certificate"_s;
}

void TestNetworkSettings::caFileErrorsNameTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corporate-ca.pem"_s);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    const QList<QSslCertificate> certificates = api::NetworkSettings::readCaFile(path, &error);
    QVERIFY(certificates.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
