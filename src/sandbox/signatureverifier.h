#pragma once

#include "api/signer.h"
#include "sandbox/apireply.h"
#include "sandbox/temporarykeys.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace sandbox {

// Checks an ACS3-HMAC-SHA256 request the way the gateway does (Alibaba Cloud's V3 signature
// documentation): recomputes the signature from the request as it was received, rejects a stale
// date and a replayed nonce. A nonce is only remembered once the signature is good, so a forged
// request cannot use up someone else's nonce.
class SignatureVerifier
{
public:
    static constexpr int MaxSkewSeconds = 15 * 60;
    static constexpr char FallbackSecret[] = "sandbox-secret";

    // With no key added, any AccessKey ID is accepted and FallbackSecret is its secret.
    void addAccessKey(const QString &accessKeyId, const QString &accessKeySecret);

    // STS triples the sandbox issued are accepted too, with their token, until they expire.
    void setTemporaryKeys(const TemporaryKeys *keys) { m_temporaryKeys = keys; }

    // The error reply, or nothing when the request is properly signed.
    std::optional<ApiReply> verify(const api::SignInput &received, const QDateTime &now);

    // The secret to check a signature with: a long-lived key's, or an issued STS key's when
    // `securityToken` is its token and it has not expired. Otherwise the error the service sends.
    std::variant<QString, ApiReply> secretFor(const QString &accessKeyId,
                                              const std::optional<QString> &securityToken,
                                              const QDateTime &now) const;
    // Remembers a nonce of a well-signed request; false when it was used already.
    bool useNonce(const QByteArray &nonce, const QDateTime &now);

private:
    void forgetExpiredNonces(const QDateTime &now);

    QHash<QString, QString> m_secrets;
    const TemporaryKeys *m_temporaryKeys = nullptr;
    QHash<QByteArray, QDateTime> m_nonceExpiry;
    int m_insertsSincePrune = 0;
};

} // namespace sandbox
