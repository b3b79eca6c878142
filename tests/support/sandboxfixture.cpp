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

} // namespace testsupport
