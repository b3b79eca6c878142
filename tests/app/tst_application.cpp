// The desktop app's start-up policy (app::Application): which source the window connects to, and
// the session it then owns. The window is real (offscreen); the sandbox listens on loopback.
#include "api/activitylog.h"
#include "api/apiclient.h"
#include "app/afterfirstpaint.h"
#include "app/application.h"
#include "app/embeddedsandbox.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/welcomepanel.h"
#include "gui/models/modeltablemodel.h"
#include "support/sandboxfixture.h"
#include "support/wiresamples.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using Source = app::Application::Start::Source;

Q_DECLARE_METATYPE(Source)

namespace {
const QString RoleProfileName = QStringLiteral("window-role");
} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A test that saves a profile and then fails must not leave it behind: the tests of the first
    // run skip themselves while any profile exists.
    void cleanup()
    {
        credentials::ProfileStore profiles;
        if (profiles.contains(RoleProfileName))
            QCOMPARE(profiles.remove(RoleProfileName), QString());
    }

    void decide_data()
    {
        QTest::addColumn<QStringList>("saved"); // profile names in the store
        QTest::addColumn<QString>("storeLastUsed");
        QTest::addColumn<QString>("windowsLast");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment"); // NAME=value
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("problem"); // a part of it; empty: no problem

        const QStringList two{u"alpha"_s, u"beta"_s};
        const QStringList key{u"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI-env"_s,
                              u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=env-secret"_s};
        QTest::newRow("sandbox wins")
            << two << u"beta"_s << QString() << QStringList{u"--sandbox"_s} << QStringList()
            << Source::Sandbox << QString() << QString();
        QTest::newRow("--profile")
            << two << u"beta"_s << u"beta"_s << QStringList{u"--profile"_s, u"alpha"_s}
            << QStringList() << Source::Profile << u"alpha"_s << QString();
        QTest::newRow("unknown --profile")
            << two << QString() << QString() << QStringList{u"--profile"_s, u"gamma"_s}
            << QStringList() << Source::Welcome << QString() << u"gamma"_s;
        QTest::newRow("window's last")
            << two << u"alpha"_s << u"beta"_s << QStringList() << QStringList() << Source::Profile
            << u"beta"_s << QString();
        QTest::newRow("store's last used")
            << two << u"beta"_s << u"gone"_s << QStringList() << QStringList() << Source::Profile
            << u"beta"_s << QString();
        QTest::newRow("first saved") << two << QString() << QString() << QStringList()
                                     << QStringList() << Source::Profile << u"alpha"_s << QString();
        QTest::newRow("endpoint, environment key")
            << QStringList() << QString() << QString()
            << QStringList{u"--endpoint"_s, u"http://127.0.0.1:9"_s} << key << Source::Environment
            << QString() << QString();
        QTest::newRow("endpoint, no profile, no key")
            << QStringList() << QString() << QString()
            << QStringList{u"--endpoint"_s, u"http://127.0.0.1:9"_s} << QStringList()
            << Source::Welcome << QString() << u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s;
        QTest::newRow("nothing at all")
            << QStringList() << QString() << QString() << QStringList() << QStringList()
            << Source::Welcome << QString() << QString();
    }

    void decide()
    {
        QFETCH(QStringList, saved);
        QFETCH(QString, storeLastUsed);
        QFETCH(QString, windowsLast);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(Source, source);
        QFETCH(QString, profile);
        QFETCH(QString, problem);

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
        QProcessEnvironment variables;
        for (const QString &variable : environment)
            variables.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        const app::AppOptions options =
            app::AppOptions::parse(QStringList{u"paidesk"_s} + arguments);
        QCOMPARE(options.error, QString());
        const app::Application::Start start =
            app::Application::decide(options, store, windowsLast, variables);
        QCOMPARE(start.source, source);
        QCOMPARE(start.profileName, profile);
        if (problem.isEmpty())
            QCOMPARE(start.problem, QString());
        else
            QVERIFY2(start.problem.contains(problem), qPrintable(start.problem));
    }

    void sandboxConnectsTheWindow()
    {
        app::Application application;
        QSignalSpy connected(&application, &app::Application::connected);
        app::AppOptions options;
        options.sandbox = true;
        application.start(options);
        QTRY_COMPARE(connected.size(), 1);
        QVERIFY(application.sandbox());
        QVERIFY(application.window().isVisible());
        QVERIFY(!application.window().welcomePanel()->isVisible());
        QCOMPARE(application.window().apiClient(), application.client());
        QVERIFY(application.window().connectionInfo().sandbox);
        QCOMPARE(application.client()->endpoint().url(), application.sandbox()->url());
    }

    // A first run has no profile and no key: the window opens on the welcome panel, and its
    // sandbox choice connects it.
    void firstRunOpensTheWelcomePanel()
    {
        app::Application application;
        if (!application.profiles().names().isEmpty())
            QSKIP("this test's configuration already holds profiles");
        QSignalSpy connections(&application, &app::Application::connected);
        application.start(app::AppOptions{}, QProcessEnvironment());
        gui::WelcomePanel *welcome = application.window().welcomePanel();
        QVERIFY(application.window().isVisible());
        QVERIFY(welcome->isVisible());
        QCOMPARE(welcome->problem(), QString());
        QVERIFY(!application.client());

        welcome->findChild<QAbstractButton *>(u"sandboxButton"_s)->click();
        QCOMPARE(connections.size(), 1);
        QVERIFY(application.client());
        QVERIFY(!welcome->isVisible());
    }

    void importOpensTheProfileDialogOnItsImports()
    {
        app::Application application;
        if (!application.profiles().names().isEmpty())
            QSKIP("this test's configuration already holds profiles");
        application.start(app::AppOptions{}, QProcessEnvironment());
        QVERIFY(QTest::qWaitForWindowActive(&application.window()));
        application.window()
            .welcomePanel()
            ->findChild<QAbstractButton *>(u"importButton"_s)
            ->click();
        auto *dialog = application.window().findChild<QDialog *>(u"profileDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_COMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                 : QString(),
                     u"importAliyunButton"_s);
        dialog->reject();
    }

    void optionProblemsOpenTheWelcomePanelWithTheReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown profile")
            << QStringList{u"--profile"_s, u"no-such-profile"_s} << u"no-such-profile"_s;
        QTest::newRow("endpoint without a key")
            << QStringList{u"--endpoint"_s, u"http://127.0.0.1:9"_s} << u"--endpoint"_s;
        QTest::newRow("empty sandbox data file")
            << QStringList{u"--sandbox-data"_s, u" "_s} << u"--sandbox-data"_s;
    }

    void optionProblemsOpenTheWelcomePanelWithTheReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        app::Application application;
        if (!application.profiles().names().isEmpty())
            QSKIP("this test's configuration already holds profiles");
        application.start(app::AppOptions::parse(QStringList{u"paidesk"_s} + arguments),
                          QProcessEnvironment());
        gui::WelcomePanel *welcome = application.window().welcomePanel();
        QVERIFY(welcome->isVisible());
        QVERIFY2(welcome->problem().contains(problem), qPrintable(welcome->problem()));
        QVERIFY(!application.client());
    }

    // The window comes first: it is shown (and painted) while the sandbox is not started yet,
    // says what it waits for, then the sandbox's rows arrive. The workspace list taking the
    // focus meanwhile does not choose the listing (the gallery is its first row).
    void sandboxStartsAfterTheWindowIsShown()
    {
        {
            QSettings settings;
            settings.setValue(gui::MainWindow::lastGalleryKey(), false);
            settings.remove(gui::MainWindow::lastWorkspaceKey());
        }
        app::Application application;
        QSignalSpy connected(&application, &app::Application::connected);
        app::AppOptions options;
        options.sandbox = true;
        application.start(options);
        gui::MainWindow &window = application.window();
        QVERIFY(window.isVisible());
        QVERIFY(!application.sandbox());
        QVERIFY(!application.client());
        QVERIFY(!window.welcomePanel()->isVisible());
        QVERIFY(window.modelView()->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"sandbox"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        QVERIFY(connected.wait());
        QVERIFY(application.sandbox());
        QCOMPARE(window.apiClient(), application.client());
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        QTRY_VERIFY(window.modelTable()->rowCount() > 0);
        QVERIFY(!window.isGalleryShown());
    }

    // The work waits for the window's first paint; a window already on the screen does not wait
    // for another, and one never painted holds it back only until the fallback.
    void afterFirstPaintWaitsForThePaint()
    {
        constexpr int Never = 600000;
        QWidget window;
        window.resize(200, 100);
        bool ran = false;
        app::AfterFirstPaint first(
            &window, [&ran] { ran = true; }, nullptr, Never);
        QCoreApplication::processEvents();
        QVERIFY(!ran);
        window.show();
        QTRY_VERIFY(ran);

        bool again = false;
        app::AfterFirstPaint second(
            &window, [&again] { again = true; }, nullptr, Never);
        QTRY_VERIFY(again);

        QWidget hidden;
        bool fellBack = false;
        app::AfterFirstPaint unpainted(
            &hidden, [&fellBack] { fellBack = true; }, nullptr, 10);
        QTRY_VERIFY(fellBack);
    }

    // A start replaces one that still waits for the first paint: one sandbox, one connection.
    void aSecondStartReplacesAWaitingOne()
    {
        app::Application application;
        QSignalSpy connected(&application, &app::Application::connected);
        app::AppOptions options;
        options.sandbox = true;
        application.start(options);
        application.start(options);
        QVERIFY(connected.wait());
        // Had the first start still been waiting, it would have connected in the same turn.
        QTRY_VERIFY(application.findChildren<app::AfterFirstPaint *>().isEmpty());
        QCOMPARE(connected.size(), 1);
    }

    void switchingConnectionIsSaid()
    {
        app::Application application;
        QSignalSpy connected(&application, &app::Application::connected);
        app::AppOptions options;
        options.sandbox = true;
        application.start(options);
        QVERIFY(connected.wait());
        QVERIFY(!application.window().statusBar()->currentMessage().contains(u"Switched"_s));
        // A second sandbox listens elsewhere: the window says where it now points.
        application.start(options);
        QVERIFY(connected.wait());
        const QString said = application.window().statusBar()->currentMessage();
        QVERIFY2(said.contains(u"Switched to the profile"_s), qPrintable(said));
        QVERIFY2(said.contains(application.sandbox()->url().toDisplayString()), qPrintable(said));
    }

    // A saved RamRoleArn profile: the window's session assumes the role once, its STS request
    // shows in the window's activity log, and every API request carries the role's token.
    void roleProfileConnectsThroughItsProvider()
    {
        testsupport::SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        const QString role = u"acs:ram::100000000000000:role/window-reader"_s;
        sandbox.server().setStsEnabled(true);
        sandbox.server().addTrustedRole(role);
        QList<sandbox::ReceivedRequest> received;
        connect(&sandbox.server(), &sandbox::SandboxServer::requestHandled, this,
                [&](const sandbox::ReceivedRequest &r) { received.append(r); });

        app::Application application;
        credentials::Profile profile;
        profile.name = RoleProfileName;
        profile.regionId = u"cn-hangzhou"_s;
        profile.endpointMode = credentials::EndpointMode::Custom;
        profile.customEndpoint = sandbox.url();
        profile.mode = credentials::CredentialMode::RamRoleArn;
        profile.accessKeyId = QString::fromLatin1(testsupport::SandboxFixture::AccessKeyId);
        profile.role.roleArn = role;
        profile.role.stsEndpoint = sandbox.url().toString();
        QCOMPARE(application.profiles().save(profile), QString());
        credentials::CredentialStore secrets;
        std::optional<std::optional<credentials::KeychainError>> stored;
        secrets.storeCredentials(
            profile.name, QString::fromLatin1(testsupport::SandboxFixture::AccessKeySecret), {},
            this, [&](const std::optional<credentials::KeychainError> &e) { stored = e; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
        QVERIFY(!stored->has_value());

        QSignalSpy connected(&application, &app::Application::connected);
        application.start(app::AppOptions::parse({u"paidesk"_s, u"--profile"_s, profile.name}),
                          QProcessEnvironment());
        QVERIFY(connected.wait(30000));
        const auto isListModels = [](const sandbox::ReceivedRequest &r) {
            return r.operation == u"ListModels"_s && r.status == 200;
        };
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.cbegin(), received.cend(), isListModels),
                                 30000);
        QCOMPARE(received.first().operation, u"AssumeRole"_s);
        QCOMPARE(std::count_if(received.cbegin(), received.cend(),
                               [](const auto &r) { return r.operation == u"AssumeRole"_s; }),
                 1);
        for (const sandbox::ReceivedRequest &request : std::as_const(received)) {
            if (request.operation == u"AssumeRole"_s)
                continue;
            QVERIFY2(!testsupport::headerOf(request, "x-acs-security-token").isEmpty(),
                     qPrintable(request.operation));
        }
        const QList<api::ActivityEntry> &log = application.client()->activityLog()->entries();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const api::ActivityEntry &entry) {
            return entry.operation == u"AssumeRole"_s && entry.outcome == u"ok"_s;
        }));

        // Leave the shared configuration as it was found.
        QCOMPARE(application.profiles().remove(profile.name), QString());
        std::optional<std::optional<credentials::KeychainError>> removed;
        secrets.removeSecrets(
            profile.name, this,
            [&](const std::optional<credentials::KeychainError> &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
