#include "api/networksettings.h"

#include <QFile>
#include <QFileInfo>

namespace api {

QList<QSslCertificate> NetworkSettings::readCaFile(const QString &path, QString *error)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("CA certificates file %1 cannot be read: %2").arg(shown, file.errorString());
        return {};
    }
    // A bundle is usually PEM; a single certificate exported from a browser may be DER.
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty()) {
        *error = tr("CA certificates file %1 holds no certificate; it must contain PEM blocks "
                    "(-----BEGIN CERTIFICATE-----) or one DER certificate.")
                     .arg(shown);
        return {};
    }
    error->clear();
    return certificates;
}

} // namespace api
