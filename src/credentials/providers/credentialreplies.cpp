#include "credentials/providers/credentialreplies.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::CredentialReplies", text);
}

std::optional<QJsonObject> objectOf(const QByteArray &body, QString &error)
{
    if (body.size() > CredentialReplies::MaxReplyBytes) {
        error = tr("The reply is too large.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = tr("The reply is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

QString stringField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// The four fields every STS-shaped reply carries, under the given names.
ParsedCredentials tripleFrom(const QJsonObject &object, const QString &idKey,
                             const QString &secretKey, const QString &tokenKey,
                             const QString &expirationKey, bool expirationRequired)
{
    ParsedCredentials parsed;
    TemporaryCredentials result;
    result.credentials.accessKeyId = stringField(object, idKey);
    result.credentials.accessKeySecret = stringField(object, secretKey);
    result.credentials.securityToken = stringField(object, tokenKey);
    const QString expiration = stringField(object, expirationKey);
    if (!result.credentials.isComplete()) {
        parsed.error = tr("The reply has no %1 or %2.").arg(idKey, secretKey);
        return parsed;
    }
    if (!tokenKey.isEmpty() && result.credentials.securityToken.isEmpty()) {
        parsed.error = tr("The reply has no %1.").arg(tokenKey);
        return parsed;
    }
    if (!expiration.isEmpty()) {
        result.expiration = CredentialReplies::parseExpiration(expiration);
        if (!result.expiration.isValid()) {
            parsed.error =
                tr("The reply's %1 is not a UTC time: %2").arg(expirationKey, expiration);
            return parsed;
        }
    } else if (expirationRequired) {
        parsed.error = tr("The reply has no %1.").arg(expirationKey);
        return parsed;
    }
    parsed.credentials = result;
    return parsed;
}

} // namespace

QDateTime CredentialReplies::parseExpiration(const QString &text)
{
    if (text.size() > 64)
        return {};
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    if (time.isValid())
        return QDateTime(time.date(), time.time(), QTimeZone::utc());
    time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without a zone the time would be local: refuse rather than guess.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

ParsedCredentials CredentialReplies::parseSts(const QByteArray &body)
{
    ParsedCredentials parsed;
    const std::optional<QJsonObject> object = objectOf(body, parsed.error);
    if (!object)
        return parsed;
    parsed.requestId = stringField(*object, u"RequestId"_s);
    parsed.code = stringField(*object, u"Code"_s);
    const QJsonValue credentialsValue = object->value(u"Credentials"_s);
    if (!credentialsValue.isObject()) {
        parsed.error = parsed.code.isEmpty() ? tr("The reply has no Credentials.")
                                             : stringField(*object, u"Message"_s);
        if (parsed.error.isEmpty())
            parsed.error = tr("The service refused the request.");
        return parsed;
    }
    ParsedCredentials triple =
        tripleFrom(credentialsValue.toObject(), u"AccessKeyId"_s, u"AccessKeySecret"_s,
                   u"SecurityToken"_s, u"Expiration"_s, true);
    triple.requestId = parsed.requestId;
    triple.code = parsed.code;
    if (triple.credentials) {
        const QJsonObject user = object->value(u"AssumedRoleUser"_s).toObject();
        triple.credentials->identity = stringField(user, u"Arn"_s);
    }
    return triple;
}

ParsedCredentials CredentialReplies::parseMetadata(const QByteArray &body)
{
    ParsedCredentials parsed;
    const std::optional<QJsonObject> object = objectOf(body, parsed.error);
    if (!object)
        return parsed;
    parsed.code = stringField(*object, u"Code"_s);
    if (parsed.code != u"Success"_s) {
        parsed.error = tr("The metadata service answered Code \"%1\" instead of Success.")
                           .arg(parsed.code.left(100));
        return parsed;
    }
    ParsedCredentials triple = tripleFrom(*object, u"AccessKeyId"_s, u"AccessKeySecret"_s,
                                          u"SecurityToken"_s, u"Expiration"_s, true);
    triple.code = parsed.code;
    return triple;
}

ParsedCredentials CredentialReplies::parseCredentialsUri(const QByteArray &body)
{
    ParsedCredentials parsed;
    const std::optional<QJsonObject> object = objectOf(body, parsed.error);
    if (!object)
        return parsed;
    parsed.code = stringField(*object, u"Code"_s);
    if (object->contains(u"Code"_s) && parsed.code != u"Success"_s) {
        parsed.error =
            tr("The URI answered Code \"%1\" instead of Success.").arg(parsed.code.left(100));
        return parsed;
    }
    ParsedCredentials triple = tripleFrom(*object, u"AccessKeyId"_s, u"AccessKeySecret"_s,
                                          u"SecurityToken"_s, u"Expiration"_s, true);
    triple.code = parsed.code;
    return triple;
}

ParsedCredentials CredentialReplies::parseExternal(const QByteArray &body)
{
    ParsedCredentials parsed;
    const std::optional<QJsonObject> object = objectOf(body, parsed.error);
    if (!object)
        return parsed;
    const QString mode = stringField(*object, u"mode"_s);
    if (mode == u"AK"_s) {
        return tripleFrom(*object, u"access_key_id"_s, u"access_key_secret"_s, QString(),
                          u"expiration"_s, false);
    }
    if (mode == u"StsToken"_s) {
        return tripleFrom(*object, u"access_key_id"_s, u"access_key_secret"_s, u"sts_token"_s,
                          u"expiration"_s, false);
    }
    parsed.error = tr("The process printed mode \"%1\"; only AK and StsToken are accepted.")
                       .arg(mode.left(100));
    return parsed;
}

} // namespace credentials
