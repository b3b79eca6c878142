#include "api/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace api::Acs3 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Only these names take part in the signature (the V3 signature documentation); the rest travel
// unsigned.
bool isSignable(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

struct CanonicalHeaders
{
    QByteArray block; // "name:value\n" lines
    QByteArray names; // "name;name"
};

// `names` must be lower case. Several occurrences of one name are trimmed, sorted and joined with
// ',' (the documented multi-value rule); a name that is absent still yields "name:".
CanonicalHeaders canonicalHeaders(const HeaderList &headers, QByteArrayList names)
{
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    CanonicalHeaders result;
    for (const QByteArray &name : std::as_const(names)) {
        QByteArrayList values;
        for (const auto &[headerName, value] : headers) {
            if (headerName.toLower() == name)
                values.append(value.trimmed());
        }
        std::sort(values.begin(), values.end());
        result.block += name + ':' + values.join(',') + '\n';
    }
    result.names = names.join(';');
    return result;
}

Signature finish(const SignInput &request, const CanonicalHeaders &headers,
                 const QString &accessKeyId, const QString &accessKeySecret)
{
    Signature out;
    out.hashedPayload = sha256Hex(request.body);
    out.signedHeaders = headers.names;
    out.canonicalRequest = request.method + '\n' + request.encodedPath + '\n' +
                           canonicalQueryString(request.query) + '\n' + headers.block + '\n' +
                           headers.names + '\n' + out.hashedPayload;
    out.stringToSign = QByteArray(Algorithm) + '\n' + sha256Hex(out.canonicalRequest);
    out.signature = QMessageAuthenticationCode::hash(out.stringToSign, accessKeySecret.toUtf8(),
                                                     QCryptographicHash::Sha256)
                        .toHex();
    out.authorization = QByteArray(Algorithm) + " Credential=" + accessKeyId.toUtf8() +
                        ",SignedHeaders=" + out.signedHeaders + ",Signature=" + out.signature;
    return out;
}

void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (auto it = headers.begin(); it != headers.end();) {
        if (it->first.toLower() == name) {
            if (replaced) {
                it = headers.erase(it);
                continue;
            }
            it->second = value;
            replaced = true;
        }
        ++it;
    }
    if (!replaced)
        headers.append({name, value});
}

// UTF-8 to text as a gateway decodes a query: a leading U+FEFF belongs to the name or value
// (QString::fromUtf8() would drop it as a byte order mark), and invalid bytes become U+FFFD.
QString decodeUtf8(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

} // namespace

QByteArray percentEncode(const QString &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

QByteArray canonicalQueryString(const QueryItems &query)
{
    // Sorted as the server will see the items once it has decoded the wire bytes: a lone
    // surrogate goes out as '?', and sorting the raw text would then order the items differently
    // on the two sides (SignatureDoesNotMatch; found by fuzz_sandboxrequest).
    QueryItems sorted;
    sorted.reserve(query.size());
    for (const auto &[name, value] : query)
        sorted.append({decodeUtf8(name.toUtf8()), decodeUtf8(value.toUtf8())});
    // Repeated names are ordered by value, as the ROA flavour of the documentation says.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const int byName = QString::compare(a.first, b.first, Qt::CaseSensitive);
        if (byName != 0)
            return byName < 0;
        return QString::compare(a.second, b.second, Qt::CaseSensitive) < 0;
    });
    QByteArrayList parts;
    parts.reserve(sorted.size());
    for (const auto &[name, value] : std::as_const(sorted))
        parts.append(percentEncode(name) + '=' + percentEncode(value));
    return parts.join('&');
}

QueryItems parseQuery(const QByteArray &rawQuery)
{
    QueryItems items;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return decodeUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            items.append({decode(pair), QString()});
        else
            items.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return items;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray formatDate(const QDateTime &dateTime)
{
    return dateTime.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s).toLatin1();
}

QByteArray newNonce()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()),
                      qsizetype(words.size() * sizeof(quint32)))
        .toHex();
}

Signature sign(const SignInput &request, const Credentials &credentials, const QDateTime &date,
               const QByteArray &nonce)
{
    HeaderList headers = request.headers;
    setHeader(headers, "x-acs-date", formatDate(date));
    setHeader(headers, "x-acs-signature-nonce", nonce);
    if (credentials.isSts()) {
        setHeader(headers, "x-acs-accesskey-id", credentials.accessKeyId.toUtf8());
        setHeader(headers, "x-acs-security-token", credentials.securityToken.toUtf8());
    }
    setHeader(headers, "x-acs-content-sha256", sha256Hex(request.body));

    QByteArrayList names;
    for (const auto &header : std::as_const(headers)) {
        const QByteArray lower = header.first.toLower();
        if (isSignable(lower))
            names.append(lower);
    }
    Signature out = finish(request, canonicalHeaders(headers, names), credentials.accessKeyId,
                           credentials.accessKeySecret);
    setHeader(headers, "authorization", out.authorization);
    // setHeader keeps an existing spelling; a fresh Authorization is written the usual way.
    if (headers.constLast().first == "authorization")
        headers.last().first = "Authorization";
    out.headersToSend = headers;
    return out;
}

Signature recompute(const SignInput &received, const QByteArrayList &signedHeaders,
                    const QString &accessKeyId, const QString &accessKeySecret)
{
    QByteArrayList names;
    names.reserve(signedHeaders.size());
    for (const QByteArray &name : signedHeaders)
        names.append(name.trimmed().toLower());
    Signature out =
        finish(received, canonicalHeaders(received.headers, names), accessKeyId, accessKeySecret);
    out.headersToSend = received.headers;
    return out;
}

std::optional<AuthorizationParts> parseAuthorization(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    AuthorizationParts parts;
    parts.algorithm = trimmed.left(space);
    bool haveCredential = false;
    bool haveSignedHeaders = false;
    for (const QByteArray &rawField : trimmed.mid(space + 1).split(',')) {
        const QByteArray field = rawField.trimmed();
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = field.left(eq);
        const QByteArray value = field.mid(eq + 1);
        if (key == "Credential") {
            parts.accessKeyId = QString::fromUtf8(value);
            haveCredential = true;
        } else if (key == "SignedHeaders") {
            parts.signedHeaders = value.split(';');
            haveSignedHeaders = true;
        } else if (key == "Signature") {
            parts.signature = value;
        } else {
            return std::nullopt;
        }
    }
    if (!haveCredential || parts.accessKeyId.isEmpty() || !haveSignedHeaders ||
        parts.signature.isEmpty())
        return std::nullopt;
    parts.signedHeaders.removeAll(QByteArray());
    return parts;
}

} // namespace api::Acs3
