#include "api/apiclient.h"
#include "app/appoptions.h"
#include "app/embeddedsandbox.h"
#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow/firstrunchoice.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/profiles/profiledialog.h"
#include "gui/settings/languagesettings.h"
#include "gui/settings/timeoutsettings.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The start-up messages; lupdate finds tr() through Q_DECLARE_TR_FUNCTIONS.
struct StartupText
{
    Q_DECLARE_TR_FUNCTIONS(app)
};

// Owns what the window talks to; the window only borrows it.
struct Session
{
    std::unique_ptr<app::EmbeddedSandbox> sandbox;
    std::unique_ptr<api::ApiClient> client;
};

void connectWindow(gui::MainWindow &window, Session &session, const api::Endpoint &endpoint,
                   const api::Credentials &credentials, const gui::ConnectionInfo &info,
                   const api::NetworkSettings &network)
{
    window.setConnection(nullptr, {});
    session.client = std::make_unique<api::ApiClient>(endpoint, credentials);
    session.client->setNetworkSettings(network);
    session.client->setTimeouts(gui::TimeoutSettings::load().toApiTimeouts());
    window.setConnection(session.client.get(), info);
}

bool startSandbox(gui::MainWindow &window, Session &session, const QString &dataFile = {})
{
    session.sandbox = std::make_unique<app::EmbeddedSandbox>();
    if (!session.sandbox->start(dataFile)) {
        QMessageBox::critical(
            &window, StartupText::tr("Sandbox"),
            StartupText::tr("The sandbox could not start: %1").arg(session.sandbox->errorString()));
        return false;
    }
    const api::Endpoint endpoint = api::Endpoint::fromUrl(session.sandbox->url());
    gui::ConnectionInfo info{app::EmbeddedSandbox::profileName(), app::EmbeddedSandbox::regionId(),
                             session.sandbox->url(), true};
    // Direct: the sandbox is in this process, and a proxy from the environment has no business
    // between the two.
    connectWindow(window, session, endpoint, session.sandbox->credentials(), info, {});
    return true;
}

void connectProfile(gui::MainWindow &window, Session &session,
                    credentials::CredentialsProvider &provider, const QString &profileName,
                    const QUrl &endpointOverride)
{
    provider.forProfile(
        profileName, &window,
        [&window, &session, endpointOverride](const credentials::ResolvedCredentials &resolved) {
            if (!resolved.error.isEmpty()) {
                QMessageBox::warning(&window, StartupText::tr("Profile"), resolved.error);
                return;
            }
            const api::Endpoint endpoint = endpointOverride.isValid()
                                               ? api::Endpoint::fromUrl(endpointOverride)
                                               : credentials::endpointFor(resolved.profile);
            if (!endpoint.isValid()) {
                QMessageBox::warning(&window, StartupText::tr("Endpoint"), endpoint.errorString());
                return;
            }
            QString networkError;
            const api::NetworkSettings network = credentials::networkSettingsFor(
                resolved.profile, QProcessEnvironment::systemEnvironment(), &networkError);
            if (!networkError.isEmpty()) {
                QMessageBox::warning(&window, StartupText::tr("Network"), networkError);
                return;
            }
            gui::ConnectionInfo info{resolved.profile.name, resolved.profile.regionId,
                                     endpoint.url(), false};
            connectWindow(window, session, endpoint, resolved.credentials, info, network);
        });
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"PaiDesk"_s);
    QCoreApplication::setApplicationName(u"PaiDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAIDESK_VERSION));
}

// --help and --version print and exit; they should work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--version" ||
            argument == "-v" || argument == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        app::AppOptions::parse(QCoreApplication::arguments());
        return 0;
    }
    QApplication application(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(u"io.github.paidesk.PaiDesk"_s);
    // The system language unless Settings chose another.
    gui::LanguageSettings::apply(gui::LanguageSettings::load());

    const app::AppOptions options = app::AppOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        qCritical("%s", qPrintable(options.error));
        return 2;
    }

    credentials::ProfileStore profiles;
    credentials::CredentialStore secrets;
    credentials::CredentialsProvider provider(profiles, secrets);
    Session session;
    gui::MainWindow window;

    auto openProfiles = [&] {
        gui::ProfileDialog dialog(profiles, secrets, &window);
        if (window.apiClient() && !window.connectionInfo().sandbox)
            dialog.selectProfile(window.connectionInfo().profileName);
        QString saved;
        QObject::connect(&dialog, &gui::ProfileDialog::profileSaved, &dialog,
                         [&saved](const QString &name) { saved = name; });
        dialog.exec();
        const QString chosen =
            dialog.currentProfileName().isEmpty() ? saved : dialog.currentProfileName();
        if (!chosen.isEmpty() && profiles.contains(chosen)) {
            profiles.setLastUsed(chosen);
            connectProfile(window, session, provider, chosen, QUrl());
        }
    };
    QObject::connect(&window, &gui::MainWindow::profilesRequested, &window, openProfiles);
    window.show();

    if (options.sandbox) {
        if (!startSandbox(window, session, options.sandboxDataFile))
            return 1;
        return QApplication::exec();
    }

    QString profileName = options.profileName;
    if (profileName.isEmpty())
        profileName = QSettings().value(gui::MainWindow::lastProfileKey()).toString();
    if (!profiles.contains(profileName))
        profileName = profiles.lastUsed();
    if (!profiles.contains(profileName))
        profileName = profiles.names().value(0);
    if (!options.profileName.isEmpty() && !profiles.contains(options.profileName)) {
        qCritical("%s", qPrintable(StartupText::tr("--profile: there is no profile named \"%1\".")
                                       .arg(options.profileName)));
        return 2;
    }

    if (!profileName.isEmpty()) {
        connectProfile(window, session, provider, profileName, options.endpoint);
        return QApplication::exec();
    }

    // No profile: --endpoint alone takes its key from the environment, as the CLI does.
    if (options.endpoint.isValid()) {
        const credentials::ResolvedCredentials resolved =
            credentials::CredentialsProvider::fromEnvironment();
        if (!resolved.error.isEmpty()) {
            qCritical("%s", qPrintable(resolved.error));
            return 2;
        }
        const api::Endpoint endpoint = api::Endpoint::fromUrl(options.endpoint);
        if (!endpoint.isValid()) {
            qCritical("%s", qPrintable(endpoint.errorString()));
            return 2;
        }
        QString networkError;
        api::NetworkSettings network;
        network.proxy = api::ProxyRules::fromEnvironment(QProcessEnvironment::systemEnvironment(),
                                                         &networkError);
        if (!networkError.isEmpty()) {
            qCritical("%s", qPrintable(networkError));
            return 2;
        }
        connectWindow(window, session, endpoint, resolved.credentials,
                      {resolved.profile.name, resolved.profile.regionId, endpoint.url(), false},
                      network);
        return QApplication::exec();
    }

    switch (gui::askFirstRunChoice(&window)) {
    case gui::FirstRunChoice::ExploreSandbox:
        if (!startSandbox(window, session))
            return 1;
        break;
    case gui::FirstRunChoice::AddProfile:
        openProfiles();
        break;
    case gui::FirstRunChoice::Quit:
        return 0;
    }
    return QApplication::exec();
}
