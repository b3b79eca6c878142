#include "sandbox/stsservice.h"

#include "api/rpcsigner.h"
#include "api/signer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

std::optional<QString> valueOf(const api::QueryItems &parameters, const QString &name)
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

api::QueryItems parametersOf(const QByteArray &rawQuery, const QByteArray &body)
{
    return api::Acs3::parseQuery(rawQuery) + api::Acs3::parseQuery(body);
}

ApiReply notAuthorized()
{
    return ApiReply::error(403, u"NoPermission"_s,
                           u"You are not authorized to do this action. You should be authorized "
                           u"by RAM."_s);
}

// The exp claim of a JWT, or nothing when the token is not one.
std::optional<qint64> jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (!document.isObject() || !document.object().value(u"exp"_s).isDouble())
        return std::nullopt;
    return qint64(document.object().value(u"exp"_s).toDouble());
}

} // namespace

StsService::StsService(SignatureVerifier &verifier, TemporaryKeys &keys)
    : m_verifier(verifier)
    , m_keys(keys)
{}

QString StsService::actionOf(const QByteArray &rawQuery, const QByteArray &body)
{
    return valueOf(parametersOf(rawQuery, body), u"Action"_s).value_or(QString()).left(64);
}

ApiReply StsService::handle(const QByteArray &method, const QByteArray &rawQuery,
                            const QByteArray &body, const QDateTime &now)
{
    const api::QueryItems parameters = parametersOf(rawQuery, body);
    const QString action = valueOf(parameters, u"Action"_s).value_or(QString());
    if (valueOf(parameters, u"Version"_s) != u"2015-04-01"_s) {
        return ApiReply::error(400, u"InvalidVersion"_s,
                               u"Specified parameter Version is not valid."_s);
    }
    if (action == u"AssumeRole"_s)
        return assumeRole(parameters, method, now);
    if (action == u"AssumeRoleWithOIDC"_s)
        return assumeRoleWithOidc(parameters, now);
    return ApiReply::error(404, u"InvalidAction.NotFound"_s,
                           u"Specified api is not found, please check your url and method."_s);
}

std::optional<ApiReply> StsService::checkRole(const api::QueryItems &parameters, int *seconds) const
{
    const QString roleArn = valueOf(parameters, u"RoleArn"_s).value_or(QString());
    if (roleArn.isEmpty())
        return ApiReply::missingParameter(u"RoleArn"_s);
    static const QRegularExpression arnPattern(u"^acs:ram::[0-9*]+:role/[A-Za-z0-9._-]+$"_s);
    if (!arnPattern.match(roleArn).hasMatch())
        return ApiReply::invalidParameter(u"RoleArn"_s, u"acs:ram::<account-id>:role/<name>"_s);
    const QString session = valueOf(parameters, u"RoleSessionName"_s).value_or(QString());
    if (session.isEmpty())
        return ApiReply::missingParameter(u"RoleSessionName"_s);
    static const QRegularExpression sessionPattern(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
    if (!sessionPattern.match(session).hasMatch()) {
        return ApiReply::invalidParameter(u"RoleSessionName"_s,
                                          u"2 to 64 letters, digits and . @ - _"_s);
    }
    *seconds = 3600;
    if (const std::optional<QString> duration = valueOf(parameters, u"DurationSeconds"_s)) {
        bool ok = false;
        *seconds = duration->toInt(&ok);
        if (!ok || *seconds < MinDurationSeconds || *seconds > MaxDurationSeconds) {
            return ApiReply::error(400, u"InvalidParameter.DurationSeconds"_s,
                                   u"The parameter DurationSeconds must be between 900 and "
                                   u"43200 seconds."_s);
        }
    }
    if (const std::optional<QString> policy = valueOf(parameters, u"Policy"_s)) {
        if (policy->isEmpty() || policy->size() > 2048 ||
            !QJsonDocument::fromJson(policy->toUtf8()).isObject()) {
            return ApiReply::invalidParameter(u"Policy"_s, u"a JSON policy of 1 to 2048 "
                                                           u"characters"_s);
        }
    }
    if (!m_roles.contains(roleArn))
        return notAuthorized();
    return std::nullopt;
}

ApiReply StsService::assumeRole(const api::QueryItems &parameters, const QByteArray &method,
                                const QDateTime &now)
{
    for (const char *required : {"AccessKeyId", "Signature", "SignatureNonce", "Timestamp"}) {
        if (!valueOf(parameters, QString::fromLatin1(required)))
            return ApiReply::missingParameter(QString::fromLatin1(required));
    }
    if (valueOf(parameters, u"SignatureMethod"_s) != QLatin1StringView(api::Rpc::SignatureMethod) ||
        valueOf(parameters, u"SignatureVersion"_s) !=
            QLatin1StringView(api::Rpc::SignatureVersion)) {
        return ApiReply::error(400, u"InvalidParameter.SignatureMethod"_s,
                               u"AssumeRole is signed with HMAC-SHA1, SignatureVersion 1.0."_s);
    }
    const QString timestamp = *valueOf(parameters, u"Timestamp"_s);
    QDateTime when = QDateTime::fromString(timestamp, u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    if (!when.isValid()) {
        return ApiReply::error(400, u"InvalidTimeStamp.Format"_s,
                               u"Specified time stamp or date value is not well formatted."_s);
    }
    when = QDateTime(when.date(), when.time(), QTimeZone::utc());
    if (std::abs(when.secsTo(now)) > SignatureVerifier::MaxSkewSeconds) {
        return ApiReply::error(400, u"InvalidTimeStamp.Expired"_s,
                               u"Specified time stamp or date value is expired."_s);
    }
    const std::variant<QString, ApiReply> secret = m_verifier.secretFor(
        *valueOf(parameters, u"AccessKeyId"_s), valueOf(parameters, u"SecurityToken"_s), now);
    if (const ApiReply *refused = std::get_if<ApiReply>(&secret))
        return *refused;
    const QByteArray expected =
        api::Rpc::signature(std::get<QString>(secret), api::Rpc::stringToSign(method, parameters));
    if (expected != valueOf(parameters, u"Signature"_s)->toLatin1()) {
        return ApiReply::error(400, u"SignatureDoesNotMatch"_s,
                               u"Specified signature is not matched with our calculation."_s);
    }
    if (!m_verifier.useNonce(valueOf(parameters, u"SignatureNonce"_s)->toUtf8(), now)) {
        return ApiReply::error(400, u"SignatureNonceUsed"_s,
                               u"Specified signature nonce was used already."_s);
    }
    if (const std::optional<QString> externalId = valueOf(parameters, u"ExternalId"_s)) {
        static const QRegularExpression pattern(u"^[\\w+=,.@:/-]{2,1224}$"_s);
        if (!pattern.match(*externalId).hasMatch())
            return ApiReply::invalidParameter(u"ExternalId"_s, u"2 to 1224 of [\\w+=,.@:/-]"_s);
    }
    int seconds = 0;
    if (std::optional<ApiReply> refused = checkRole(parameters, &seconds))
        return *refused;
    return issue(*valueOf(parameters, u"RoleArn"_s), *valueOf(parameters, u"RoleSessionName"_s),
                 seconds, now);
}

ApiReply StsService::assumeRoleWithOidc(const api::QueryItems &parameters, const QDateTime &now)
{
    for (const char *required : {"OIDCProviderArn", "OIDCToken"}) {
        if (!valueOf(parameters, QString::fromLatin1(required)))
            return ApiReply::missingParameter(QString::fromLatin1(required));
    }
    static const QRegularExpression providerPattern(
        u"^acs:ram::[0-9*]+:oidc-provider/[A-Za-z0-9._-]+$"_s);
    if (!providerPattern.match(*valueOf(parameters, u"OIDCProviderArn"_s)).hasMatch()) {
        return ApiReply::invalidParameter(u"OIDCProviderArn"_s,
                                          u"acs:ram::<account-id>:oidc-provider/<name>"_s);
    }
    const QString token = *valueOf(parameters, u"OIDCToken"_s);
    const std::optional<qint64> expiry = jwtExpiry(token);
    if (token.size() < 4 || token.size() > 20000 || !expiry) {
        return ApiReply::error(400, u"InvalidParameter.OIDCToken"_s,
                               u"The OIDC token is not a well-formed JWT."_s);
    }
    if (*expiry <= now.toSecsSinceEpoch()) {
        return ApiReply::error(400, u"AuthenticationFail.OIDCToken.Expired"_s,
                               u"The OIDC token has expired."_s);
    }
    int seconds = 0;
    if (std::optional<ApiReply> refused = checkRole(parameters, &seconds))
        return *refused;
    const QString tokenExpiry =
        QDateTime::fromSecsSinceEpoch(*expiry, QTimeZone::utc()).toString(Qt::ISODate);
    QJsonObject extra;
    extra.insert(u"OIDCTokenInfo"_s, QJsonObject{{u"ExpirationTime"_s, tokenExpiry}});
    return issue(*valueOf(parameters, u"RoleArn"_s), *valueOf(parameters, u"RoleSessionName"_s),
                 seconds, now, extra);
}

ApiReply StsService::issue(const QString &roleArn, const QString &sessionName, int seconds,
                           const QDateTime &now, QJsonObject extra)
{
    const IssuedKey key =
        m_keys.issue(roleArn, m_issuedSeconds > 0 ? m_issuedSeconds : seconds, now);
    QJsonObject fields = std::move(extra);
    fields.insert(u"AssumedRoleUser"_s,
                  QJsonObject{{u"Arn"_s, roleArn + u'/' + sessionName},
                              {u"AssumedRoleId"_s, u"300000000000000:"_s + sessionName}});
    fields.insert(u"Credentials"_s,
                  QJsonObject{{u"AccessKeyId"_s, key.accessKeyId},
                              {u"AccessKeySecret"_s, key.accessKeySecret},
                              {u"SecurityToken"_s, key.securityToken},
                              {u"Expiration"_s, api::Rpc::formatTimestamp(key.expiration)}});
    return ApiReply::success(fields);
}

} // namespace sandbox
