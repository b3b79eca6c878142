#include "app/application.h"

#include "api/apiclient.h"
#include "app/embeddedsandbox.h"
#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/profiles/profiledialog.h"
#include "gui/settings/timeoutsettings.h"

#include <QMessageBox>
#include <QSettings>

namespace app {

Application::Start Application::decide(const AppOptions &options,
                                       const credentials::ProfileStore &profiles,
                                       const QString &windowsLastProfile)
{
    Start start;
    if (options.sandbox) {
        start.source = Start::Source::Sandbox;
        return start;
    }
    if (!options.profileName.isEmpty() && !profiles.contains(options.profileName)) {
        start.source = Start::Source::Refused;
        start.error = tr("--profile: there is no profile named \"%1\".").arg(options.profileName);
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
    start.source = options.endpoint.isValid() ? Start::Source::Environment
                                              : Start::Source::FirstRun;
    return start;
}

Application::Application(QObject *parent)
    : QObject(parent)
    , m_profiles(std::make_unique<credentials::ProfileStore>())
    , m_secrets(std::make_unique<credentials::CredentialStore>())
    , m_provider(std::make_unique<credentials::CredentialsProvider>(*m_profiles, *m_secrets))
    , m_window(std::make_unique<gui::MainWindow>())
{
    m_askFirstRun = [this] { return gui::askFirstRunChoice(m_window.get()); };
    connect(m_window.get(), &gui::MainWindow::profilesRequested, this, &Application::openProfiles);
}

Application::~Application()
{
    // The window borrows the client: it lets go before the client and the sandbox go.
    if (m_window)
        m_window->setConnection(nullptr, {});
    m_window.reset();
}

std::optional<int> Application::start(const AppOptions &options)
{
    m_window->show();
    const Start start =
        decide(options, *m_profiles, QSettings().value(gui::MainWindow::lastProfileKey()).toString());
    switch (start.source) {
    case Start::Source::Sandbox:
        if (!startSandbox(options.sandboxDataFile))
            return 1;
        return std::nullopt;
    case Start::Source::Refused:
        qCritical("%s", qPrintable(start.error));
        return 2;
    case Start::Source::Profile:
        connectProfile(start.profileName, options.endpoint);
        return std::nullopt;
    case Start::Source::Environment: {
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
        connectWindow(endpoint, resolved.credentials,
                      {resolved.profile.name, resolved.profile.regionId, endpoint.url(), false});
        return std::nullopt;
    }
    case Start::Source::FirstRun:
        switch (m_askFirstRun()) {
        case gui::FirstRunChoice::ExploreSandbox:
            if (!startSandbox(QString()))
                return 1;
            return std::nullopt;
        case gui::FirstRunChoice::AddProfile:
            openProfiles();
            return std::nullopt;
        case gui::FirstRunChoice::Quit:
            return 0;
        }
    }
    return std::nullopt;
}

bool Application::startSandbox(const QString &dataFile)
{
    m_sandbox = std::make_unique<EmbeddedSandbox>();
    if (!m_sandbox->start(dataFile)) {
        QMessageBox::critical(m_window.get(), tr("Sandbox"),
                              tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
        return false;
    }
    const gui::ConnectionInfo info{EmbeddedSandbox::profileName(), EmbeddedSandbox::regionId(),
                                   m_sandbox->url(), true, m_sandbox->dataFile()};
    connectWindow(api::Endpoint::fromUrl(m_sandbox->url()), m_sandbox->credentials(), info);
    return true;
}

void Application::connectProfile(const QString &profileName, const QUrl &endpointOverride)
{
    m_provider->forProfile(
        profileName, m_window.get(),
        [this, endpointOverride](const credentials::ResolvedCredentials &resolved) {
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
            connectWindow(endpoint, resolved.credentials,
                          {resolved.profile.name, resolved.profile.regionId, endpoint.url(), false});
        });
}

void Application::connectWindow(const api::Endpoint &endpoint,
                                const api::Credentials &credentials,
                                const gui::ConnectionInfo &info)
{
    m_window->setConnection(nullptr, {});
    m_client = std::make_unique<api::ApiClient>(endpoint, credentials);
    m_client->setTimeouts(gui::TimeoutSettings::load().toApiTimeouts());
    m_window->setConnection(m_client.get(), info);
    Q_EMIT connected();
}

void Application::openProfiles()
{
    auto *dialog = new gui::ProfileDialog(*m_profiles, *m_secrets, m_window.get());
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_window->apiClient() && !m_window->connectionInfo().sandbox)
        dialog->selectProfile(m_window->connectionInfo().profileName);
    auto saved = std::make_shared<QString>();
    connect(dialog, &gui::ProfileDialog::profileSaved, dialog,
            [saved](const QString &name) { *saved = name; });
    connect(dialog, &QDialog::finished, this, [this, dialog, saved] {
        const QString chosen =
            dialog->currentProfileName().isEmpty() ? *saved : dialog->currentProfileName();
        if (!chosen.isEmpty() && m_profiles->contains(chosen)) {
            m_profiles->setLastUsed(chosen);
            connectProfile(chosen, QUrl());
        }
    });
    dialog->open();
}

void Application::warn(const QString &title, const QString &message)
{
    Q_EMIT connectionFailed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok,
                                m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace app
