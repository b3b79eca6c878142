#pragma once

#include "api/queryitems.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace api {

// Alibaba Cloud's RPC signature ("signature method V2", SignatureVersion=1.0, HMAC-SHA1), the
// one the official credential libraries still use for STS AssumeRole. Pure functions, so the
// sandbox checks with exactly what the client signs with.
namespace Rpc {

inline constexpr char SignatureMethod[] = "HMAC-SHA1";
inline constexpr char SignatureVersion[] = "1.0";

// Every query and form parameter but Signature, sorted by name, encoded and joined k=v&...
QByteArray canonicalizedQuery(const QueryItems &parameters);
// "POST&%2F&" + percent-encode(canonicalized query).
QByteArray stringToSign(const QByteArray &method, const QueryItems &parameters);
// base64(HMAC-SHA1(secret + "&", stringToSign)).
QByteArray signature(const QString &accessKeySecret, const QByteArray &stringToSign);
// UTC yyyy-MM-ddTHH:mm:ssZ, the Timestamp parameter and the Expiration of STS replies.
QString formatTimestamp(const QDateTime &dateTime);

} // namespace Rpc

} // namespace api
