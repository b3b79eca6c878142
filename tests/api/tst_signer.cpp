#include "api/signer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The vectors list headers as a JSON object; QJsonObject would sort them, which is harmless
// here because the signer must not depend on input order anyway.
api::HeaderList headersFromJson(const QJsonObject &object)
{
    api::HeaderList headers;
    for (auto it = object.begin(); it != object.end(); ++it)
        headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    return headers;
}

QSet<QByteArray> asSet(const api::HeaderList &headers)
{
    QSet<QByteArray> set;
    for (const auto &[name, value] : headers)
        set.insert(name + ": " + value);
    return set;
}

QByteArray headerValue(const api::HeaderList &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void recomputeMatchesVectors_data() { vectors_data(); }
    void recomputeMatchesVectors();
    void percentEncode_data();
    void percentEncode();
    void canonicalQuery_data();
    void canonicalQuery();
    void parseQuery_data();
    void parseQuery();
    void formatDate();
    void formatDateAsQtSpellsIt_data();
    void formatDateAsQtSpellsIt();
    void signatureFollowsTheSecret_data();
    void signatureFollowsTheSecret();
    void nonceIsFreshHex();
    void sha256OfTest();
    void multiValueHeaders();
    void replacesGivenSigningHeaders();
    void parseAuthorization_data();
    void parseAuthorization();
};

void TestSigner::vectors_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");

    const QDir dir(QStringLiteral(PAIDESK_TEST_DATA_DIR "/signing"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    int count = 0;
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray entries = doc.array();
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            const QByteArray tag = (fileName + u": "_s + object[u"name"_s].toString()).toUtf8();
            QTest::newRow(tag.constData())
                << object[u"input"_s].toObject() << object[u"expected"_s].toObject();
            ++count;
        }
    }
    QCOMPARE(count, 47);
}

void TestSigner::vectors()
{
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);
    QCOMPARE(input[u"algorithm"_s].toString(), QString::fromLatin1(api::Acs3::Algorithm));

    api::SignInput request;
    request.method = input[u"method"_s].toString().toUtf8();
    request.encodedPath = input[u"pathname"_s].toString().toUtf8();
    const QJsonObject query = input[u"query"_s].toObject();
    for (auto it = query.begin(); it != query.end(); ++it)
        request.query.append({it.key(), it.value().toString()});
    request.headers = headersFromJson(input[u"headers"_s].toObject());
    request.body = input[u"body"_s].toString().toUtf8();

    api::Credentials credentials;
    credentials.accessKeyId = input[u"accessKeyId"_s].toString();
    credentials.accessKeySecret = input[u"accessKeySecret"_s].toString();
    credentials.securityToken = input[u"securityToken"_s].toString();

    const QByteArray dateText = headerValue(request.headers, "x-acs-date");
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(dateText), Qt::ISODate);
    QVERIFY(date.isValid());
    const QByteArray nonce = headerValue(request.headers, "x-acs-signature-nonce");
    QVERIFY(!nonce.isEmpty());

    const api::Signature signature = api::Acs3::sign(request, credentials, date, nonce);
    QCOMPARE(signature.canonicalRequest, expected[u"canonicalRequest"_s].toString().toUtf8());
    QCOMPARE(signature.stringToSign, expected[u"stringToSign"_s].toString().toUtf8());
    QCOMPARE(signature.signedHeaders, expected[u"signedHeaders"_s].toString().toUtf8());
    QCOMPARE(signature.hashedPayload, expected[u"hashedPayload"_s].toString().toUtf8());
    QCOMPARE(signature.authorization, expected[u"authorization"_s].toString().toUtf8());
    QVERIFY(signature.authorization.endsWith(signature.signature));

    const api::HeaderList expectedHeaders =
        headersFromJson(expected[u"headersToSend"_s].toObject());
    QCOMPARE(signature.headersToSend.size(), expectedHeaders.size());
    QCOMPARE(asSet(signature.headersToSend), asSet(expectedHeaders));
}

void TestSigner::recomputeMatchesVectors()
{
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);

    // What a server receives is what the client was told to send.
    api::SignInput received;
    received.method = input[u"method"_s].toString().toUtf8();
    received.encodedPath = input[u"pathname"_s].toString().toUtf8();
    const QJsonObject query = input[u"query"_s].toObject();
    for (auto it = query.begin(); it != query.end(); ++it)
        received.query.append({it.key(), it.value().toString()});
    received.headers = headersFromJson(expected[u"headersToSend"_s].toObject());
    received.body = input[u"body"_s].toString().toUtf8();

    const auto parts =
        api::Acs3::parseAuthorization(expected[u"authorization"_s].toString().toUtf8());
    QVERIFY(parts);
    QCOMPARE(parts->algorithm, QByteArray(api::Acs3::Algorithm));
    QCOMPARE(parts->accessKeyId, input[u"accessKeyId"_s].toString());

    const api::Signature again = api::Acs3::recompute(
        received, parts->signedHeaders, parts->accessKeyId, input[u"accessKeySecret"_s].toString());
    QCOMPARE(again.canonicalRequest, expected[u"canonicalRequest"_s].toString().toUtf8());
    QCOMPARE(again.signature, parts->signature);

    // One changed body byte must change the signature.
    if (!received.body.isEmpty()) {
        received.body[0] = received.body[0] == 'x' ? 'y' : 'x';
        const api::Signature tampered =
            api::Acs3::recompute(received, parts->signedHeaders, parts->accessKeyId,
                                 input[u"accessKeySecret"_s].toString());
        QVERIFY(tampered.signature != parts->signature);
    }
}

void TestSigner::percentEncode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << "AZaz09-_.~"_ba;
    QTest::newRow("space") << u"a b"_s << "a%20b"_ba;
    QTest::newRow("star") << u"*"_s << "%2A"_ba;
    QTest::newRow("plus") << u"+"_s << "%2B"_ba;
    QTest::newRow("sub-delims") << u"!'()"_s << "%21%27%28%29"_ba;
    QTest::newRow("slash") << u"a/b/c/ test"_s << "a%2Fb%2Fc%2F%20test"_ba;
    QTest::newRow("eq-amp-pct") << u"=&%"_s << "%3D%26%25"_ba;
    QTest::newRow("already encoded is encoded again") << u"%20"_s << "%2520"_ba;
    QTest::newRow("umlaut") << u"ä"_s << "%C3%A4"_ba;
    QTest::newRow("cjk") << u"模型"_s << "%E6%A8%A1%E5%9E%8B"_ba;
    QTest::newRow("emoji") << u"\U0001F600"_s << "%F0%9F%98%80"_ba;
    QTest::newRow("newline-tab") << u"\n\t"_s << "%0A%09"_ba;
    QTest::newRow("json") << u"[{\"Key\":\"k\"}]"_s << "%5B%7B%22Key%22%3A%22k%22%7D%5D"_ba;
}

void TestSigner::percentEncode()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(api::Acs3::percentEncode(text), encoded);
}

void TestSigner::canonicalQuery_data()
{
    QTest::addColumn<api::QueryItems>("query");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("none") << api::QueryItems{} << QByteArray();
    QTest::newRow("empty value keeps =")
        << api::QueryItems{{u"test"_s, u"ok"_s}, {u"empty"_s, {}}} << "empty=&test=ok"_ba;
    QTest::newRow("case-sensitive name order")
        << api::QueryItems{{u"a"_s, u"1"_s},     {u"WorkspaceId"_s, u"2"_s},
                           {u"Label"_s, u"3"_s}, {u"PageSize"_s, u"4"_s},
                           {u"Order"_s, u"5"_s}, {u"ModelName"_s, u"6"_s}}
        << "Label=3&ModelName=6&Order=5&PageSize=4&WorkspaceId=2&a=1"_ba;
    QTest::newRow("repeated name ordered by value")
        << api::QueryItems{{u"k"_s, u"b"_s}, {u"k"_s, u"a"_s}} << "k=a&k=b"_ba;
    QTest::newRow("values encoded")
        << api::QueryItems{{u"Q"_s, u"a+b c*~"_s}} << "Q=a%2Bb%20c%2A~"_ba;
    // A lone surrogate goes out as '?' and sorts as the server will see it (fuzz_sandboxrequest).
    QTest::newRow("lone surrogate sorts as sent")
        << api::QueryItems{{QString(QChar(0xd800)) + u"x"_s, u"1"_s}, {u"W"_s, u"2"_s}}
        << "%3Fx=1&W=2"_ba;
    QTest::newRow("leading U+FEFF kept")
        << api::QueryItems{{u"\ufeffk"_s, u"\ufeffv"_s}} << "%EF%BB%BFk=%EF%BB%BFv"_ba;
}

void TestSigner::canonicalQuery()
{
    QFETCH(api::QueryItems, query);
    QFETCH(QByteArray, canonical);
    QCOMPARE(api::Acs3::canonicalQueryString(query), canonical);
}

void TestSigner::parseQuery_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<api::QueryItems>("items");

    QTest::newRow("empty") << QByteArray() << api::QueryItems{};
    QTest::newRow("plus is space") << "a=b+c"_ba << api::QueryItems{{u"a"_s, u"b c"_s}};
    QTest::newRow("encoded plus") << "a=b%2Bc"_ba << api::QueryItems{{u"a"_s, u"b+c"_s}};
    QTest::newRow("no value") << "a&b="_ba << api::QueryItems{{u"a"_s, {}}, {u"b"_s, {}}};
    QTest::newRow("utf8") << "n=%E6%A8%A1"_ba << api::QueryItems{{u"n"_s, u"模"_s}};
    QTest::newRow("eq in value") << "L=k%3Dv=w"_ba << api::QueryItems{{u"L"_s, u"k=v=w"_s}};
    QTest::newRow("empty pairs skipped")
        << "&a=1&&b=2&"_ba << api::QueryItems{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}};
    // Not a byte order mark: part of the name (QString::fromUtf8 would drop it).
    QTest::newRow("leading U+FEFF kept")
        << "%EF%BB%BFk=%EF%BB%BFv"_ba << api::QueryItems{{u"\ufeffk"_s, u"\ufeffv"_s}};
}

void TestSigner::parseQuery()
{
    QFETCH(QByteArray, raw);
    QFETCH(api::QueryItems, items);
    QCOMPARE(api::Acs3::parseQuery(raw), items);
}

void TestSigner::formatDate()
{
    const QDateTime utc(QDate(2024, 5, 1), QTime(12, 0, 0, 789), QTimeZone::utc());
    QCOMPARE(api::Acs3::formatDate(utc), "2024-05-01T12:00:00Z"_ba);
    const QDateTime offset = utc.toOffsetFromUtc(8 * 3600);
    QCOMPARE(api::Acs3::formatDate(offset), "2024-05-01T12:00:00Z"_ba);
}

// The signer writes the date itself (no QString on the way); it must read as Qt would write it.
void TestSigner::formatDateAsQtSpellsIt_data()
{
    QTest::addColumn<QDateTime>("date");
    const auto utc = [](int y, int m, int d, int h = 0, int mi = 0, int s = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, mi, s), QTimeZone::utc());
    };
    QTest::newRow("epoch") << utc(1970, 1, 1);
    QTest::newRow("a second before the epoch") << utc(1969, 12, 31, 23, 59, 59);
    QTest::newRow("leap day") << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("the day after a leap day") << utc(2024, 3, 1);
    QTest::newRow("2000, a leap century") << utc(2000, 2, 29, 12, 30, 45);
    QTest::newRow("2100, not a leap year") << utc(2100, 3, 1, 1, 2, 3);
    QTest::newRow("year 1") << utc(1, 1, 1);
    QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59);
    QTest::newRow("year 10000") << utc(10000, 1, 1);
    QTest::newRow("new year's eve") << utc(2025, 12, 31, 23, 59, 59);
}

void TestSigner::formatDateAsQtSpellsIt()
{
    QFETCH(QDateTime, date);
    QCOMPARE(api::Acs3::formatDate(date),
             date.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s).toLatin1());
}

// The signer keeps the HMAC key's pad states for the last secret; a changed secret, a long one
// (hashed first, RFC 2104) and a return to the first must each sign as a plain HMAC would.
void TestSigner::signatureFollowsTheSecret_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("one secret twice") << QStringList{u"secret"_s, u"secret"_s};
    QTest::newRow("changed and back") << QStringList{u"a"_s, u"b"_s, u"a"_s};
    QTest::newRow("64 bytes, then 65") << QStringList{QString(64, u'k'), QString(65, u'k')};
    QTest::newRow("non-ASCII and empty") << QStringList{u"密钥"_s, QString(), u"密钥"_s};
}

void TestSigner::signatureFollowsTheSecret()
{
    QFETCH(QStringList, secrets);
    api::SignInput request;
    request.method = "GET";
    request.encodedPath = "/api/v1/models";
    request.query = {{u"PageSize"_s, u"100"_s}};
    request.headers = {{"host", "example.com"}};
    const QDateTime date(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    for (const QString &secret : std::as_const(secrets)) {
        const api::Signature signature =
            api::Acs3::sign(request, {u"id"_s, secret, {}}, date, "nonce");
        const QByteArray expected = QMessageAuthenticationCode::hash(
                                        signature.stringToSign, secret.toUtf8(),
                                        QCryptographicHash::Sha256)
                                        .toHex();
        QCOMPARE(signature.signature, expected);
    }
}

void TestSigner::nonceIsFreshHex()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray nonce = api::Acs3::newNonce();
        QCOMPARE(nonce.size(), 32);
        for (const char c : nonce)
            QVERIFY((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        QVERIFY(!seen.contains(nonce));
        seen.insert(nonce);
    }
}

void TestSigner::sha256OfTest()
{
    QCOMPARE(api::Acs3::sha256Hex("test"),
             "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_ba);
    QCOMPARE(api::Acs3::sha256Hex({}),
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba);
}

void TestSigner::multiValueHeaders()
{
    // openapi-util's Go test: two spellings of one header are one canonical line.
    api::SignInput request;
    request.encodedPath = "/";
    request.query = {{u"test"_s, u"ok"_s}, {u"empty"_s, {}}};
    request.headers = {{"x-acs-test", " http "}, {"x-acs-TEST", "https"}};
    const api::Signature signature =
        api::Acs3::sign(request, {u"acesskey"_s, u"secret"_s, {}},
                        QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()), "n");
    QVERIFY(signature.canonicalRequest.contains("\nempty=&test=ok\n"));
    QVERIFY(signature.canonicalRequest.contains("\nx-acs-test:http,https\n"));
    QCOMPARE(signature.signedHeaders,
             "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-test"_ba);
}

void TestSigner::replacesGivenSigningHeaders()
{
    api::SignInput request;
    request.method = "GET";
    request.encodedPath = "/api/v1/models";
    request.headers = {{"Host", "h"},
                       {"X-Acs-Date", "stale"},
                       {"x-acs-signature-nonce", "old"},
                       {"x-acs-content-sha256", "bogus"},
                       {"User-Agent", "ua"}};
    const api::Signature signature =
        api::Acs3::sign(request, {u"id"_s, u"secret"_s, {}},
                        QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()), "fresh");
    QCOMPARE(headerValue(signature.headersToSend, "x-acs-date"), "2024-05-01T12:00:00Z"_ba);
    QCOMPARE(headerValue(signature.headersToSend, "x-acs-signature-nonce"), "fresh"_ba);
    QCOMPARE(headerValue(signature.headersToSend, "x-acs-content-sha256"),
             api::Acs3::sha256Hex({}));
    QCOMPARE(signature.signedHeaders,
             "host;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce"_ba);
    QCOMPARE(signature.headersToSend.size(), 6);
    QVERIFY(!signature.canonicalRequest.contains("stale"));
    QVERIFY(!signature.canonicalRequest.contains("user-agent"));
}

void TestSigner::parseAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("signedHeaders");

    QTest::newRow("complete")
        << "ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host;x-acs-date,Signature=ab"_ba << true
        << "host;x-acs-date"_ba;
    QTest::newRow("missing signature")
        << "ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host"_ba << false << QByteArray();
    QTest::newRow("missing credential")
        << "ACS3-HMAC-SHA256 SignedHeaders=host,Signature=ab"_ba << false << QByteArray();
    QTest::newRow("no algorithm") << "Credential=ak,SignedHeaders=host,Signature=ab"_ba << false
                                  << QByteArray();
    QTest::newRow("legacy") << "acs ak:c2lnbmF0dXJl"_ba << false << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
    QTest::newRow("unknown field")
        << "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=h,Signature=s,X=1"_ba << false
        << QByteArray();
}

void TestSigner::parseAuthorization()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(QByteArray, signedHeaders);
    const auto parts = api::Acs3::parseAuthorization(header);
    QCOMPARE(parts.has_value(), valid);
    if (valid) {
        QCOMPARE(parts->algorithm, "ACS3-HMAC-SHA256"_ba);
        QCOMPARE(parts->accessKeyId, u"ak"_s);
        QCOMPARE(parts->signedHeaders.join(';'), signedHeaders);
        QCOMPARE(parts->signature, "ab"_ba);
    }
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
