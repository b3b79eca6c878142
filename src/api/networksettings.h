#pragma once

#include "api/proxyrules.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace api {

// How ApiClient reaches the network: through which proxy, and which extra certificate authorities
// it trusts on top of the system's (for proxies that inspect TLS). Certificate verification
// itself is never optional, so there is no setting to turn it off.
struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(api::NetworkSettings)

public:
    ProxyRules proxy;
    QList<QSslCertificate> extraCaCertificates;

    // The certificates of a PEM (or DER) file. A file that cannot be read, or holds no
    // certificate, sets `error` to a translated message that names the file.
    static QList<QSslCertificate> readCaFile(const QString &path, QString *error);
};

} // namespace api
