// The ACS3 signer's canonicalisation (api/signer.h), both ways round.
//
// Raw input (odd selector): the server-side parsers, parseQuery and parseAuthorization, on bytes
// as they arrive. Structured input (even selector): a request built from the fuzz data is
// signed, then checked the way a gateway would: the query survives encoding and decoding, the
// Authorization header parses back to what was signed, and recomputing the signature from the
// headers as sent gives the same bytes.

#include "api/signer.h"
#include "fuzzsupport.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace api;

namespace {

bool isValidUtf16(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

QueryItems sortedQuery(QueryItems items)
{
    std::sort(items.begin(), items.end());
    return items;
}

QString describe(const QueryItems &items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        parts.append(u"[%1]=[%2]"_s.arg(name, value));
    return parts.join(u' ');
}

QByteArray headerName(FuzzedDataProvider &data)
{
    static constexpr const char *Known[] = {"host",
                                            "Host",
                                            "content-type",
                                            "x-acs-action",
                                            "x-acs-version",
                                            "X-Acs-Date",
                                            "x-acs-signature-nonce",
                                            "authorization",
                                            "x-acs-security-token",
                                            "accept"};
    if (data.ConsumeBool())
        return QByteArray(Known[data.ConsumeIntegralInRange<std::size_t>(0, std::size(Known) - 1)]);
    // A token as HTTP allows it (RFC 9110): the signer is never handed anything else.
    QByteArray name = "x-acs-"_ba;
    const std::size_t length = data.ConsumeIntegralInRange<std::size_t>(0, 12);
    for (std::size_t i = 0; i < length; ++i) {
        static constexpr char Token[] = "abcXYZ019-_.!#$%&'*+^`|~";
        name.append(Token[data.ConsumeIntegralInRange<std::size_t>(0, sizeof(Token) - 2)]);
    }
    return name;
}

void raw(const QByteArray &bytes)
{
    const QueryItems query = Acs3::parseQuery(bytes);
    (void)Acs3::canonicalQueryString(query);
    if (const auto parts = Acs3::parseAuthorization(bytes)) {
        FUZZ_CHECK(!parts->accessKeyId.isEmpty() && !parts->signature.isEmpty(),
                   QString::fromLatin1(bytes.toHex()));
        FUZZ_CHECK(!parts->signedHeaders.contains(QByteArray()),
                   QString::fromLatin1(bytes.toHex()));
    }
}

void structured(FuzzedDataProvider &data)
{
    SignInput input;
    static constexpr const char *Methods[] = {"GET", "POST", "PUT", "DELETE"};
    input.method = Methods[data.ConsumeIntegralInRange<std::size_t>(0, std::size(Methods) - 1)];
    input.encodedPath =
        "/api/v1/models/"_ba + Acs3::percentEncode(fuzzsupport::consumeString(data, 16));
    const std::size_t queryItems = data.ConsumeIntegralInRange<std::size_t>(0, 6);
    for (std::size_t i = 0; i < queryItems; ++i) {
        const QString name = fuzzsupport::consumeString(data, 12);
        input.query.append({name, fuzzsupport::consumeString(data, 24)});
    }
    const std::size_t headers = data.ConsumeIntegralInRange<std::size_t>(0, 5);
    for (std::size_t i = 0; i < headers; ++i) {
        QByteArray value = fuzzsupport::consumeString(data, 24).toUtf8();
        // Line breaks cannot travel in a header field; the rest of the bytes can.
        value.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
        input.headers.append({headerName(data), value});
    }
    Credentials credentials;
    credentials.accessKeyId = u"LTAI"_s + QString::number(data.ConsumeIntegral<quint32>());
    credentials.accessKeySecret = fuzzsupport::consumeString(data, 32);
    if (credentials.accessKeySecret.isEmpty())
        credentials.accessKeySecret = u"secret"_s;
    if (data.ConsumeBool())
        credentials.securityToken = u"sts-"_s + QString::number(data.ConsumeIntegral<quint64>());
    input.body = QByteArray::fromStdString(data.ConsumeRemainingBytesAsString());

    // The query as it goes on the wire decodes back to the items that were signed.
    bool queryValid = true;
    for (const auto &[name, value] : std::as_const(input.query))
        queryValid = queryValid && isValidUtf16(name) && isValidUtf16(value);
    if (queryValid) {
        const QueryItems decoded = Acs3::parseQuery(Acs3::canonicalQueryString(input.query));
        FUZZ_CHECK(sortedQuery(decoded) == sortedQuery(input.query),
                   describe(input.query) + u" -> "_s + describe(decoded));
    }

    const QDateTime date(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    const Signature signature = Acs3::sign(input, credentials, date, "0123456789abcdef"_ba);
    FUZZ_CHECK(signature.authorization.startsWith(Acs3::Algorithm),
               QString::fromLatin1(signature.authorization));

    QByteArray authorization;
    for (const auto &[name, value] : std::as_const(signature.headersToSend)) {
        if (name.toLower() == "authorization")
            authorization = value;
    }
    FUZZ_CHECK(authorization == signature.authorization, QString::fromLatin1(authorization));

    const auto parts = Acs3::parseAuthorization(authorization);
    FUZZ_CHECK(parts.has_value(), QString::fromLatin1(authorization));
    FUZZ_CHECK(parts->accessKeyId == credentials.accessKeyId, parts->accessKeyId);
    FUZZ_CHECK(parts->signature == signature.signature, QString::fromLatin1(parts->signature));
    FUZZ_CHECK(parts->signedHeaders.join(';') == signature.signedHeaders,
               QString::fromLatin1(signature.signedHeaders));

    SignInput received = input;
    received.headers = signature.headersToSend;
    const Signature again = Acs3::recompute(received, parts->signedHeaders, credentials.accessKeyId,
                                            credentials.accessKeySecret);
    FUZZ_CHECK(again.canonicalRequest == signature.canonicalRequest,
               QString::fromUtf8(signature.canonicalRequest + "\n---\n" + again.canonicalRequest));
    FUZZ_CHECK(again.signature == signature.signature, QString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    if (bytes[0] % 2 == 1) {
        raw(QByteArray(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1)));
        return 0;
    }
    FuzzedDataProvider data(bytes + 1, size - 1);
    structured(data);
    return 0;
}
