#pragma once

#include "api/credentials.h"
#include "sandbox/sandboxserver.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace app {

// Sandbox mode: the AIWorkspace emulator in this process, on a free loopback port, filled with
// the demo workspaces and models. Its access key is made up for this run and lives only in
// memory, so the sandbox profile needs no keychain.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // False with errorString() when no loopback port could be opened.
    bool start();
    QString errorString() const { return m_error; }
    QUrl url() const;
    api::Credentials credentials() const { return m_credentials; }
    static QString profileName();
    static QString regionId();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    api::Credentials m_credentials;
    QString m_error;
};

} // namespace app
