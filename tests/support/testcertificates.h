#pragma once

#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// A throwaway certificate authority and a server certificate it signed, for localhost and
// 127.0.0.1, made at test time with the openssl command into a temporary directory. Nothing is
// checked in, so nothing expires in the repository.
class TestCertificates
{
public:
    TestCertificates();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString serverCertificateFile() const { return path(QStringLiteral("server.pem")); }
    QString serverKeyFile() const { return path(QStringLiteral("server.key")); }
    // A file in the same directory, for tests that write their own (broken) bundles.
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace testsupport
