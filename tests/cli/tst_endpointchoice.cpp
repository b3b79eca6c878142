// Which endpoint paidesk-cli talks to, and through which proxy with which extra CAs, from the
// global flags, the credential source and the environment.
#include "cli/endpointchoice.h"
#include "cli/networkchoice.h"

#include <QFile>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cli::CredentialResult;
using cli::EndpointChoice;
using cli::GlobalOptions;
using credentials::EndpointMode;
using credentials::Profile;

Q_DECLARE_METATYPE(std::optional<Profile>)

namespace {

Profile profile(EndpointMode mode, const QString &region, const QString &url = {})
{
    Profile p;
    p.name = u"work"_s;
    p.regionId = region;
    p.endpointMode = mode;
    p.customEndpoint = QUrl(url);
    p.accessKeyId = u"LTAIexample"_s;
    return p;
}

} // namespace

class TestEndpointChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
    void network();
};

void TestEndpointChoice::choose_data()
{
    QTest::addColumn<QString>("endpointFlag");
    QTest::addColumn<QString>("regionFlag");
    QTest::addColumn<std::optional<Profile>>("fromProfile");
    QTest::addColumn<QString>("environmentRegion");
    QTest::addColumn<QString>("expectedOrigin"); // empty: an error is expected
    QTest::addColumn<QString>("expectedError");  // text the error must contain

    const std::optional<Profile> none;
    const auto publicBeijing = std::optional(profile(EndpointMode::Public, u"cn-beijing"_s));
    const auto vpcShanghai = std::optional(profile(EndpointMode::Vpc, u"cn-shanghai"_s));
    const auto custom =
        std::optional(profile(EndpointMode::Custom, u"cn-shanghai"_s, u"http://127.0.0.1:8123"_s));

    QTest::newRow("nothing: cn-hangzhou")
        << QString() << QString() << none << QString()
        << u"https://aiworkspace.cn-hangzhou.aliyuncs.com"_s << QString();
    QTest::newRow("environment region")
        << QString() << QString() << none << u"cn-beijing"_s
        << u"https://aiworkspace.cn-beijing.aliyuncs.com"_s << QString();
    QTest::newRow("--region beats the environment")
        << QString() << u"cn-shenzhen"_s << none << u"cn-beijing"_s
        << u"https://aiworkspace.cn-shenzhen.aliyuncs.com"_s << QString();
    QTest::newRow("profile public host")
        << QString() << QString() << publicBeijing << QString()
        << u"https://aiworkspace.cn-beijing.aliyuncs.com"_s << QString();
    QTest::newRow("profile VPC host")
        << QString() << QString() << vpcShanghai << QString()
        << u"https://aiworkspace-vpc.cn-shanghai.aliyuncs.com"_s << QString();
    QTest::newRow("profile custom URL")
        << QString() << QString() << custom << QString() << u"http://127.0.0.1:8123"_s << QString();
    QTest::newRow("--region keeps the profile's VPC network")
        << QString() << u"cn-beijing"_s << vpcShanghai << QString()
        << u"https://aiworkspace-vpc.cn-beijing.aliyuncs.com"_s << QString();
    QTest::newRow("--region beats a custom URL")
        << QString() << u"cn-beijing"_s << custom << QString()
        << u"https://aiworkspace.cn-beijing.aliyuncs.com"_s << QString();
    QTest::newRow("--endpoint beats everything")
        << u"http://127.0.0.1:9000"_s << u"cn-beijing"_s << vpcShanghai << u"cn-shenzhen"_s
        << u"http://127.0.0.1:9000"_s << QString();
    QTest::newRow("bad --endpoint") << u"http://example.com"_s << QString() << publicBeijing
                                    << QString() << QString() << u"--endpoint: "_s;
    QTest::newRow("bad --region") << QString() << u"Not_A_Region"_s << custom << QString()
                                  << QString() << u"--region: "_s;
    QTest::newRow("bad profile region names the profile")
        << QString() << QString() << std::optional(profile(EndpointMode::Public, u"Not_A_Region"_s))
        << QString() << QString() << u"profile \"work\": "_s;
}

void TestEndpointChoice::choose()
{
    QFETCH(QString, endpointFlag);
    QFETCH(QString, regionFlag);
    QFETCH(std::optional<Profile>, fromProfile);
    QFETCH(QString, environmentRegion);
    QFETCH(QString, expectedOrigin);
    QFETCH(QString, expectedError);

    GlobalOptions options;
    options.endpoint = endpointFlag;
    options.region = regionFlag;
    CredentialResult source;
    source.profile = fromProfile;
    source.regionId = fromProfile ? fromProfile->regionId : environmentRegion;

    const EndpointChoice choice = EndpointChoice::choose(options, source);
    if (expectedOrigin.isEmpty()) {
        QVERIFY2(choice.error.startsWith(expectedError), qPrintable(choice.error));
        QVERIFY(!choice.endpoint.isValid());
    } else {
        QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
        QCOMPARE(QString::fromLatin1(choice.endpoint.origin()), expectedOrigin);
    }
}

void TestEndpointChoice::network()
{
    // Any two real certificates will do; the choice only carries them.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(system.size() >= 2);
    QTemporaryDir dir;
    const QString profileCaFile = dir.filePath(u"profile-ca.pem"_s);
    QFile file(profileCaFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(system.at(0).toPem());
    file.close();

    GlobalOptions options;
    options.caFile = u"flag-ca.pem"_s;
    options.caCertificates = {system.at(1)};
    QProcessEnvironment environment;
    environment.insert(u"HTTPS_PROXY"_s, u"http://environment.proxy:3128"_s);
    const QUrl endpoint(u"https://aiworkspace.cn-hangzhou.aliyuncs.com"_s);

    // The environment and --ca-file.
    CredentialResult source;
    cli::NetworkChoice choice = cli::NetworkChoice::choose(options, source, environment);
    QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
    QCOMPARE(choice.settings.proxy.proxyFor(endpoint).hostName(), u"environment.proxy"_s);
    QCOMPARE(choice.settings.extraCaCertificates, QList<QSslCertificate>{system.at(1)});

    // A profile's proxy wins; its CAs and --ca-file's are both trusted.
    Profile p = profile(EndpointMode::Public, u"cn-hangzhou"_s);
    p.proxyUrl = u"http://profile.proxy:8080"_s;
    p.caCertificatesFile = profileCaFile;
    source.profile = p;
    choice = cli::NetworkChoice::choose(options, source, environment);
    QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
    QCOMPARE(choice.settings.proxy.proxyFor(endpoint).hostName(), u"profile.proxy"_s);
    QCOMPARE(choice.settings.extraCaCertificates,
             (QList<QSslCertificate>{system.at(0), system.at(1)}));

    // Trouble names its source.
    p.caCertificatesFile = dir.filePath(u"gone.pem"_s);
    source.profile = p;
    choice = cli::NetworkChoice::choose(options, source, environment);
    QVERIFY2(choice.error.contains(u"gone.pem"_s), qPrintable(choice.error));
    QVERIFY(choice.settings.extraCaCertificates.isEmpty());
    source.profile.reset();
    environment.insert(u"HTTPS_PROXY"_s, u"gopher://old.proxy"_s);
    choice = cli::NetworkChoice::choose(options, source, environment);
    QVERIFY2(choice.error.startsWith(u"HTTPS_PROXY: "_s), qPrintable(choice.error));
}

QTEST_GUILESS_MAIN(TestEndpointChoice)
#include "tst_endpointchoice.moc"
