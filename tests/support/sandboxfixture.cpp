#include "sandboxfixture.h"

#include "sandbox/demodata.h"

using namespace Qt::StringLiterals;

namespace testsupport {

SandboxFixture::SandboxFixture(Content content)
    : SandboxFixture(content, QString(), QString())
{}

SandboxFixture::SandboxFixture(Content content, const QString &tlsCertificateFile,
                               const QString &tlsKeyFile)
    : m_server(std::make_unique<sandbox::SandboxServer>())
{
    m_server->addAccessKey(QString::fromLatin1(AccessKeyId), QString::fromLatin1(AccessKeySecret));
    if (content == Content::Demo) {
        sandbox::DemoData::populate(m_server->store());
    } else {
        for (const pai::Workspace &workspace : sandbox::DemoData::workspaces())
            m_server->store().addWorkspace(workspace);
    }
    if (!tlsCertificateFile.isEmpty() && !m_server->setTlsFiles(tlsCertificateFile, tlsKeyFile))
        return;
    m_listening = m_server->listen(QHostAddress::LocalHost, 0);
}

SandboxFixture::~SandboxFixture() = default;

QString SandboxFixture::hostHeader() const
{
    return u"%1:%2"_s.arg(url().host()).arg(url().port());
}

api::Credentials SandboxFixture::credentials()
{
    return {QString::fromLatin1(AccessKeyId), QString::fromLatin1(AccessKeySecret), QString()};
}

QMetaObject::Connection SandboxFixture::loseWriteAndReadsAfter(const QString &writeOperation,
                                                               const QStringList &readOperations)
{
    sandbox::FaultPlan drop;
    drop.operations = {writeOperation};
    drop.dropRate = 1.0;
    drop.applyWritesBeforeFault = true;
    m_server->setFaultPlan(drop);
    sandbox::SandboxServer *server = m_server.get();
    return QObject::connect(
        server, &sandbox::SandboxServer::requestHandled, server,
        [server, writeOperation, readOperations](const sandbox::ReceivedRequest &request) {
            if (request.operation != writeOperation)
                return;
            sandbox::FaultPlan down;
            down.operations = readOperations;
            down.errorRate = 1.0;
            down.errorStatus = 500;
            server->setFaultPlan(down);
        });
}

} // namespace testsupport
