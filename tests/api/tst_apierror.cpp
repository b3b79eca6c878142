#include "api/activitylog.h"
#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = api::ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseBody_data();
    void parseBody();
    void userTextNamesCodeAndRequestId();
    void certificateErrorNamesHostAndEachReasonOnce();
    void classification_data();
    void classification();
    void retryDecisions_data();
    void retryDecisions();
    void backoffGrowsWithJitterAndCap();
    void maxAttempts();
    void activityLogRedactsSecrets();
    void activityLogCap();
};

void TestApiError::parseBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("gateway shape")
        << 404
        << R"({"RequestId":"R-1","HostId":"h","Code":"201900002","Message":"model not found","Recommend":"x"})"_ba
        << int(Kind::Api) << u"201900002"_s << u"model not found"_s << u"R-1"_s;
    QTest::newRow("lower-case keys")
        << 400 << R"({"requestId":"r-2","code":"InvalidParameter","message":"bad"})"_ba
        << int(Kind::Api) << u"InvalidParameter"_s << u"bad"_s << u"r-2"_s;
    QTest::newRow("roa requestid")
        << 503 << R"({"requestid":"r-3","Code":"ServiceUnavailable","Message":"busy"})"_ba
        << int(Kind::Api) << u"ServiceUnavailable"_s << u"busy"_s << u"r-3"_s;
    QTest::newRow("numeric code") << 404 << R"({"Code":100400008,"Message":"no ws"})"_ba
                                  << int(Kind::Api) << u"100400008"_s << u"no ws"_s << QString();
    QTest::newRow("html body") << 502 << "<html>bad gateway</html>"_ba << int(Kind::Http)
                               << QString() << u"The server answered with HTTP status 502."_s
                               << QString();
    QTest::newRow("empty body") << 500 << QByteArray() << int(Kind::Http) << QString()
                                << u"The server answered with HTTP status 500."_s << QString();
    QTest::newRow("json without code")
        << 500 << R"({"RequestId":"r-4"})"_ba << int(Kind::Http) << QString()
        << u"The server answered with HTTP status 500."_s << u"r-4"_s;
    QTest::newRow("json array") << 400 << "[1,2]"_ba << int(Kind::Http) << QString()
                                << u"The server answered with HTTP status 400."_s << QString();
}

void TestApiError::parseBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    const api::ApiError error = api::ApiError::fromHttpResponse(status, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
}

void TestApiError::userTextNamesCodeAndRequestId()
{
    const api::ApiError error = api::ApiError::fromHttpResponse(
        400, R"({"RequestId":"5A14FA81-DD4E","Code":"SignatureDoesNotMatch","Message":"no"})"_ba);
    const QString text = error.userText();
    QVERIFY2(text.contains(u"SignatureDoesNotMatch"_s), qPrintable(text));
    QVERIFY2(text.contains(u"5A14FA81-DD4E"_s), qPrintable(text));
    QVERIFY2(text.contains(u"400"_s), qPrintable(text));
    QVERIFY(!api::ApiError::network(u"refused"_s).userText().isEmpty());
}

void TestApiError::certificateErrorNamesHostAndEachReasonOnce()
{
    const QSslError unknownIssuer(QSslError::UnableToGetLocalIssuerCertificate);
    const QSslError expired(QSslError::CertificateExpired);
    // OpenSSL reports some reasons once per certificate of the chain.
    const api::ApiError error = api::ApiError::fromSslErrors(
        u"aiworkspace.cn-hangzhou.aliyuncs.com"_s, {unknownIssuer, expired, unknownIssuer});
    QCOMPARE(error.kind, api::ApiError::Kind::Certificate);
    QVERIFY2(error.message.contains(u"aiworkspace.cn-hangzhou.aliyuncs.com"_s),
             qPrintable(error.message));
    QCOMPARE(error.message.count(unknownIssuer.errorString()), 1);
    QVERIFY2(error.message.contains(expired.errorString()), qPrintable(error.message));
    QVERIFY2(error.userText().startsWith(u"Certificate error: "_s), qPrintable(error.userText()));
    // Nothing was sent, and a retry would meet the same certificate.
    for (auto kind : {api::OperationKind::Read, api::OperationKind::List,
                      api::OperationKind::Delete, api::OperationKind::Create})
        QVERIFY(!api::RetryPolicy::isRetryable(kind, error));
    QVERIFY(!error.isTransportFailure());
}

void TestApiError::classification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("notFound");
    QTest::addColumn<bool>("throttling");
    QTest::addColumn<bool>("unavailable");
    QTest::addColumn<bool>("serverError");

    QTest::newRow("model missing") << 404 << u"201900002"_s << true << false << false << false;
    QTest::newRow("workspace missing 400")
        << 400 << u"100400008"_s << true << false << false << false;
    QTest::newRow("plain 404") << 404 << QString() << true << false << false << false;
    QTest::newRow("throttling") << 400 << u"Throttling"_s << false << true << false << false;
    QTest::newRow("throttling user")
        << 400 << u"Throttling.User"_s << false << true << false << false;
    QTest::newRow("rejected throttling")
        << 429 << u"Rejected.Throttling"_s << false << true << false << false;
    QTest::newRow("invalid parameter")
        << 400 << u"InvalidParameter"_s << false << false << false << false;
    QTest::newRow("internal") << 500 << u"InternalError"_s << false << false << false << true;
    QTest::newRow("unavailable") << 503 << u"ServiceUnavailable"_s << false << false << true
                                 << true;
}

void TestApiError::classification()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, notFound);
    QFETCH(bool, throttling);
    QFETCH(bool, unavailable);
    QFETCH(bool, serverError);
    const QJsonObject body{{u"Code"_s, code}, {u"Message"_s, u"m"_s}};
    const api::ApiError error = api::ApiError::fromHttpResponse(
        status, code.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QCOMPARE(error.isNotFound(), notFound);
    QCOMPARE(error.isThrottling(), throttling);
    QCOMPARE(error.isServiceUnavailable(), unavailable);
    QCOMPARE(error.isServerError(), serverError);
}

void TestApiError::retryDecisions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<bool>("retry");

    using Op = api::OperationKind;
    const int api = int(Kind::Api);
    QTest::newRow("read throttled") << int(Op::Read) << 400 << u"Throttling.User"_s << api << true;
    QTest::newRow("read 500") << int(Op::Read) << 500 << u"InternalError"_s << api << true;
    QTest::newRow("read 502 html") << int(Op::Read) << 502 << QString() << int(Kind::Http) << true;
    QTest::newRow("read network") << int(Op::Read) << 0 << QString() << int(Kind::Network) << true;
    QTest::newRow("read attempt timeout")
        << int(Op::Read) << 0 << QString() << int(Kind::Timeout) << true;
    QTest::newRow("read 404") << int(Op::Read) << 404 << u"201900002"_s << api << false;
    QTest::newRow("read bad param")
        << int(Op::Read) << 400 << u"InvalidParameter"_s << api << false;
    QTest::newRow("list 503") << int(Op::List) << 503 << u"ServiceUnavailable"_s << api << true;
    QTest::newRow("delete 500") << int(Op::Delete) << 500 << u"InternalError"_s << api << true;
    QTest::newRow("delete network")
        << int(Op::Delete) << 0 << QString() << int(Kind::Network) << true;
    QTest::newRow("create throttled") << int(Op::Create) << 400 << u"Throttling"_s << api << true;
    QTest::newRow("create 503") << int(Op::Create) << 503 << u"ServiceUnavailable"_s << api << true;
    QTest::newRow("create 500") << int(Op::Create) << 500 << u"InternalError"_s << api << false;
    QTest::newRow("create network")
        << int(Op::Create) << 0 << QString() << int(Kind::Network) << false;
    QTest::newRow("update attempt timeout")
        << int(Op::Update) << 0 << QString() << int(Kind::Timeout) << false;
    QTest::newRow("update 503 html")
        << int(Op::Update) << 503 << QString() << int(Kind::Http) << true;
    QTest::newRow("malformed never")
        << int(Op::Read) << 200 << QString() << int(Kind::MalformedResponse) << false;
    QTest::newRow("canceled never")
        << int(Op::Read) << 0 << QString() << int(Kind::Canceled) << false;
}

void TestApiError::retryDecisions()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, errorKind);
    QFETCH(bool, retry);
    api::ApiError error;
    error.kind = Kind(errorKind);
    error.httpStatus = status;
    error.code = code;
    QCOMPARE(api::RetryPolicy::isRetryable(api::OperationKind(kind), error), retry);
    QCOMPARE(api::RetryPolicy().shouldRetry(api::OperationKind(kind), error, 3), retry);
}

void TestApiError::backoffGrowsWithJitterAndCap()
{
    api::RetryPolicy::Parameters parameters;
    parameters.initialBackoff = std::chrono::milliseconds(100);
    parameters.multiplier = 2.0;
    parameters.maxBackoff = std::chrono::milliseconds(1000);
    parameters.jitter = 0.5;
    const api::RetryPolicy policy(parameters);
    QSet<qint64> distinct;
    for (int round = 0; round < 50; ++round) {
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const qint64 base = std::min<qint64>(1000, 100LL << (attempt - 1));
            const qint64 wait = policy.backoff(attempt).count();
            QVERIFY2(wait >= base / 2 && wait <= base, qPrintable(QString::number(wait)));
            distinct.insert(wait);
        }
    }
    QVERIFY(distinct.size() > 20); // jitter really varies the waits

    parameters.jitter = 0.0;
    const api::RetryPolicy exact(parameters);
    QCOMPARE(exact.backoff(1).count(), 100);
    QCOMPARE(exact.backoff(3).count(), 400);
    QCOMPARE(exact.backoff(10).count(), 1000);
}

void TestApiError::maxAttempts()
{
    api::RetryPolicy::Parameters parameters;
    parameters.maxAttempts = 3;
    const api::RetryPolicy policy(parameters);
    api::ApiError throttled = api::ApiError::fromHttpResponse(400, R"({"Code":"Throttling"})"_ba);
    QVERIFY(policy.shouldRetry(api::OperationKind::Read, throttled, 2));
    QVERIFY(!policy.shouldRetry(api::OperationKind::Read, throttled, 3));
}

void TestApiError::activityLogRedactsSecrets()
{
    api::ActivityLog log;
    QSignalSpy added(&log, &api::ActivityLog::entryAdded);
    api::ActivityEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operation = u"GetModel"_s;
    entry.method = "GET";
    entry.pathAndQuery = "/api/v1/models/m-1";
    entry.requestHeaders = {{"Authorization", "ACS3-HMAC-SHA256 Credential=AK,Signature=deadbeef"},
                            {"x-acs-security-token", "CAIS-secret-token"},
                            {"X-Acs-Security-Token", "CAIS-other"},
                            {"x-acs-date", "2024-05-01T12:00:00Z"}};
    entry.httpStatus = 200;
    entry.requestId = u"R-9"_s;
    log.append(entry);
    QCOMPARE(added.size(), 1);
    QCOMPARE(log.size(), 1);
    const QByteArray lines = log.toJsonLines();
    QVERIFY(!lines.contains("deadbeef"));
    QVERIFY(!lines.contains("CAIS"));
    QVERIFY(lines.contains("2024-05-01T12:00:00Z"));
    QVERIFY(lines.contains("R-9"));
    QVERIFY(lines.contains(api::ActivityLog::RedactedMarker));
    QCOMPARE(lines.count('\n'), 1);
    const QJsonObject parsed = QJsonDocument::fromJson(lines.trimmed()).object();
    QCOMPARE(parsed[u"operation"_s].toString(), u"GetModel"_s);
    QCOMPARE(parsed[u"httpStatus"_s].toInt(), 200);
}

void TestApiError::activityLogCap()
{
    api::ActivityLog log;
    log.setMaxEntries(3);
    QSignalSpy removed(&log, &api::ActivityLog::entriesRemoved);
    for (int i = 0; i < 5; ++i) {
        api::ActivityEntry entry;
        entry.attempt = i;
        log.append(entry);
    }
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.entries().constFirst().attempt, 2);
    QCOMPARE(removed.size(), 2);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
