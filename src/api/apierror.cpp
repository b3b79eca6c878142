#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace api {

namespace {

QString firstString(const QJsonObject &object, std::initializer_list<QString> keys)
{
    for (const QString &key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if (value.isDouble()) // some gateways send numeric codes as numbers
            return QString::number(value.toInteger());
    }
    return {};
}

} // namespace

ApiError ApiError::network(const QString &message)
{
    ApiError error;
    error.kind = Kind::Network;
    error.message = message;
    return error;
}

ApiError ApiError::timeout(const QString &message)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = message;
    return error;
}

ApiError ApiError::canceled()
{
    ApiError error;
    error.kind = Kind::Canceled;
    error.message = tr("The request was canceled.");
    return error;
}

ApiError ApiError::fromSslErrors(const QString &host, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        // The same reason often comes once per certificate of the chain.
        if (!reasons.contains(error.errorString()))
            reasons.append(error.errorString());
    }
    ApiError error;
    error.kind = Kind::Certificate;
    error.message =
        tr("The certificate of %1 is not trusted: %2. If your network inspects TLS through a "
           "proxy, add its CA certificate to the profile (CA certificates file) or pass "
           "--ca-file.")
            .arg(host, reasons.join(u"; "_s));
    return error;
}

ApiError ApiError::malformed(const QString &message, int httpStatus, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::MalformedResponse;
    error.httpStatus = httpStatus;
    error.message = message;
    error.requestId = requestId;
    return error;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &body,
                                    const QByteArray &requestIdHeader)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromUtf8(requestIdHeader);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        error.code = firstString(object, {u"Code"_s, u"code"_s});
        error.message = firstString(object, {u"Message"_s, u"message"_s});
        const QString requestId =
            firstString(object, {u"RequestId"_s, u"requestId"_s, u"requestid"_s});
        if (!requestId.isEmpty())
            error.requestId = requestId;
        if (!error.code.isEmpty())
            error.kind = Kind::Api;
    }
    if (error.message.isEmpty())
        error.message = tr("The server answered with HTTP status %1.").arg(httpStatus);
    return error;
}

ApiError ApiError::credentials(const QString &message)
{
    ApiError error;
    error.kind = Kind::Credentials;
    error.message = message;
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return tr("Network error");
    case Kind::Certificate:
        return tr("Certificate error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Canceled:
        return tr("Canceled");
    case Kind::Http:
        return tr("HTTP error");
    case Kind::Api:
        return tr("Service error");
    case Kind::MalformedResponse:
        return tr("Unexpected reply");
    case Kind::Credentials:
        return tr("Credentials error");
    }
    return {};
}

QString ApiError::userText() const
{
    QString text = kindName(kind) + u": "_s + message;
    if (httpStatus > 0)
        text += u'\n' + tr("HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        text += u'\n' + tr("Code: %1").arg(code);
    if (!requestId.isEmpty())
        text += u'\n' + tr("RequestId: %1").arg(requestId);
    return text;
}

bool ApiError::provesNotApplied() const
{
    if (kind == Kind::Credentials)
        return true; // the request was never signed, so never sent
    if (kind != Kind::Api && kind != Kind::Http)
        return false;
    if (isThrottling() || isServiceUnavailable())
        return true;
    return httpStatus >= 400 && httpStatus <= 499;
}

bool ApiError::isNotFound() const
{
    static const QStringList notFoundCodes = {u"201900002"_s, u"201900003"_s, u"100400008"_s,
                                              u"100700008"_s, u"100400027"_s};
    return (kind == Kind::Api || kind == Kind::Http) &&
           (httpStatus == 404 || notFoundCodes.contains(code));
}

bool ApiError::isThrottling() const
{
    return kind == Kind::Api &&
           (code.startsWith(u"Throttling"_s) || code == u"Rejected.Throttling"_s);
}

bool ApiError::isServiceUnavailable() const
{
    return (kind == Kind::Api || kind == Kind::Http) &&
           (httpStatus == 503 || code == u"ServiceUnavailable"_s);
}

} // namespace api
