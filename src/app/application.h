#pragma once

#include "app/appoptions.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

namespace api {
class ApiClient;
struct Credentials;
class Endpoint;
struct NetworkSettings;
} // namespace api

namespace credentials {
struct ResolvedCredentials;
class CredentialsProvider;
class CredentialStore;
class ProfileStore;
} // namespace credentials

namespace gui {
class MainWindow;
struct ConnectionInfo;
} // namespace gui

namespace app {

class AfterFirstPaint;
class EmbeddedSandbox;

// The desktop app's policy, from the command line to a connected window: which source to use
// (the sandbox, a saved profile, the environment, or the welcome panel), the session it owns
// (the embedded sandbox and the one ApiClient the window borrows), and reconnecting when the
// person picks a profile. main() only makes the QApplication and hands over the options.
// Nothing here ends the app: whatever cannot be used is said on the welcome panel, which
// always offers a way on.
class Application : public QObject
{
    Q_OBJECT

public:
    // Where the window connects at start-up, decided from the options and what is saved.
    struct Start
    {
        enum class Source { Sandbox, Profile, Environment, Welcome };
        Source source = Source::Welcome;
        QString profileName; // Profile
        QString problem;     // Welcome: why an option could not be used (translated), or empty
    };
    // The profile order: --profile, then the window's last one, then the store's last used,
    // then the first saved profile. --endpoint without a profile needs a key in `environment`.
    static Start decide(const AppOptions &options, const credentials::ProfileStore &profiles,
                        const QString &windowsLastProfile, const QProcessEnvironment &environment);

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Shows the window and connects it as the options say, or opens it on the welcome panel.
    // The sandbox (its demo data and server) starts once the window has been painted, so the
    // window is there at once and connected() follows a moment later; any other source connects
    // (or opens the welcome panel) before start() returns.
    void start(const AppOptions &options,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

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
    void startSandboxAfterFirstPaint(const QString &dataFile);
    void connectProfile(const QString &profileName, const QUrl &endpointOverride);
    void connectWindow(const api::Endpoint &endpoint, const api::Credentials &credentials,
                       const gui::ConnectionInfo &info, const api::NetworkSettings &network,
                       // A role mode: the client gets its provider before the first call.
                       const credentials::ResolvedCredentials *temporary = nullptr);
    void openProfiles(bool importFirst = false);
    void showWelcome(const QString &problem);
    void warn(const QString &title, const QString &message);

    quint64 m_profileRequest = 0; // the latest connectProfile(); older answers are dropped
    std::unique_ptr<credentials::ProfileStore> m_profiles;
    std::unique_ptr<credentials::CredentialStore> m_secrets;
    std::unique_ptr<credentials::CredentialsProvider> m_provider;
    // Declared before the window, so the window (which borrows the client) goes first.
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<gui::MainWindow> m_window;
    QPointer<AfterFirstPaint> m_pendingSandbox; // a sandbox start waiting for the first paint
};

} // namespace app
