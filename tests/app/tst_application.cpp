// The desktop app's start-up policy (app::Application): which source the window connects to, and
// the session it then owns. The window is real (offscreen); the sandbox listens on loopback.
#include "api/apiclient.h"
#include "app/application.h"
#include "app/embeddedsandbox.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow/mainwindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Source = app::Application::Start::Source;

Q_DECLARE_METATYPE(Source)

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QStringList>("saved");       // profile names in the store
        QTest::addColumn<QString>("storeLastUsed");
        QTest::addColumn<QString>("windowsLast");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("profile");

        const QStringList two{u"alpha"_s, u"beta"_s};
        QTest::newRow("sandbox wins") << two << u"beta"_s << QString()
                                      << QStringList{u"--sandbox"_s} << Source::Sandbox << QString();
        QTest::newRow("--profile") << two << u"beta"_s << u"beta"_s
                                   << QStringList{u"--profile"_s, u"alpha"_s} << Source::Profile
                                   << u"alpha"_s;
        QTest::newRow("unknown --profile") << two << QString() << QString()
                                           << QStringList{u"--profile"_s, u"gamma"_s}
                                           << Source::Refused << QString();
        QTest::newRow("window's last") << two << u"alpha"_s << u"beta"_s << QStringList()
                                       << Source::Profile << u"beta"_s;
        QTest::newRow("store's last used") << two << u"beta"_s << u"gone"_s << QStringList()
                                           << Source::Profile << u"beta"_s;
        QTest::newRow("first saved") << two << QString() << QString() << QStringList()
                                     << Source::Profile << u"alpha"_s;
        QTest::newRow("endpoint, no profile")
            << QStringList() << QString() << QString()
            << QStringList{u"--endpoint"_s, u"http://127.0.0.1:9"_s} << Source::Environment
            << QString();
        QTest::newRow("nothing at all") << QStringList() << QString() << QString() << QStringList()
                                        << Source::FirstRun << QString();
    }

    void decide()
    {
        QFETCH(QStringList, saved);
        QFETCH(QString, storeLastUsed);
        QFETCH(QString, windowsLast);
        QFETCH(QStringList, arguments);
        QFETCH(Source, source);
        QFETCH(QString, profile);

        QTemporaryDir dir;
        credentials::ProfileStore store(dir.filePath(u"profiles.ini"_s));
        for (const QString &name : saved) {
            credentials::Profile entry;
            entry.name = name;
            entry.regionId = u"cn-hangzhou"_s;
            entry.accessKeyId = u"LTAI-"_s + name;
            QCOMPARE(store.save(entry), QString());
        }
        if (!storeLastUsed.isEmpty())
            store.setLastUsed(storeLastUsed);
        const app::AppOptions options = app::AppOptions::parse(QStringList{u"paidesk"_s} + arguments);
        QCOMPARE(options.error, QString());
        const app::Application::Start start = app::Application::decide(options, store, windowsLast);
        QCOMPARE(start.source, source);
        QCOMPARE(start.profileName, profile);
        if (source == Source::Refused)
            QVERIFY(start.error.contains(u"gamma"_s));
    }

    void sandboxConnectsTheWindow()
    {
        app::Application application;
        QSignalSpy connected(&application, &app::Application::connected);
        app::AppOptions options;
        options.sandbox = true;
        QCOMPARE(application.start(options), std::nullopt);
        QCOMPARE(connected.size(), 1);
        QVERIFY(application.sandbox());
        QVERIFY(application.window().isVisible());
        QCOMPARE(application.window().apiClient(), application.client());
        QVERIFY(application.window().connectionInfo().sandbox);
        QCOMPARE(application.client()->endpoint().url(), application.sandbox()->url());
    }

    void firstRunChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<std::optional<int>>("exitCode");
        QTest::addColumn<bool>("connected");
        QTest::newRow("sandbox") << int(gui::FirstRunChoice::ExploreSandbox)
                                 << std::optional<int>() << true;
        QTest::newRow("quit") << int(gui::FirstRunChoice::Quit) << std::optional<int>(0) << false;
    }

    void firstRunChoices()
    {
        QFETCH(int, choice);
        QFETCH(std::optional<int>, exitCode);
        QFETCH(bool, connected);
        app::Application application;
        if (!application.profiles().names().isEmpty())
            QSKIP("this test's configuration already holds profiles");
        bool asked = false;
        application.setFirstRunChoice([&asked, choice] {
            asked = true;
            return gui::FirstRunChoice(choice);
        });
        QSignalSpy connections(&application, &app::Application::connected);
        QCOMPARE(application.start(app::AppOptions{}), exitCode);
        QVERIFY(asked);
        QCOMPARE(connections.size(), connected ? 1 : 0);
    }

    void unknownProfileStopsWithTwo()
    {
        app::Application application;
        app::AppOptions options;
        options.profileName = u"no-such-profile"_s;
        QCOMPARE(application.start(options), std::optional<int>(2));
        QVERIFY(!application.client());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
