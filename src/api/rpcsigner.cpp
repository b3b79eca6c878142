#include "api/rpcsigner.h"

#include "api/signer.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace api::Rpc {

QByteArray canonicalizedQuery(const QueryItems &parameters)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const auto &[name, value] : parameters) {
        if (name == u"Signature"_s)
            continue;
        // The RPC encoding is the same as V3's: unreserved kept, space as %20, '*' as %2A.
        encoded.append({Acs3::percentEncode(name), Acs3::percentEncode(value)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray stringToSign(const QByteArray &method, const QueryItems &parameters)
{
    return method + "&%2F&" +
           Acs3::percentEncode(QString::fromLatin1(canonicalizedQuery(parameters)));
}

QByteArray signature(const QString &accessKeySecret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, (accessKeySecret + u'&').toUtf8(),
                                            QCryptographicHash::Sha1)
        .toBase64();
}

QString formatTimestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

} // namespace api::Rpc
