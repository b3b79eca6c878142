#include "clirunner.h"
#include "support/hostilehttpserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clitest;
using Reply = HostileHttpServer::Reply;
using Request = HostileHttpServer::Request;

namespace {

QByteArray modelPage(qint64 total, int first, int rows)
{
    QByteArrayList items;
    for (int i = 0; i < rows; ++i)
        items.append("{\"ModelId\":\"model-" + QByteArray::number(first + i) + "\"}");
    return "{\"RequestId\":\"R\",\"TotalCount\":" + QByteArray::number(total) + ",\"Models\":[" +
           items.join(',') + "]}";
}

// The CLI's page size when a listing sets none (ApiClient::DefaultListAllPageSize).
constexpr int PageSize = 100;

} // namespace

// paidesk-cli against servers that lie: --timeout bounds the whole command, and a listing that
// the server would keep going forever ends, with its warnings on stderr.
class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileServer_data();
    void hostileServer();

private:
    QProcessEnvironment m_environment;
};

void TestCliHostile::initTestCase()
{
    m_environment = cleanEnvironment();
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tTestKey"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"test-secret-value"_s);
}

void TestCliHostile::hostileServer_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    QTest::addColumn<int>("modelsPrinted"); // -1: not checked

    QTest::newRow("huge TotalCount, the same page forever")
        << u"same page"_s << QStringList{u"--timeout"_s, u"8"_s, u"models"_s} << 0
        << u"paidesk-cli: warning: ListModels page 2 repeated items already listed; the listing "
           "ends with the 100 read so far."_s
        << PageSize;
    QTest::newRow("distinct pages without end: the whole command times out")
        << u"endless"_s << QStringList{u"--timeout"_s, u"2"_s, u"models"_s} << 3
        << u"paidesk-cli: the --timeout of 2 seconds passed before the command was done. "
           "Completed before it: ListModels (page 1)"_s
        << -1;
    QTest::newRow("a read that never gets headers")
        << u"silent"_s << QStringList{u"--timeout"_s, u"2"_s, u"model"_s, u"get"_s, u"model-1"_s}
        << 3 << u"No request had been completed."_s << -1;
}

void TestCliHostile::hostileServer()
{
    QFETCH(QString, server);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    QFETCH(int, modelsPrinted);

    HostileHttpServer hostile;
    hostile.handler = [server](const Request &request) {
        const int page = request.pageNumber();
        if (server == u"same page"_s)
            return HostileHttpServer::json(modelPage(1'000'000'000'000, 0, PageSize));
        if (server == u"endless"_s) {
            Reply reply =
                HostileHttpServer::json(modelPage(1'000'000'000, (page - 1) * PageSize, PageSize));
            reply.delayMs = 200;
            return reply;
        }
        return HostileHttpServer::silent();
    };
    QVERIFY(hostile.listen());

    QElapsedTimer clock;
    clock.start();
    const CliResult result =
        runCli(QStringList{u"--endpoint"_s, hostile.url().toString(), u"--output"_s, u"json"_s} +
                   arguments,
               m_environment, 30000);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.err).contains(stderrPart), qPrintable(result.describe()));
    if (modelsPrinted >= 0)
        QCOMPARE(modelIds(result.json()).size(), modelsPrinted);
    // The --timeout holds for the whole command; process start-up and slack on a loaded machine
    // come on top.
    const int timeoutSeconds = arguments.at(1).toInt();
    QVERIFY2(clock.elapsed() < timeoutSeconds * 1000 + 4000,
             qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
