#pragma once

#include "app/appoptions.h"
#include "gui/mainwindow/firstrunchoice.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace api {
class ApiClient;
struct Credentials;
class Endpoint;
struct NetworkSettings;
} // namespace api

namespace credentials {
class CredentialsProvider;
class CredentialStore;
class ProfileStore;
} // namespace credentials

namespace gui {
class MainWindow;
struct ConnectionInfo;
} // namespace gui

namespace app {

class EmbeddedSandbox;

// The desktop app's policy, from the command line to a connected window: which source to use
// (the sandbox, a saved profile, the environment, or the first-run choice), the session it owns
// (the embedded sandbox and the one ApiClient the window borrows), and reconnecting when the
// person picks a profile. main() only makes the QApplication and hands over the options.
class Application : public QObject
{
    Q_OBJECT

public:
    // Where the window connects at start-up, decided from the options and what is saved.
    struct Start
    {
        enum class Source { Sandbox, Profile, Environment, FirstRun, Refused };
        Source source = Source::FirstRun;
        QString profileName; // Profile
        QString error;       // Refused: translated, naming the option
    };
    // The profile order: --profile, then the window's last one, then the store's last used,
    // then the first saved profile.
    static Start decide(const AppOptions &options, const credentials::ProfileStore &profiles,
                        const QString &windowsLastProfile);

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Tests answer the first-run question without a dialog.
    void setFirstRunChoice(std::function<gui::FirstRunChoice()> ask) { m_askFirstRun = ask; }

    // Shows the window and connects it as the options say. An exit code means stop now (a bad
    // option, a sandbox that cannot start, Quit on the first-run question); nothing means go on
    // into the event loop.
    std::optional<int> start(const AppOptions &options);

    gui::MainWindow &window() { return *m_window; }
    api::ApiClient *client() const { return m_client.get(); }
    EmbeddedSandbox *sandbox() const { return m_sandbox.get(); }
    credentials::ProfileStore &profiles() { return *m_profiles; }

Q_SIGNALS:
    // The window has a new client (sandbox, profile or environment).
    void connected();
    // A profile could not be used; the message names it and the cause.
    void connectionFailed(const QString &message);

private:
    bool startSandbox(const QString &dataFile);
    void connectProfile(const QString &profileName, const QUrl &endpointOverride);
    void connectWindow(const api::Endpoint &endpoint, const api::Credentials &credentials,
                       const gui::ConnectionInfo &info, const api::NetworkSettings &network);
    void openProfiles();
    void warn(const QString &title, const QString &message);

    std::unique_ptr<credentials::ProfileStore> m_profiles;
    std::unique_ptr<credentials::CredentialStore> m_secrets;
    std::unique_ptr<credentials::CredentialsProvider> m_provider;
    // Declared before the window, so the window (which borrows the client) goes first.
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<gui::MainWindow> m_window;
    std::function<gui::FirstRunChoice()> m_askFirstRun;
};

} // namespace app
