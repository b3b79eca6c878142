#pragma once

#include "api/credentials.h"
#include "api/queryitems.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace api {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>; // name, value; names as given

// A request as the signer sees it. `encodedPath` is the path exactly as it goes on the wire
// (path parameters already percent-encoded); `query` holds decoded names and values.
struct SignInput
{
    QByteArray method;
    QByteArray encodedPath;
    QueryItems query;
    HeaderList headers;
    QByteArray body;
};

struct Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-acs-action;..."
    QByteArray hashedPayload; // lower-case hex SHA-256 of the body
    QByteArray signature;     // lower-case hex HMAC-SHA256
    QByteArray authorization; // the whole Authorization header value
    HeaderList headersToSend; // the input headers plus the ones signing adds, and Authorization
};

// ACS3-HMAC-SHA256, Alibaba Cloud's signature V3 (Alibaba Cloud's V3 signature documentation). Pure
// functions: the same input always gives the same bytes, which is what the published vectors check.
namespace Acs3 {
inline constexpr char Algorithm[] = "ACS3-HMAC-SHA256";

// RFC 3986 unreserved characters kept, everything else %XX with upper-case hex, space as %20.
QByteArray percentEncode(const QString &text);
// Sorted by raw name (code-unit order), "name=value" joined by '&', empty values keep the '='.
QByteArray canonicalQueryString(const QueryItems &query);
// Decodes a query as a gateway does: '+' is a space, %XX are bytes. For servers and tests.
QueryItems parseQuery(const QByteArray &rawQuery);
QByteArray sha256Hex(const QByteArray &data);
// `2024-05-01T12:00:00Z`: UTC, no fractional seconds.
QByteArray formatDate(const QDateTime &dateTime);
// 32 lower-case hex characters from a cryptographically strong source; never repeats in practice.
QByteArray newNonce();

// Client side. Adds x-acs-date, x-acs-signature-nonce and x-acs-content-sha256 (and, with an STS
// token, x-acs-accesskey-id and x-acs-security-token), then signs every header whose lower-case
// name is host, content-type or starts with x-acs-. Headers already in the input with those
// names are replaced.
Signature sign(const SignInput &request, const Credentials &credentials, const QDateTime &date,
               const QByteArray &nonce);

// Server side. Recomputes the signature over exactly the headers named in `signedHeaders`, taken
// from the request as it was received, so a verifier can compare with the Authorization it got.
Signature recompute(const SignInput &received, const QByteArrayList &signedHeaders,
                    const QString &accessKeyId, const QString &accessKeySecret);

// The parts of an "ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=..." header.
struct AuthorizationParts
{
    QByteArray algorithm;
    QString accessKeyId;
    QByteArrayList signedHeaders;
    QByteArray signature;
};
// Empty optional when the header is not a complete V3 Authorization (IncompleteSignature).
std::optional<AuthorizationParts> parseAuthorization(const QByteArray &header);
} // namespace Acs3

} // namespace api
