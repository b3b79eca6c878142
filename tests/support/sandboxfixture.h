#pragma once

#include "api/credentials.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace testsupport {

// A SandboxServer listening on a free loopback port that accepts exactly one access key pair.
// Create one per test function (or per test class) and talk to it over real sockets.
class SandboxFixture
{
public:
    enum class Content { Empty, Demo };

    static constexpr char AccessKeyId[] = "LTAI5tSandboxTestKey";
    static constexpr char AccessKeySecret[] = "sandbox-test-secret-0123456789";

    // With Empty, the store still holds the demo workspaces, so models can be created.
    explicit SandboxFixture(Content content = Content::Demo);
    // The same over HTTPS with this PEM certificate and key (see TestCertificates).
    SandboxFixture(Content content, const QString &tlsCertificateFile, const QString &tlsKeyFile);
    ~SandboxFixture();

    bool isListening() const { return m_listening; }
    sandbox::SandboxServer &server() { return *m_server; }
    sandbox::ModelStore &store() { return m_server->store(); }
    QUrl url() const { return m_server->url(); }
    // "127.0.0.1:<port>", the Host header a client sends and signs.
    QString hostHeader() const;

    static api::Credentials credentials();

    // The next `writeOperation` is stored but its answer is lost, and from then on every one of
    // `readOperations` answers 500: what the write did cannot be read back. Disconnect the result
    // to stop.
    QMetaObject::Connection loseWriteAndReadsAfter(const QString &writeOperation,
                                                   const QStringList &readOperations = {
                                                       QStringLiteral("GetModel")});

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    bool m_listening = false;
};

} // namespace testsupport
