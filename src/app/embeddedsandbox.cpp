#include "app/embeddedsandbox.h"

#include "sandbox/demodata.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace app {

EmbeddedSandbox::EmbeddedSandbox() = default;
EmbeddedSandbox::~EmbeddedSandbox() = default;

QString EmbeddedSandbox::profileName()
{
    return u"sandbox"_s;
}

QString EmbeddedSandbox::regionId()
{
    return u"cn-hangzhou"_s;
}

bool EmbeddedSandbox::start(const QString &dataFile)
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    if (!dataFile.isEmpty() && !m_server->store().attachFile(dataFile, &m_error))
        return false;
    if (m_server->store().modelCount() == 0 && m_server->store().workspaces().isEmpty())
        sandbox::DemoData::populate(m_server->store());
    else
        sandbox::DemoData::populateGallery(m_server->store()); // a file saved before the gallery
    // Saves fail quietly later (a sandbox write never fails because of the disk), so a path that
    // cannot be written is refused now rather than losing a session's edits.
    if (!dataFile.isEmpty() && !m_server->store().save(&m_error))
        return false;

    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    m_credentials.accessKeyId = u"LTAI-sandbox"_s;
    m_credentials.accessKeySecret = QString::fromLatin1(secret.toHex());
    m_server->addAccessKey(m_credentials.accessKeyId, m_credentials.accessKeySecret);

    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

QString EmbeddedSandbox::dataFile() const
{
    return m_server ? m_server->store().filePath() : QString();
}

QUrl EmbeddedSandbox::url() const
{
    return m_server ? m_server->url() : QUrl();
}

} // namespace app
