#include "cli/commands/signcommand.h"

#include "api/signer.h"
#include "cli/commandcontext.h"
#include "cli/output.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

QString SignCommand::summary() const
{
    return tr("Sign a request described in a JSON file and print the signature parts.");
}

int SignCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signs the request in FILE with ACS3-HMAC-SHA256 and prints canonicalRequest, "
           "stringToSign, authorization and headersToSend as JSON.\nFILE is a JSON object with "
           "method, pathname (already percent-encoded), query (names to decoded values), headers, "
           "body, accessKeyId, accessKeySecret and optionally securityToken. The x-acs-date and "
           "x-acs-signature-nonce headers, when given, are used as they are."));
    const QCommandLineOption requestOption(u"request"_s, tr("The request description."),
                                           tr("FILE"));
    parser.addOption(requestOption);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, tr("--request FILE"), context))
        return *exit;
    if (!parser.isSet(requestOption))
        return context.usageError(tr("--request: a request file is required."));

    const QString path = parser.value(requestOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.usageError(
            tr("--request: cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return context.usageError(
            tr("--request: %1 is not a JSON object (%2)").arg(path, parseError.errorString()));
    }
    QJsonObject input = document.object();
    // A whole test vector works too: its "input" is the request.
    if (input.value(u"input"_s).isObject())
        input = input.value(u"input"_s).toObject();

    for (const QString &required :
         {u"method"_s, u"pathname"_s, u"accessKeyId"_s, u"accessKeySecret"_s}) {
        if (!input.value(required).isString() || input.value(required).toString().isEmpty())
            return context.usageError(tr("--request: %1 must be a non-empty string").arg(required));
    }
    for (const QString &objectField : {u"query"_s, u"headers"_s}) {
        const QJsonValue value = input.value(objectField);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            return context.usageError(tr("--request: %1 must be a JSON object").arg(objectField));
    }

    api::SignInput request;
    request.method = input.value(u"method"_s).toString().toUtf8();
    request.encodedPath = input.value(u"pathname"_s).toString().toUtf8();
    request.body = input.value(u"body"_s).toString().toUtf8();
    const QJsonObject query = input.value(u"query"_s).toObject();
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        if (!it.value().isString())
            return context.usageError(tr("--request: query.%1 must be a string").arg(it.key()));
        request.query.append({it.key(), it.value().toString()});
    }
    QDateTime date = QDateTime::currentDateTimeUtc();
    QByteArray nonce = api::Acs3::newNonce();
    const QJsonObject headers = input.value(u"headers"_s).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (!it.value().isString())
            return context.usageError(tr("--request: headers.%1 must be a string").arg(it.key()));
        const QString lower = it.key().toLower();
        if (lower == u"x-acs-date"_s) {
            date = QDateTime::fromString(it.value().toString(), Qt::ISODate);
            if (!date.isValid()) {
                return context.usageError(
                    tr("--request: headers.x-acs-date must look like 2024-05-01T12:00:00Z"));
            }
        } else if (lower == u"x-acs-signature-nonce"_s) {
            nonce = it.value().toString().toUtf8();
        }
        request.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }

    const api::Credentials credentials{input.value(u"accessKeyId"_s).toString(),
                                       input.value(u"accessKeySecret"_s).toString(),
                                       input.value(u"securityToken"_s).toString()};
    const api::Signature signature = api::Acs3::sign(request, credentials, date, nonce);

    QJsonObject headersToSend;
    for (const auto &[name, value] : signature.headersToSend)
        headersToSend.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    Output::json(context.out(),
                 {{u"canonicalRequest"_s, QString::fromUtf8(signature.canonicalRequest)},
                  {u"stringToSign"_s, QString::fromUtf8(signature.stringToSign)},
                  {u"authorization"_s, QString::fromUtf8(signature.authorization)},
                  {u"headersToSend"_s, headersToSend}});
    return Success;
}

} // namespace cli
