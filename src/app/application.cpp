#include "app/application.h"

#include "api/apiclient.h"
#include "api/networksettings.h"
#include "api/proxyrules.h"
#include "app/afterfirstpaint.h"
#include "app/embeddedsandbox.h"
#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentcredentials.h"
#include "credentials/profile.h"
#include "credentials/profilestore.h"
#include "gui/editor/modeleditor.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/welcomepanel.h"
#include "gui/profiles/profiledialog.h"
#include "gui/settings/timeoutsettings.h"

#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>

namespace app {

Application::Start Application::decide(const AppOptions &options,
                                       const credentials::ProfileStore &profiles,
                                       const QString &windowsLastProfile,
                                       const QProcessEnvironment &environment)
{
    Start start;
    if (options.sandbox) {
        start.source = Start::Source::Sandbox;
        return start;
    }
    if (!options.profileName.isEmpty() && !profiles.contains(options.profileName)) {
        start.source = Start::Source::Welcome;
        start.problem = tr("--profile: there is no profile named \"%1\".").arg(options.profileName);
        return start;
    }
    for (const QString &candidate : {options.profileName, windowsLastProfile, profiles.lastUsed(),
                                     profiles.names().value(0)}) {
        if (!candidate.isEmpty() && profiles.contains(candidate)) {
            start.source = Start::Source::Profile;
            start.profileName = candidate;
            return start;
        }
    }
    // No profile: --endpoint alone takes its key from the environment, as the CLI does.
    start.source = Start::Source::Welcome;
    if (options.endpoint.isValid()) {
        const auto fromEnvironment = credentials::EnvironmentCredentials::read(environment);
        if (fromEnvironment.found())
            start.source = Start::Source::Environment;
        else if (!fromEnvironment.error.isEmpty())
            start.problem = fromEnvironment.error;
        else
            start.problem = tr("--endpoint %1: there is no profile, and no AccessKey in the "
                               "environment (ALIBABA_CLOUD_ACCESS_KEY_ID and "
                               "ALIBABA_CLOUD_ACCESS_KEY_SECRET).")
                                .arg(options.endpoint.toDisplayString());
    }
    return start;
}

Application::Application(QObject *parent)
    : QObject(parent)
    , m_profiles(std::make_unique<credentials::ProfileStore>())
    , m_secrets(std::make_unique<credentials::CredentialStore>())
    , m_provider(std::make_unique<credentials::CredentialsProvider>(*m_profiles, *m_secrets))
    , m_window(std::make_unique<gui::MainWindow>())
{
    connect(m_window.get(), &gui::MainWindow::profilesRequested, this, [this] { openProfiles(); });
    gui::WelcomePanel *welcome = m_window->welcomePanel();
    connect(welcome, &gui::WelcomePanel::sandboxChosen, this, [this] { startSandbox(QString()); });
    connect(welcome, &gui::WelcomePanel::addProfileChosen, this, [this] { openProfiles(); });
    connect(welcome, &gui::WelcomePanel::importChosen, this, [this] { openProfiles(true); });
}

Application::~Application()
{
    // The window borrows the client: it lets go before the client and the sandbox go.
    if (m_window)
        m_window->setConnection(nullptr, {});
    m_window.reset();
}

void Application::start(const AppOptions &options, const QProcessEnvironment &environment)
{
    delete m_pendingSandbox; // a start not yet made gives way to this one
    m_window->show();
    if (!options.error.isEmpty()) {
        showWelcome(options.error);
        return;
    }
    const Start start =
        decide(options, *m_profiles,
               QSettings().value(gui::MainWindow::lastProfileKey()).toString(), environment);
    switch (start.source) {
    case Start::Source::Sandbox:
        startSandboxAfterFirstPaint(options.sandboxDataFile);
        return;
    case Start::Source::Profile:
        connectProfile(start.profileName, options.endpoint);
        return;
    case Start::Source::Environment: {
        const credentials::ResolvedCredentials resolved =
            credentials::CredentialsProvider::fromEnvironment(environment);
        const api::Endpoint endpoint = api::Endpoint::fromUrl(options.endpoint);
        if (!resolved.error.isEmpty() || !endpoint.isValid()) {
            showWelcome(resolved.error.isEmpty() ? endpoint.errorString() : resolved.error);
            return;
        }
        QString networkError;
        api::NetworkSettings network;
        network.proxy = api::ProxyRules::fromEnvironment(environment, &networkError);
        if (!networkError.isEmpty()) {
            showWelcome(networkError);
            return;
        }
        connectWindow(endpoint, resolved.credentials,
                      {resolved.profile.name, resolved.profile.regionId, endpoint.url(), false},
                      network);
        return;
    }
    case Start::Source::Welcome:
        showWelcome(start.problem);
        return;
    }
}

void Application::showWelcome(const QString &problem)
{
    // Also on stderr, for whoever started PaiDesk from a terminal or a script.
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    m_window->showWelcome(problem);
}

void Application::startSandboxAfterFirstPaint(const QString &dataFile)
{
    // Filling the demo data and opening the server took as long as building the window: the
    // window is shown first (with its table, empty until the rows arrive) and says what comes.
    m_window->statusBar()->showMessage(tr("Starting the sandbox…"));
    m_pendingSandbox = new AfterFirstPaint(
        m_window.get(),
        [this, dataFile] {
            m_pendingSandbox->deleteLater();
            m_window->statusBar()->clearMessage();
            startSandbox(dataFile);
        },
        this);
}

bool Application::startSandbox(const QString &dataFile)
{
    m_sandbox = std::make_unique<EmbeddedSandbox>();
    if (!m_sandbox->start(dataFile)) {
        showWelcome(tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
        m_sandbox.reset();
        return false;
    }
    const gui::ConnectionInfo info{EmbeddedSandbox::profileName(), EmbeddedSandbox::regionId(),
                                   m_sandbox->url(), true, m_sandbox->dataFile()};
    // Direct: the sandbox is in this process, and a proxy from the environment has no business
    // between the two.
    connectWindow(api::Endpoint::fromUrl(m_sandbox->url()), m_sandbox->credentials(), info, {});
    return true;
}

void Application::connectProfile(const QString &profileName, const QUrl &endpointOverride)
{
    // Keychain reads and chains of source profiles answer in their own time: only the answer to
    // the latest request connects, so a quick switch from one profile to another ends on the
    // second.
    const quint64 request = ++m_profileRequest;
    m_provider->forProfile(
        profileName, m_window.get(),
        [this, endpointOverride, request](const credentials::ResolvedCredentials &resolved) {
            if (request != m_profileRequest)
                return;
            if (!resolved.error.isEmpty()) {
                warn(tr("Profile"), resolved.error);
                return;
            }
            const api::Endpoint endpoint = endpointOverride.isValid()
                                               ? api::Endpoint::fromUrl(endpointOverride)
                                               : credentials::endpointFor(resolved.profile);
            if (!endpoint.isValid()) {
                warn(tr("Endpoint"), endpoint.errorString());
                return;
            }
            QString networkError;
            const api::NetworkSettings network = credentials::networkSettingsFor(
                resolved.profile, QProcessEnvironment::systemEnvironment(), &networkError);
            if (!networkError.isEmpty()) {
                warn(tr("Network"), networkError);
                return;
            }
            connectWindow(endpoint, resolved.credentials,
                          {resolved.profile.name, resolved.profile.regionId, endpoint.url(), false},
                          network, resolved.isTemporary() ? &resolved : nullptr);
        });
}

void Application::connectWindow(const api::Endpoint &endpoint, const api::Credentials &credentials,
                                const gui::ConnectionInfo &info,
                                const api::NetworkSettings &network,
                                const credentials::ResolvedCredentials *temporary)
{
    // Whatever connects now wins over a profile's answer still on its way.
    ++m_profileRequest;
    auto client = std::make_unique<api::ApiClient>(endpoint, credentials);
    client->setNetworkSettings(network);
    if (temporary) {
        // One provider for the session, a child of the client: every call, the listing's pages
        // and a bulk edit's requests alike, signs with its current triple, and its STS or
        // metadata requests show in the window's activity log. Built before the old connection
        // is let go, so a profile that cannot be used leaves the window as it was.
        credentials::ProviderSettings settings = credentials::ProviderSettings::fromEnvironment(
            QProcessEnvironment::systemEnvironment());
        settings.borrowFrom(*client);
        QString error;
        credentials::RefreshingCredentials *provider =
            temporary->buildProvider(settings, client.get(), &error);
        if (!provider) {
            warn(tr("Profile"), error);
            return;
        }
        client->setCredentialSource(provider);
    }
    const gui::ConnectionInfo before = m_window->connectionInfo();
    m_window->setConnection(nullptr, {});
    m_client = std::move(client);
    m_client->setTimeouts(gui::TimeoutSettings::load().toApiTimeouts());
    m_window->setConnection(m_client.get(), info);
    // A switch from one connection to another is said, never silent.
    if (!before.profileName.isEmpty() &&
        (before.profileName != info.profileName || before.endpoint != info.endpoint))
        m_window->confirm(tr("Switched to the profile \"%1\" (%2).")
                              .arg(info.profileName, info.endpoint.toDisplayString()));
    Q_EMIT connected();
}

void Application::openProfiles(bool importFirst)
{
    auto *dialog = new gui::ProfileDialog(*m_profiles, *m_secrets, m_window.get());
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_window->apiClient() && !m_window->connectionInfo().sandbox)
        dialog->selectProfile(m_window->connectionInfo().profileName);
    auto saved = std::make_shared<QString>();
    auto savedNames = std::make_shared<QSet<QString>>();
    connect(dialog, &gui::ProfileDialog::profileSaved, dialog,
            [saved, savedNames](const QString &name) {
                *saved = name;
                savedNames->insert(name);
            });
    connect(dialog, &QDialog::finished, this, [this, dialog, saved, savedNames] {
        const QString chosen =
            dialog->currentProfileName().isEmpty() ? *saved : dialog->currentProfileName();
        if (chosen.isEmpty() || !m_profiles->contains(chosen))
            return;
        // Already connected with it, and not changed: nothing to do. Changed (its role, its key,
        // its endpoint), the session is built again so the window uses what the dialog shows.
        if (m_client && m_window->connectionInfo().profileName == chosen &&
            !m_window->connectionInfo().sandbox && !savedNames->contains(chosen))
            return;
        // A switch reloads everything the window shows: an open edit is saved or dropped first.
        m_window->modelEditor()->whenLeavable([this, chosen] {
            m_profiles->setLastUsed(chosen);
            connectProfile(chosen, QUrl());
        });
    });
    dialog->open();
    if (importFirst) {
        // The dialog's import buttons sit beside its editor; the first of them takes the focus
        // so that the person starts where the welcome panel sent them.
        if (auto *firstImport =
                dialog->findChild<QPushButton *>(QStringLiteral("importAliyunButton")))
            firstImport->setFocus(Qt::OtherFocusReason);
    }
}

void Application::warn(const QString &title, const QString &message)
{
    Q_EMIT connectionFailed(message);
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace app
