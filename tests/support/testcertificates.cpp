#include "testcertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace testsupport {

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory"_s;
        return;
    }
    QFile extensions(path(u"server.ext"_s));
    if (!extensions.open(QIODevice::WriteOnly)) {
        m_error = extensions.errorString();
        return;
    }
    // Hostname verification needs the names in subjectAltName; the CN alone is not enough.
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                     "basicConstraints=critical,CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();

    const bool ok =
        run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
             path(u"ca.key"_s), u"-out"_s, caFile(), u"-days"_s, u"2"_s, u"-subj"_s,
             u"/CN=PaiDesk Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
             u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}) &&
        run({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, serverKeyFile(),
             u"-out"_s, path(u"server.csr"_s), u"-subj"_s, u"/CN=localhost"_s}) &&
        run({u"x509"_s, u"-req"_s, u"-in"_s, path(u"server.csr"_s), u"-CA"_s, caFile(), u"-CAkey"_s,
             path(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, serverCertificateFile(),
             u"-days"_s, u"2"_s, u"-extfile"_s, path(u"server.ext"_s)});
    Q_UNUSED(ok);
}

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(arguments.constFirst(), openssl.errorString(),
                                                    QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

} // namespace testsupport
