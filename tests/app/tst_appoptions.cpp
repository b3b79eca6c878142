#include "app/appoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheCommandLine_data();
    void parsesTheCommandLine();
};

void TestAppOptions::parsesTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("dataFile");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("endpointHost");
    QTest::addColumn<QString>("errorNames"); // empty: no error

    QTest::newRow("nothing") << QStringList{} << false << QString() << QString() << QString()
                             << QString();
    QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << true << QString() << QString()
                             << QString() << QString();
    QTest::newRow("sandbox data implies sandbox")
        << QStringList{u"--sandbox-data"_s, u"/tmp/models.json"_s} << true << u"/tmp/models.json"_s
        << QString() << QString() << QString();
    QTest::newRow("sandbox data with sandbox")
        << QStringList{u"--sandbox"_s, u"--sandbox-data=keep.json"_s} << true << u"keep.json"_s
        << QString() << QString() << QString();
    QTest::newRow("sandbox data without a path")
        << QStringList{u"--sandbox-data="_s} << true << QString() << QString() << QString()
        << u"--sandbox-data"_s;
    QTest::newRow("profile and endpoint")
        << QStringList{u"--profile"_s, u"work"_s, u"--endpoint"_s, u"https://pai.example.com"_s}
        << false << QString() << u"work"_s << u"pai.example.com"_s << QString();
    QTest::newRow("endpoint without a host")
        << QStringList{u"--endpoint"_s, u"http://"_s} << false << QString() << QString()
        << QString() << u"--endpoint"_s;
    QTest::newRow("sandbox with a profile")
        << QStringList{u"--sandbox"_s, u"--profile"_s, u"work"_s} << true << QString() << u"work"_s
        << QString() << u"--profile"_s;
    QTest::newRow("sandbox data with an endpoint")
        << QStringList{u"--sandbox-data"_s, u"a.json"_s, u"--endpoint"_s, u"http://h"_s} << true
        << u"a.json"_s << QString() << u"h"_s << u"--endpoint"_s;
    QTest::newRow("stray argument") << QStringList{u"models.json"_s} << false << QString()
                                    << QString() << QString() << u"models.json"_s;
}

void TestAppOptions::parsesTheCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, sandbox);
    QFETCH(QString, dataFile);
    QFETCH(QString, profile);
    QFETCH(QString, endpointHost);
    QFETCH(QString, errorNames);

    arguments.prepend(u"paidesk"_s);
    const app::AppOptions options = app::AppOptions::parse(arguments);
    QCOMPARE(options.sandbox, sandbox);
    QCOMPARE(options.sandboxDataFile, dataFile);
    QCOMPARE(options.profileName, profile);
    QCOMPARE(options.endpoint.host(), endpointHost);
    if (errorNames.isEmpty())
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    else
        QVERIFY2(options.error.contains(errorNames), qPrintable(options.error));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
