#include "api/signer.h"

#include "pai/civildate.h"

// The hashes come from OpenSSL's libcrypto rather than QCryptographicHash: its SHA-256 uses the
// CPU's SHA extensions, Qt's does not, and the signer hashes three times per request. The
// low-level SHA256_* calls are deprecated in OpenSSL 3 in favour of EVP, but EVP (and the
// one-shot SHA256(), built on it) looks the algorithm up on every call; these calls go straight
// to the same assembly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <QRandomGenerator>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <openssl/sha.h>
#include <optional>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace api::Acs3 {

namespace {

constexpr char LowerHex[] = "0123456789abcdef";
constexpr char UpperHex[] = "0123456789ABCDEF";
constexpr int DigestSize = SHA256_DIGEST_LENGTH;
constexpr int BlockSize = SHA256_CBLOCK;
using Digest = std::array<unsigned char, DigestSize>;

Digest sha256(const char *data, qsizetype size)
{
    Digest digest;
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, data, size_t(size));
    SHA256_Final(digest.data(), &context);
    return digest;
}

// HMAC (RFC 2104) over the same SHA-256; OpenSSL's one-shot HMAC() would look the digest up by
// name on every call, which costs more than the two hashes themselves. The hash states after
// the key's inner and outer pads are kept for the last key used on this thread: a session signs
// every request with the same secret, and that saves two of the five hash blocks per signature.
Digest hmacSha256(const QString &key, const QByteArray &message)
{
    struct KeyedStates
    {
        QString key;
        SHA256_CTX inner;
        SHA256_CTX outer;
    };
    thread_local std::optional<KeyedStates> cached;
    if (!cached || cached->key != key) {
        const QByteArray keyBytes = key.toUtf8();
        std::array<unsigned char, BlockSize> block{};
        if (keyBytes.size() > BlockSize) {
            const Digest hashedKey = sha256(keyBytes.constData(), keyBytes.size());
            std::memcpy(block.data(), hashedKey.data(), hashedKey.size());
        } else {
            std::memcpy(block.data(), keyBytes.constData(), size_t(keyBytes.size()));
        }
        KeyedStates states{key, {}, {}};
        std::array<unsigned char, BlockSize> pad;
        for (size_t i = 0; i < pad.size(); ++i)
            pad[i] = block[i] ^ 0x36;
        SHA256_Init(&states.inner);
        SHA256_Update(&states.inner, pad.data(), pad.size());
        for (size_t i = 0; i < pad.size(); ++i)
            pad[i] = block[i] ^ 0x5c;
        SHA256_Init(&states.outer);
        SHA256_Update(&states.outer, pad.data(), pad.size());
        cached = std::move(states);
    }
    SHA256_CTX context = cached->inner;
    Digest inner;
    SHA256_Update(&context, message.constData(), size_t(message.size()));
    SHA256_Final(inner.data(), &context);
    context = cached->outer;
    Digest outer;
    SHA256_Update(&context, inner.data(), inner.size());
    SHA256_Final(outer.data(), &context);
    return outer;
}

void appendHex(QByteArray &out, const unsigned char *bytes, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size * 2);
    char *write = out.data() + at;
    for (qsizetype i = 0; i < size; ++i) {
        *write++ = LowerHex[bytes[i] >> 4];
        *write++ = LowerHex[bytes[i] & 0x0f];
    }
}

QByteArray hex(const Digest &digest)
{
    QByteArray out;
    out.reserve(DigestSize * 2);
    appendHex(out, digest.data(), DigestSize);
    return out;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

void appendEncodedByte(std::string &out, unsigned char byte)
{
    if (isUnreserved(char(byte))) {
        out.push_back(char(byte));
    } else {
        const char escaped[3] = {'%', UpperHex[byte >> 4], UpperHex[byte & 0x0f]};
        out.append(escaped, 3);
    }
}

// Percent-encodes UTF-16 text as its UTF-8 bytes, straight into `out`, with no UTF-8 copy in
// between. Only for text without surrogates (see hasSurrogates); the caller routes the rest
// through QString::toUtf8(), whose handling of a lone surrogate the server side mirrors.
void appendEncodedBmp(std::string &out, QStringView text)
{
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            appendEncodedByte(out, static_cast<unsigned char>(c));
        } else if (c < 0x800) {
            appendEncodedByte(out, static_cast<unsigned char>(0xc0 | (c >> 6)));
            appendEncodedByte(out, static_cast<unsigned char>(0x80 | (c & 0x3f)));
        } else {
            appendEncodedByte(out, static_cast<unsigned char>(0xe0 | (c >> 12)));
            appendEncodedByte(out, static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3f)));
            appendEncodedByte(out, static_cast<unsigned char>(0x80 | (c & 0x3f)));
        }
    }
}

bool hasSurrogates(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); });
}

void appendEncoded(std::string &out, const QString &text)
{
    if (!hasSurrogates(text)) {
        appendEncodedBmp(out, text);
        return;
    }
    for (const char c : text.toUtf8())
        appendEncodedByte(out, static_cast<unsigned char>(c));
}

// UTF-8 to text as a gateway decodes a query: a leading U+FEFF belongs to the name or value
// (QString::fromUtf8() would drop it as a byte order mark), and invalid bytes become U+FFFD.
QString decodeUtf8(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

// The text as the server will read it back from the wire. Only text with surrogates can differ
// (a lone one goes out as '?'), so everything else is passed through without a copy.
QString asServerReadsIt(const QString &text)
{
    return hasSurrogates(text) ? decodeUtf8(text.toUtf8()) : text;
}

void appendCanonicalQuery(std::string &out, const QueryItems &query)
{
    // Sorted as the server will see the items once it has decoded the wire bytes: a lone
    // surrogate goes out as '?', and sorting the raw text would then order the items differently
    // on the two sides (SignatureDoesNotMatch; found by fuzz_sandboxrequest).
    QueryItems sorted;
    sorted.reserve(query.size());
    for (const auto &[name, value] : query)
        sorted.append({asServerReadsIt(name), asServerReadsIt(value)});
    // Repeated names are ordered by value, as the ROA flavour of the documentation says.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const int byName = QString::compare(a.first, b.first, Qt::CaseSensitive);
        if (byName != 0)
            return byName < 0;
        return QString::compare(a.second, b.second, Qt::CaseSensitive) < 0;
    });
    bool first = true;
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (!first)
            out.push_back('&');
        first = false;
        appendEncoded(out, name);
        out.push_back('=');
        appendEncoded(out, value);
    }
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

QByteArray toByteArray(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Only these names take part in the signature (the V3 signature documentation); the rest travel
// unsigned.
bool isSignable(std::string_view lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.starts_with("x-acs-");
}

// Whitespace as QByteArray::trimmed() sees it.
std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// The headers of one request with their names in lower case (ASCII only, as
// QByteArray::toLower()) and their values trimmed, as views: a name that is lower case already,
// which is nearly all of them, is not copied.
class LoweredHeaders
{
public:
    struct Entry
    {
        std::string_view name;
        std::string_view value;
    };

    explicit LoweredHeaders(const HeaderList &headers)
    {
        m_lowered.reserve(size_t(headers.size()));
        m_entries.reserve(size_t(headers.size()));
        for (const auto &[name, value] : headers) {
            const std::string_view raw = view(name);
            std::string_view lower = raw;
            if (std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
                std::string &copy = m_lowered.emplace_back(raw);
                for (char &c : copy) {
                    if (c >= 'A' && c <= 'Z')
                        c = char(c - 'A' + 'a');
                }
                lower = copy;
            }
            m_entries.push_back({lower, trimmed(view(value))});
        }
    }

    std::vector<Entry> &entries() { return m_entries; }

private:
    std::vector<std::string> m_lowered; // reserved up front, so views into it stay valid
    std::vector<Entry> m_entries;
};

// The canonical header lines for `names` (lower case, any order, repeats allowed) from
// `headers`, and the signed-header list. Several values of one name are sorted and joined with
// ',' (the documented multi-value rule); a name that is absent still yields "name:".
void appendCanonicalHeaders(std::string &block, std::string &nameList,
                            std::vector<std::string_view> names,
                            std::vector<LoweredHeaders::Entry> &headers)
{
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) {
        return a.name != b.name ? a.name < b.name : a.value < b.value;
    });
    auto header = headers.cbegin();
    for (const std::string_view name : names) {
        while (header != headers.cend() && header->name < name)
            ++header;
        block.append(name).push_back(':');
        bool first = true;
        for (; header != headers.cend() && header->name == name; ++header) {
            if (!first)
                block.push_back(',');
            first = false;
            block.append(header->value);
        }
        block.push_back('\n');
        if (!nameList.empty())
            nameList.push_back(';');
        nameList.append(name);
    }
}

Signature finish(const SignInput &request, std::vector<std::string_view> signedNames,
                 std::vector<LoweredHeaders::Entry> &headers, const QString &accessKeyId,
                 const QString &accessKeySecret, const QByteArray &hashedPayload)
{
    // The canonical request is written into one buffer, part after part, with no temporaries.
    thread_local std::string canonical;
    thread_local std::string names;
    canonical.clear();
    names.clear();
    canonical.append(view(request.method)).push_back('\n');
    canonical.append(view(request.encodedPath)).push_back('\n');
    appendCanonicalQuery(canonical, request.query);
    canonical.push_back('\n');
    appendCanonicalHeaders(canonical, names, std::move(signedNames), headers);
    canonical.push_back('\n');
    canonical.append(names).push_back('\n');
    canonical.append(view(hashedPayload));

    Signature out;
    out.hashedPayload = hashedPayload;
    out.signedHeaders = toByteArray(names);
    out.canonicalRequest = toByteArray(canonical);
    out.stringToSign.reserve(qsizetype(sizeof(Algorithm)) + DigestSize * 2);
    out.stringToSign.append(Algorithm).append('\n');
    const Digest canonicalHash = sha256(canonical.data(), qsizetype(canonical.size()));
    appendHex(out.stringToSign, canonicalHash.data(), DigestSize);
    out.signature = hex(hmacSha256(accessKeySecret, out.stringToSign));
    const QByteArray keyId = accessKeyId.toUtf8();
    out.authorization.reserve(qsizetype(sizeof(Algorithm)) + keyId.size() +
                              out.signedHeaders.size() + out.signature.size() + 48);
    out.authorization.append(Algorithm)
        .append(" Credential=")
        .append(keyId)
        .append(",SignedHeaders=")
        .append(out.signedHeaders)
        .append(",Signature=")
        .append(out.signature);
    return out;
}

// `lowerName` is lower case already; ASCII-only folding, as QByteArray::toLower() does.
bool hasName(const QByteArray &name, const QByteArray &lowerName)
{
    if (name.size() != lowerName.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char c = name.at(i);
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerName.at(i))
            return false;
    }
    return true;
}

void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (auto it = headers.begin(); it != headers.end();) {
        if (hasName(it->first, name)) {
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

} // namespace

QByteArray percentEncode(const QString &text)
{
    std::string out;
    out.reserve(size_t(text.size()) * 3);
    appendEncoded(out, text);
    return toByteArray(out);
}

QByteArray canonicalQueryString(const QueryItems &query)
{
    std::string out;
    appendCanonicalQuery(out, query);
    return toByteArray(out);
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
    return hex(sha256(data.constData(), data.size()));
}

QByteArray formatDate(const QDateTime &dateTime)
{
    // Civil date from the Unix day count (pai::civilFromDays): the same text as
    // QDateTime::toString() in UTC, without time zone lookups or a QString on the way.
    if (!dateTime.isValid())
        return {};
    const qint64 seconds = dateTime.toSecsSinceEpoch();
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const auto [year, month, day] = pai::civilFromDays(days);
    if (year < 0 || year > 9999) // outside what four digits hold; let Qt spell it
        return dateTime.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s).toLatin1();
    char text[21];
    const auto put2 = [&text](int at, int value) {
        text[at] = char('0' + value / 10);
        text[at + 1] = char('0' + value % 10);
    };
    put2(0, int(year / 100));
    put2(2, int(year % 100));
    text[4] = '-';
    put2(5, month);
    text[7] = '-';
    put2(8, day);
    text[10] = 'T';
    put2(11, int(secondOfDay / 3600));
    text[13] = ':';
    put2(14, int(secondOfDay / 60 % 60));
    text[16] = ':';
    put2(17, int(secondOfDay % 60));
    text[19] = 'Z';
    return QByteArray(text, 20);
}

QByteArray newNonce()
{
    // A nonce has to be unique, not secret: the gateway refuses a repeated one within its
    // replay window, and the signature, not the nonce, proves the sender. So each thread takes
    // 128 random bits once from the system's source and then counts up from them: no two nonces
    // of a process repeat, another process starts elsewhere in a space of 2^128, and a nonce
    // costs a few nanoseconds instead of a system call.
    struct Counter
    {
        quint64 high = 0;
        quint64 low = 0;
        Counter()
        {
            std::array<quint32, 4> words{};
            QRandomGenerator::system()->fillRange(words.data(), words.size());
            high = (quint64(words[0]) << 32) | words[1];
            low = (quint64(words[2]) << 32) | words[3];
        }
    };
    thread_local Counter counter;
    if (++counter.low == 0)
        ++counter.high;
    std::array<unsigned char, 16> bytes;
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(i)] = static_cast<unsigned char>(counter.high >> (56 - 8 * i));
        bytes[size_t(8 + i)] = static_cast<unsigned char>(counter.low >> (56 - 8 * i));
    }
    QByteArray out;
    out.reserve(32);
    appendHex(out, bytes.data(), qsizetype(bytes.size()));
    return out;
}

Signature sign(const SignInput &request, const Credentials &credentials, const QDateTime &date,
               const QByteArray &nonce)
{
    HeaderList headers = request.headers;
    headers.reserve(headers.size() + 6);
    setHeader(headers, "x-acs-date", formatDate(date));
    setHeader(headers, "x-acs-signature-nonce", nonce);
    if (credentials.isSts()) {
        setHeader(headers, "x-acs-accesskey-id", credentials.accessKeyId.toUtf8());
        setHeader(headers, "x-acs-security-token", credentials.securityToken.toUtf8());
    }
    const QByteArray hashedPayload = sha256Hex(request.body);
    setHeader(headers, "x-acs-content-sha256", hashedPayload);

    Signature out;
    {
        LoweredHeaders lowered(headers);
        std::vector<std::string_view> names;
        names.reserve(lowered.entries().size());
        for (const LoweredHeaders::Entry &entry : lowered.entries()) {
            if (isSignable(entry.name))
                names.push_back(entry.name);
        }
        out = finish(request, std::move(names), lowered.entries(), credentials.accessKeyId,
                     credentials.accessKeySecret, hashedPayload);
    }
    setHeader(headers, "authorization", out.authorization);
    // setHeader keeps an existing spelling; a fresh Authorization is written the usual way.
    if (headers.constLast().first == "authorization")
        headers.last().first = "Authorization";
    out.headersToSend = std::move(headers);
    return out;
}

Signature recompute(const SignInput &received, const QByteArrayList &signedHeaders,
                    const QString &accessKeyId, const QString &accessKeySecret)
{
    QByteArrayList lowerNames;
    lowerNames.reserve(signedHeaders.size());
    for (const QByteArray &name : signedHeaders)
        lowerNames.append(name.trimmed().toLower());
    std::vector<std::string_view> names;
    names.reserve(size_t(lowerNames.size()));
    for (const QByteArray &name : std::as_const(lowerNames))
        names.push_back(view(name));
    LoweredHeaders lowered(received.headers);
    Signature out = finish(received, std::move(names), lowered.entries(), accessKeyId,
                           accessKeySecret, sha256Hex(received.body));
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
