// Which endpoint paidesk-cli talks to, from the global flags and the credential source.
#include "cli/endpointchoice.h"

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

QTEST_GUILESS_MAIN(TestEndpointChoice)
#include "tst_endpointchoice.moc"
