#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QDateTime>

namespace testsupport {

// A JWT that expires `seconds` from now (negative: already expired), shaped like the service
// account token Kubernetes projects for RRSA. Unsigned: the sandbox's STS reads only its expiry.
inline QByteArray jwtExpiringIn(qint64 seconds)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + seconds;
    return part(R"({"alg":"RS256","typ":"JWT"})") + '.' +
           part(R"({"iss":"https://oidc.example","sub":"system:serviceaccount:ns:sa","exp":)" +
                QByteArray::number(exp) + '}') +
           '.' + part("signature");
}

// The value of a header the sandbox received, by its lower-case name; empty when absent.
inline QByteArray headerOf(const sandbox::ReceivedRequest &request, const QByteArray &lowerName)
{
    for (const auto &[name, value] : request.headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

} // namespace testsupport
