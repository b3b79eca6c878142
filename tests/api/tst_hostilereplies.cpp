#include "api/apiclient.h"
#include "support/hostilehttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = api::ApiError::Kind;
using Reply = HostileHttpServer::Reply;
using Request = HostileHttpServer::Request;

namespace {

const QString AccessKeyId = u"LTAI5tTestKey"_s;
const QString AccessKeySecret = u"test-secret-value"_s;

// Every call of a case gets this deadline; nothing may take much longer.
constexpr int DeadlineMs = 4000;
constexpr int AttemptTimeoutMs = 1500;
constexpr int PageSize = 10;
// Scheduling slack on a loaded machine, on top of the deadline.
constexpr int SlackMs = 3000;

enum class Scenario {
    WrongTypeInModel,
    WrongTypeInListRow,
    WrongTypeTotalCount,
    TruncatedJson,
    InvalidUtf8,
    HtmlWithStatus200,
    BodyOverCapStreamed,
    BodyOverCapAnnounced,
    DeepNesting,
    ManyLabelsOnModel,
    ManyLabelsInListRow,
    LengthLongerThenClosed,
    LengthLongerHeldOpen,
    LengthShorter,
    DripOneBytePerSecond,
    NeverSendsHeaders,
    HugeTotalSamePageForever,
    HugeTotalThenEmptyPage,
    ShortPageBeforeTotal,
    EndlessDistinctPages,
    WorkspacesSamePageForever,
};

enum class Operation { GetModel, ListAllModels, ListAllWorkspaces };

QByteArray modelJson(int number)
{
    return "{\"ModelId\":\"model-" + QByteArray::number(number) + "\",\"ModelName\":\"m" +
           QByteArray::number(number) + "\"}";
}

// A ListModels page of `rows` models numbered from `first`, claiming `total`.
QByteArray modelPage(qint64 total, int first, int rows)
{
    QByteArrayList items;
    for (int i = 0; i < rows; ++i)
        items.append(modelJson(first + i));
    return "{\"RequestId\":\"R\",\"TotalCount\":" + QByteArray::number(total) + ",\"Models\":[" +
           items.join(',') + "]}";
}

QByteArray workspacePage(qint64 total, int rows)
{
    QByteArrayList items;
    for (int i = 0; i < rows; ++i)
        items.append("{\"WorkspaceId\":\"" + QByteArray::number(100 + i) + "\"}");
    return "{\"RequestId\":\"R\",\"TotalCount\":" + QByteArray::number(total) +
           ",\"Workspaces\":[" + items.join(',') + "]}";
}

QByteArray manyLabels(int count)
{
    QByteArray labels = "[";
    labels.reserve(count * 24 + 2);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            labels += ',';
        labels += R"({"Key":"k","Value":"v"})";
    }
    return labels + ']';
}

Reply replyFor(Scenario scenario, const Request &request)
{
    const int page = request.pageNumber();
    switch (scenario) {
    case Scenario::WrongTypeInModel:
        return HostileHttpServer::json(
            R"({"RequestId":"R","ModelId":"model-1","OrderNumber":"seven"})");
    case Scenario::WrongTypeInListRow:
        return HostileHttpServer::json(
            R"({"RequestId":"R","TotalCount":3,"Models":[{"ModelId":"a"},{"ModelId":"b","Task":[]},{"ModelId":"c"}]})");
    case Scenario::WrongTypeTotalCount:
        return HostileHttpServer::json(R"({"RequestId":"R","TotalCount":"many","Models":[]})");
    case Scenario::TruncatedJson:
        return HostileHttpServer::json(R"({"RequestId":"R","ModelId":"model-1","ModelName":"m)");
    case Scenario::InvalidUtf8:
        return HostileHttpServer::json("{\"RequestId\":\"R\",\"ModelId\":\"model-\xff\xfe\"}");
    case Scenario::HtmlWithStatus200:
        return HostileHttpServer::whole("<!DOCTYPE html><html><body>Please sign in</body></html>",
                                        200, "text/html; charset=utf-8");
    case Scenario::BodyOverCapStreamed:
        return HostileHttpServer::endless(QByteArray(64 * 1024, ' '));
    case Scenario::BodyOverCapAnnounced:
        return HostileHttpServer::held(R"({"RequestId":"R",)", 1'000'000'000'000);
    case Scenario::DeepNesting:
        return HostileHttpServer::json(R"({"ModelId":"model-1","ExtraInfo":{"a":)" +
                                       QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}}");
    case Scenario::ManyLabelsOnModel:
        return HostileHttpServer::json(R"({"RequestId":"R","ModelId":"model-1","Labels":)" +
                                       manyLabels(300'000) + '}');
    case Scenario::ManyLabelsInListRow:
        return HostileHttpServer::json(
            R"({"RequestId":"R","TotalCount":2,"Models":[{"ModelId":"a","Labels":)" +
            manyLabels(300'000) + R"(},{"ModelId":"b"}]})");
    case Scenario::LengthLongerThenClosed:
        return HostileHttpServer::whole(modelJson(1), 200, "application/json", 5000);
    case Scenario::LengthLongerHeldOpen:
        return HostileHttpServer::held(modelJson(1), 5000);
    case Scenario::LengthShorter:
        return HostileHttpServer::whole(modelJson(1), 200, "application/json", 10);
    case Scenario::DripOneBytePerSecond:
        return HostileHttpServer::drip(modelJson(1), 1000);
    case Scenario::NeverSendsHeaders:
        return HostileHttpServer::silent();
    case Scenario::HugeTotalSamePageForever:
        return HostileHttpServer::json(modelPage(1'000'000'000'000'000, 0, PageSize));
    case Scenario::HugeTotalThenEmptyPage:
        return HostileHttpServer::json(
            modelPage(1'000'000'000'000'000, (page - 1) * PageSize, page == 1 ? PageSize : 0));
    case Scenario::ShortPageBeforeTotal:
        return HostileHttpServer::json(
            modelPage(100, (page - 1) * PageSize, page == 2 ? 3 : PageSize));
    case Scenario::EndlessDistinctPages: {
        Reply reply =
            HostileHttpServer::json(modelPage(1'000'000'000, (page - 1) * PageSize, PageSize));
        reply.delayMs = 100;
        return reply;
    }
    case Scenario::WorkspacesSamePageForever:
        return HostileHttpServer::json(workspacePage(1'000'000, PageSize));
    }
    return HostileHttpServer::silent();
}

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(Operation)

// Every reply is untrusted: each hostile server below gets a clear error that names what was
// wrong, or a listing that ends with a warning and keeps what it read, and nothing outlives the
// deadline.
class TestHostileReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachHostileReplyEndsClearly_data();
    void eachHostileReplyEndsClearly();
    void replyUpToTheCapIsRead_data();
    void replyUpToTheCapIsRead();
    void outerDeadlineBoundsEveryCall();
};

void TestHostileReplies::eachHostileReplyEndsClearly_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<int>("errorKind"); // -1: the call succeeds
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("warningPart");
    QTest::addColumn<int>("rows"); // -1: some, and what was read is kept
    QTest::addColumn<int>("maxRequests");

    const int ok = -1;
    const int malformed = int(Kind::MalformedResponse);
    const int timeout = int(Kind::Timeout);
    using S = Scenario;
    using O = Operation;
    QTest::newRow("wrong type in a model field")
        << S::WrongTypeInModel << O::GetModel << malformed << u"OrderNumber: expected an integer"_s
        << QString() << 0 << 1;
    QTest::newRow("wrong type in a list row")
        << S::WrongTypeInListRow << O::ListAllModels << ok << QString()
        << u"ListModels page 1: a row was left out: Models[1].Task: expected a string"_s << 2 << 1;
    QTest::newRow("wrong type of TotalCount")
        << S::WrongTypeTotalCount << O::ListAllModels << malformed
        << u"TotalCount: expected an integer"_s << QString() << 0 << 1;
    QTest::newRow("truncated JSON") << S::TruncatedJson << O::GetModel << malformed
                                    << u"is not valid JSON"_s << QString() << 0 << 1;
    QTest::newRow("invalid UTF-8") << S::InvalidUtf8 << O::GetModel << malformed
                                   << u"invalid UTF8 string"_s << QString() << 0 << 1;
    QTest::newRow("HTML page with status 200")
        << S::HtmlWithStatus200 << O::GetModel << malformed
        << u"is a web page (Content-Type: text/html; charset=utf-8), not JSON"_s << QString() << 0
        << 1;
    QTest::newRow("body over the cap, streamed")
        << S::BodyOverCapStreamed << O::GetModel << malformed
        << u"larger than %1 bytes"_s.arg(api::MaxReplyBytes) << QString() << 0 << 1;
    QTest::newRow("body over the cap, announced")
        << S::BodyOverCapAnnounced << O::GetModel << malformed
        << u"larger than %1 bytes (at least 1000000000000)"_s.arg(api::MaxReplyBytes) << QString()
        << 0 << 1;
    QTest::newRow("JSON nested 100,000 levels")
        << S::DeepNesting << O::GetModel << malformed << u"too deeply nested document"_s
        << QString() << 0 << 1;
    QTest::newRow("300,000 labels on one model")
        << S::ManyLabelsOnModel << O::GetModel << malformed
        << u"Labels: 300000 labels, more than the 1000 PaiDesk accepts on one model"_s << QString()
        << 0 << 1;
    QTest::newRow("300,000 labels on one listed model")
        << S::ManyLabelsInListRow << O::ListAllModels << ok << QString()
        << u"Models[0].Labels: 300000 labels"_s << 1 << 1;
    QTest::newRow("Content-Length longer than the body, then closed")
        << S::LengthLongerThenClosed << O::GetModel << malformed << u"cut short"_s << QString() << 0
        << 1;
    // Retried as a transport failure, until the deadline.
    QTest::newRow("Content-Length longer than the body, held open")
        << S::LengthLongerHeldOpen << O::GetModel << timeout << u"deadline passed"_s << QString()
        << 0 << 3;
    QTest::newRow("Content-Length shorter than the body")
        << S::LengthShorter << O::GetModel << malformed << u"is not valid JSON"_s << QString() << 0
        << 1;
    QTest::newRow("one byte a second") << S::DripOneBytePerSecond << O::GetModel << timeout
                                       << u"deadline passed"_s << QString() << 0 << 3;
    QTest::newRow("never sends headers") << S::NeverSendsHeaders << O::GetModel << timeout
                                         << u"deadline passed"_s << QString() << 0 << 3;
    QTest::newRow("huge TotalCount, the same page forever")
        << S::HugeTotalSamePageForever << O::ListAllModels << ok << QString()
        << u"ListModels page 2 repeated items already listed; the listing ends with the 10 read "
           "so far."_s
        << PageSize << 1 + int(api::ApiClient::DefaultMaxPagesInFlight);
    QTest::newRow("huge TotalCount, then an empty page")
        << S::HugeTotalThenEmptyPage << O::ListAllModels << ok << QString()
        << u"ListModels page 2 was empty although the server reported 1000000000000000 items"_s
        << PageSize << 1 + int(api::ApiClient::DefaultMaxPagesInFlight);
    QTest::newRow("short page before TotalCount")
        << S::ShortPageBeforeTotal << O::ListAllModels << ok << QString()
        << u"ListModels page 2 had 3 of 10 rows, so it is the last page, although the server "
           "reported 100 items; the listing ends with the 13 read so far."_s
        << PageSize + 3 << 1 + int(api::ApiClient::DefaultMaxPagesInFlight);
    QTest::newRow("distinct pages without end")
        << S::EndlessDistinctPages << O::ListAllModels << timeout
        << u"of 200000 items had been read."_s
        << u"ListModels reports 1000000000 items; PaiDesk lists at most the first 200000."_s << -1
        << INT_MAX;
    QTest::newRow("workspaces: the same page forever")
        << S::WorkspacesSamePageForever << O::ListAllWorkspaces << ok << QString()
        << u"ListWorkspaces page 2 repeated items already listed"_s << PageSize
        << 1 + int(api::ApiClient::DefaultMaxPagesInFlight);
}

void TestHostileReplies::eachHostileReplyEndsClearly()
{
    QFETCH(Scenario, scenario);
    QFETCH(Operation, operation);
    QFETCH(int, errorKind);
    QFETCH(QString, messagePart);
    QFETCH(QString, warningPart);
    QFETCH(int, rows);
    QFETCH(int, maxRequests);

    HostileHttpServer server;
    server.handler = [scenario](const Request &request) { return replyFor(scenario, request); };
    QVERIFY(server.listen());
    api::ApiClient client(api::Endpoint::fromUrl(server.url()), {AccessKeyId, AccessKeySecret, {}});
    api::RetryPolicy::Parameters retries;
    retries.initialBackoff = std::chrono::milliseconds(5);
    retries.maxBackoff = std::chrono::milliseconds(20);
    retries.maxAttempts = 3;
    client.setRetryPolicy(api::RetryPolicy(retries));
    api::OperationTimeouts timeouts;
    timeouts.attempt = std::chrono::milliseconds(AttemptTimeoutMs);
    client.setTimeouts(timeouts);
    client.setListAllPageSize(PageSize);

    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(DeadlineMs, Qt::PreciseTimer);
    api::ApiCall *call = nullptr;
    std::function<qsizetype()> rowsRead = [] { return qsizetype(0); };
    QStringList warnings;
    switch (operation) {
    case Operation::GetModel: {
        auto *get = client.getModel(u"model-1"_s, deadline);
        rowsRead = [get] { return qsizetype(get->model() ? 1 : 0); };
        call = get;
        break;
    }
    case Operation::ListAllModels: {
        auto *list = client.listAllModels({}, deadline);
        rowsRead = [list] { return list->models().size(); };
        call = list;
        break;
    }
    case Operation::ListAllWorkspaces: {
        auto *list = client.listAllWorkspaces({}, deadline);
        rowsRead = [list] { return list->workspaces().size(); };
        call = list;
        break;
    }
    }
    QSignalSpy finished(call, &api::ApiCall::finished);
    QVERIFY(finished.wait(DeadlineMs + SlackMs) || call->isFinished());
    QVERIFY2(clock.elapsed() < DeadlineMs + SlackMs, qPrintable(QString::number(clock.elapsed())));

    if (errorKind < 0) {
        QVERIFY2(call->succeeded(),
                 qPrintable(call->error() ? call->error()->userText() : QString()));
    } else {
        QVERIFY(call->error());
        QCOMPARE(int(call->error()->kind), errorKind);
        QVERIFY2(call->error()->message.contains(messagePart), qPrintable(call->error()->message));
    }
    if (rows < 0)
        QVERIFY(rowsRead() > 0);
    else
        QCOMPARE(rowsRead(), qsizetype(rows));
    if (const auto *listing = qobject_cast<api::PagedListCall *>(call))
        warnings = listing->warnings();
    if (warningPart.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    } else {
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [&](const QString &w) { return w.contains(warningPart); }),
                 qPrintable(warnings.join(u'\n')));
    }
    QVERIFY2(server.requests <= maxRequests, qPrintable(QString::number(server.requests)));
}

void TestHostileReplies::replyUpToTheCapIsRead_data()
{
    QTest::addColumn<int>("extraBytes"); // beyond the cap
    QTest::addColumn<bool>("announced"); // with a Content-Length
    QTest::newRow("at the cap") << 0 << true;
    QTest::newRow("one byte over, announced") << 1 << true;
    QTest::newRow("one byte over, streamed") << 1 << false;
}

void TestHostileReplies::replyUpToTheCapIsRead()
{
    QFETCH(int, extraBytes);
    QFETCH(bool, announced);
    constexpr qint64 Cap = 4096;
    // A valid GetModel reply padded with spaces to the exact size.
    QByteArray body = R"({"RequestId":"R","ModelId":"model-1"})";
    body.append(QByteArray(Cap + extraBytes - body.size(), ' '));
    QCOMPARE(body.size(), Cap + extraBytes);

    HostileHttpServer server;
    server.handler = [&](const Request &) {
        if (announced)
            return HostileHttpServer::json(body);
        // No Content-Length: the client learns the size only by reading.
        return Reply{Reply::Mode::Whole,
                     "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                     "close\r\n\r\n" +
                         body,
                     {},
                     0};
    };
    QVERIFY(server.listen());
    api::ApiClient client(api::Endpoint::fromUrl(server.url()), {AccessKeyId, AccessKeySecret, {}});
    client.setMaxReplyBytes(Cap);
    auto *get = client.getModel(u"model-1"_s, QDeadlineTimer(DeadlineMs));
    QSignalSpy finished(get, &api::ApiCall::finished);
    QVERIFY(finished.wait(DeadlineMs + SlackMs));
    if (extraBytes == 0) {
        QVERIFY(get->succeeded());
        QCOMPARE(get->model()->modelId, u"model-1"_s);
    } else {
        QVERIFY(get->error());
        QCOMPARE(get->error()->kind, Kind::MalformedResponse);
        QVERIFY2(get->error()->message.startsWith(
                     u"The reply to GetModel is larger than 4096 bytes (at least "_s),
                 qPrintable(get->error()->message));
    }
}

void TestHostileReplies::outerDeadlineBoundsEveryCall()
{
    // The CLI's --timeout: a call given a longer deadline of its own still ends with the outer one.
    HostileHttpServer server;
    server.handler = [](const Request &) { return HostileHttpServer::silent(); };
    QVERIFY(server.listen());
    api::ApiClient client(api::Endpoint::fromUrl(server.url()), {AccessKeyId, AccessKeySecret, {}});
    client.setOuterDeadline(QDeadlineTimer(1000, Qt::PreciseTimer));
    QElapsedTimer clock;
    clock.start();
    auto *get = client.getModel(u"model-1"_s, QDeadlineTimer(std::chrono::minutes(5)));
    auto *list = client.listAllModels({});
    for (api::ApiCall *call :
         {static_cast<api::ApiCall *>(get), static_cast<api::ApiCall *>(list)}) {
        QSignalSpy finished(call, &api::ApiCall::finished);
        QVERIFY(call->isFinished() || finished.wait(1000 + SlackMs));
        QCOMPARE(call->error()->kind, Kind::Timeout);
    }
    QVERIFY(clock.elapsed() < 1000 + SlackMs);
}

QTEST_GUILESS_MAIN(TestHostileReplies)
#include "tst_hostilereplies.moc"
