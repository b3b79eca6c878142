#pragma once

#include "api/credentials.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace app {

// Sandbox mode: the AIWorkspace emulator in this process, on a free loopback port, filled with
// the demo workspaces and models. Its access key is made up for this run and lives only in
// memory, so the sandbox profile needs no keychain. With a data file, the models are loaded
// from it (the demo data when it does not exist yet) and every change is saved to it, so edits
// made in sandbox mode survive a restart.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // False with errorString() when the data file cannot be read or no loopback port could be
    // opened. A data file that cannot be read is left as it is.
    bool start(const QString &dataFile = {});
    QString dataFile() const;
    sandbox::ModelStore &store() // after a successful start()
    {
        Q_ASSERT(m_server);
        return m_server->store();
    }
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
