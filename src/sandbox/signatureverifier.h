#pragma once

#include "api/signer.h"
#include "sandbox/apireply.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace sandbox {

// Checks an ACS3-HMAC-SHA256 request the way the gateway does (Alibaba Cloud's V3 signature documentation):
// recomputes the signature from the request as it was received, rejects a stale date and a
// replayed nonce. A nonce is only remembered once the signature is good, so a forged request
// cannot use up someone else's nonce.
class SignatureVerifier
{
public:
    static constexpr int MaxSkewSeconds = 15 * 60;
    static constexpr char FallbackSecret[] = "sandbox-secret";

    // With no key added, any AccessKey ID is accepted and FallbackSecret is its secret.
    void addAccessKey(const QString &accessKeyId, const QString &accessKeySecret);

    // The error reply, or nothing when the request is properly signed.
    std::optional<ApiReply> verify(const api::SignInput &received, const QDateTime &now);

private:
    void forgetExpiredNonces(const QDateTime &now);

    QHash<QString, QString> m_secrets;
    QHash<QByteArray, QDateTime> m_nonceExpiry;
    int m_insertsSincePrune = 0;
};

} // namespace sandbox
