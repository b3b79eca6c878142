#include "sandbox/signatureverifier.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

std::optional<QByteArray> headerValue(const api::HeaderList &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value.trimmed();
    }
    return std::nullopt;
}

bool mustBeSigned(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

ApiReply incomplete(const QString &detail)
{
    return ApiReply::error(
        400, u"IncompleteSignature"_s,
        u"The request signature does not conform to Aliyun standards. %1"_s.arg(detail));
}

} // namespace

void SignatureVerifier::addAccessKey(const QString &accessKeyId, const QString &accessKeySecret)
{
    m_secrets.insert(accessKeyId, accessKeySecret);
}

std::variant<QString, ApiReply>
SignatureVerifier::secretFor(const QString &accessKeyId,
                             const std::optional<QString> &securityToken,
                             const QDateTime &now) const
{
    // An issued triple first; an "STS." key added with addAccessKey() stays a plain key.
    const IssuedKey *issued = m_temporaryKeys ? m_temporaryKeys->find(accessKeyId) : nullptr;
    if (issued) {
        if (!securityToken || *securityToken != issued->securityToken) {
            return ApiReply::error(400, u"InvalidSecurityToken.MismatchWithAccessKey"_s,
                                   u"Specified SecurityToken mismatch with the AccessKey."_s);
        }
        if (issued->expiration <= now) {
            return ApiReply::error(400, u"InvalidSecurityToken.Expired"_s,
                                   u"Specified SecurityToken is expired."_s);
        }
        return issued->accessKeySecret;
    }
    if (m_secrets.isEmpty())
        return QString::fromLatin1(FallbackSecret);
    const auto it = m_secrets.constFind(accessKeyId);
    if (it == m_secrets.cend()) {
        return ApiReply::error(404, u"InvalidAccessKeyId.NotFound"_s,
                               u"Specified access key is not found."_s);
    }
    return *it;
}

bool SignatureVerifier::useNonce(const QByteArray &nonce, const QDateTime &now)
{
    forgetExpiredNonces(now);
    const auto seen = m_nonceExpiry.constFind(nonce);
    if (seen != m_nonceExpiry.cend() && *seen > now)
        return false;
    // A request dated up to 15 minutes ahead stays valid for 30 minutes from now.
    m_nonceExpiry.insert(nonce, now.addSecs(2 * MaxSkewSeconds));
    return true;
}

std::optional<ApiReply> SignatureVerifier::verify(const api::SignInput &received,
                                                  const QDateTime &now)
{
    const std::optional<QByteArray> authorization = headerValue(received.headers, "authorization");
    if (!authorization)
        return incomplete(u"The Authorization header is missing."_s);
    const auto parts = api::Acs3::parseAuthorization(*authorization);
    if (!parts)
        return incomplete(u"The Authorization header is not a complete %1 header."_s.arg(
            QLatin1StringView(api::Acs3::Algorithm)));
    if (parts->algorithm != api::Acs3::Algorithm) {
        return incomplete(u"The signature algorithm %1 is not supported."_s.arg(
            QString::fromLatin1(parts->algorithm)));
    }

    QByteArrayList signedHeaders;
    for (const QByteArray &name : parts->signedHeaders)
        signedHeaders.append(name.toLower());
    for (const QByteArray &required :
         {"host"_ba, "x-acs-date"_ba, "x-acs-signature-nonce"_ba, "x-acs-content-sha256"_ba}) {
        if (!headerValue(received.headers, required)) {
            return incomplete(
                u"The required header %1 is missing."_s.arg(QString::fromLatin1(required)));
        }
        if (!signedHeaders.contains(required)) {
            return incomplete(u"The header %1 must be listed in SignedHeaders."_s.arg(
                QString::fromLatin1(required)));
        }
    }
    for (const auto &[name, value] : received.headers) {
        const QByteArray lower = name.toLower();
        if (mustBeSigned(lower) && !signedHeaders.contains(lower)) {
            return incomplete(u"The header %1 must be listed in SignedHeaders."_s.arg(
                QString::fromLatin1(lower)));
        }
    }

    const std::optional<QByteArray> token = headerValue(received.headers, "x-acs-security-token");
    const std::variant<QString, ApiReply> found =
        secretFor(parts->accessKeyId,
                  token ? std::optional<QString>(QString::fromUtf8(*token)) : std::nullopt, now);
    if (const ApiReply *refused = std::get_if<ApiReply>(&found))
        return *refused;
    const QString secret = std::get<QString>(found);

    const QByteArray dateText = *headerValue(received.headers, "x-acs-date");
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(dateText), Qt::ISODate);
    if (!date.isValid() || !dateText.endsWith('Z')) {
        return ApiReply::error(
            400, u"InvalidTimeStamp.Format"_s,
            u"Specified time stamp or date value is not well formatted: x-acs-date "
            u"must look like 2024-05-01T12:00:00Z (UTC)."_s);
    }
    if (std::abs(date.secsTo(now)) > MaxSkewSeconds) {
        return ApiReply::error(
            400, u"InvalidTimeStamp.Expired"_s,
            u"Specified time stamp or date value is expired: x-acs-date is %1, "
            u"the server time is %2."_s.arg(QString::fromLatin1(dateText),
                                            QString::fromLatin1(api::Acs3::formatDate(now))));
    }

    const api::Signature expected =
        api::Acs3::recompute(received, parts->signedHeaders, parts->accessKeyId, secret);
    const QString serverView = u"server StringToSign is [%1] server CanonicalRequest is [%2]"_s.arg(
        QString::fromUtf8(expected.stringToSign), QString::fromUtf8(expected.canonicalRequest));
    // The canonical request hashes the body as received, so a changed body fails below anyway;
    // this check names the cause when only the header disagrees with the body.
    if (*headerValue(received.headers, "x-acs-content-sha256") != expected.hashedPayload) {
        return ApiReply::error(400, u"SignatureDoesNotMatch"_s,
                               u"The x-acs-content-sha256 header does not match the SHA-256 of the "
                               u"request body. %1"_s.arg(serverView));
    }
    if (!constantTimeEquals(expected.signature, parts->signature)) {
        return ApiReply::error(
            400, u"SignatureDoesNotMatch"_s,
            u"Specified signature does not match our calculation. %1"_s.arg(serverView));
    }

    const QByteArray nonce = *headerValue(received.headers, "x-acs-signature-nonce");
    if (!useNonce(nonce, now)) {
        return ApiReply::error(400, u"SignatureNonceUsed"_s,
                               u"Specified signature nonce was used already."_s);
    }
    return std::nullopt;
}

void SignatureVerifier::forgetExpiredNonces(const QDateTime &now)
{
    if (++m_insertsSincePrune < 1024)
        return;
    m_insertsSincePrune = 0;
    m_nonceExpiry.removeIf([&](const auto &entry) { return entry.value() <= now; });
}

} // namespace sandbox
