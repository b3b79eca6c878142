#pragma once

#include "credentials/providers/temporarycredentials.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace credentials {

// The parsers of every reply a provider reads. Replies are untrusted: anything but the exact
// shape gives an error text, never partial credentials.
struct ParsedCredentials
{
    std::optional<TemporaryCredentials> credentials;
    QString error; // set when credentials is empty
    QString code;  // the server's Code, when it sent one
    QString requestId;
};

namespace CredentialReplies {

inline constexpr qint64 MaxReplyBytes = 1024 * 1024;

// STS AssumeRole / AssumeRoleWithOIDC, success or error body.
ParsedCredentials parseSts(const QByteArray &body);
// ECS metadata security-credentials/<role>: Code must be Success.
ParsedCredentials parseMetadata(const QByteArray &body);
// CredentialsURI: the aliyun CLI wants Code == Success, credentials-go ignores Code; a Code
// other than Success is refused, a missing one tolerated.
ParsedCredentials parseCredentialsUri(const QByteArray &body);
// An External process's stdout: {"mode":"AK"|"StsToken", access_key_id, access_key_secret,
// sts_token, expiration?}.
ParsedCredentials parseExternal(const QByteArray &body);
// yyyy-MM-ddTHH:mm:ssZ as the services write it; also tolerated with fractional seconds or a
// numeric offset (not seen, but a hand-written CredentialsURI server may send it).
QDateTime parseExpiration(const QString &text);

} // namespace CredentialReplies

} // namespace credentials
