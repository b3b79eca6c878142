#include "api/apiclient.h"
#include "gui/browse/modeldetailscache.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/workspaceloader.h"
#include "gui/models/activitylogmodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;

namespace {

constexpr int TimeoutMs = 20000;

QStringList modelIds(const gui::ModelTableModel &table)
{
    QStringList ids;
    for (int row = 0; row < table.rowCount(); ++row)
        ids.append(table.modelAt(row).modelId);
    return ids;
}

QStringList storedIds(SandboxFixture &sandbox, const QString &workspaceId = {})
{
    QStringList ids;
    for (const pai::Model &model : sandbox.store().models()) {
        if (workspaceId.isEmpty() || model.workspaceId == workspaceId)
            ids.append(model.modelId);
    }
    return ids;
}

} // namespace

class TestBrowseLoaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryPageWithProgress();
    void switchingCancelsLoadInFlight();
    void laterPagesArriveInBatchesInServerOrder();
    void rowsWaitingForInsertionStayWithTheirListing_data();
    void rowsWaitingForInsertionStayWithTheirListing();
    void workspacesLoadEveryPage();
    void detailsAreCached();
    void detailsErrorCarriesRequestId();
    void activityLogModelFollowsLog();
};

void TestBrowseLoaders::loadsEveryPageWithProgress()
{
    SandboxFixture sandbox(SandboxFixture::Content::Empty);
    QVERIFY(sandbox.isListening());
    sandbox::DemoData::populateGenerated(sandbox.store(), 230);
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    client.setListAllPageSize(20);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gui::ModelListLoader loader(&table);
    loader.setClient(&client);
    QSignalSpy first(&loader, &gui::ModelListLoader::firstRowsShown);
    QSignalSpy progress(&loader, &gui::ModelListLoader::progressChanged);
    QSignalSpy finished(&loader, &gui::ModelListLoader::finished);
    loader.load({});
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(first.count(), 1);
    QCOMPARE(table.rowCount(), 230);
    QCOMPARE(loader.totalCount(), 230);
    QCOMPARE(progress.constLast().at(0).toLongLong(), 230);
    QCOMPARE(progress.constLast().at(1).toLongLong(), 230);
    QCOMPARE(loader.progressText(), u"230 of 230 loaded"_s);
    // Rows came page by page: the count rose through intermediate values.
    QVERIFY(progress.count() > 3);
    // Server order, no duplicates.
    const QList<pai::Model> stored = sandbox.store().models();
    for (int row = 0; row < table.rowCount(); ++row)
        QCOMPARE(table.modelAt(row).modelId, stored.at(row).modelId);
}

void TestBrowseLoaders::switchingCancelsLoadInFlight()
{
    SandboxFixture sandbox(SandboxFixture::Content::Empty);
    QVERIFY(sandbox.isListening());
    sandbox::DemoData::populateGenerated(sandbox.store(), 200);
    sandbox::FaultPlan slow;
    slow.latencyMs = 50;
    sandbox.server().setFaultPlan(slow);
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    client.setListAllPageSize(10);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gui::ModelListLoader loader(&table);
    loader.setClient(&client);
    QSignalSpy finished(&loader, &gui::ModelListLoader::finished);
    QSignalSpy failed(&loader, &gui::ModelListLoader::failed);

    loader.load({});
    QTRY_VERIFY_WITH_TIMEOUT(table.rowCount() > 0, TimeoutMs);
    QVERIFY(loader.isLoading());

    const QString workspaceId = sandbox.store().workspaces().at(1).workspaceId;
    api::ModelListQuery query;
    query.workspaceId = workspaceId;
    loader.load(query);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0); // the canceled load says nothing
    // Only the second listing's rows: no late page of the first one got in.
    int expected = 0;
    for (const pai::Model &model : sandbox.store().models())
        expected += model.workspaceId == workspaceId ? 1 : 0;
    QCOMPARE(table.rowCount(), expected);
    for (int row = 0; row < table.rowCount(); ++row)
        QCOMPARE(table.modelAt(row).workspaceId, workspaceId);

    // Cancel stops a load without a signal and keeps the rows so far; a load started after it
    // sees none of the canceled one's pages, even those that were on the wire.
    loader.load({});
    QTRY_VERIFY_WITH_TIMEOUT(table.rowCount() > 0, TimeoutMs);
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QCOMPARE(finished.count(), 1);
    loader.load(query);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(table.rowCount(), expected);
    for (int row = 0; row < table.rowCount(); ++row)
        QCOMPARE(table.modelAt(row).workspaceId, workspaceId);
}

void TestBrowseLoaders::laterPagesArriveInBatchesInServerOrder()
{
    SandboxFixture sandbox(SandboxFixture::Content::Empty);
    QVERIFY(sandbox.isListening());
    sandbox::DemoData::populateGenerated(sandbox.store(), 400);
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    client.setListAllPageSize(10);
    const QStringList expected = storedIds(sandbox);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gui::ModelListLoader loader(&table);
    loader.setClient(&client);
    QSignalSpy finished(&loader, &gui::ModelListLoader::finished);
    // After every insertion the table holds a prefix of the listing: server order, no gaps, no
    // model twice.
    QList<int> insertedCounts;
    int outOfOrder = 0;
    connect(&table, &QAbstractItemModel::rowsInserted, &table,
            [&](const QModelIndex &, int first, int last) {
                insertedCounts.append(last - first + 1);
                if (modelIds(table) != expected.mid(0, table.rowCount()))
                    ++outOfOrder;
            });
    loader.load({});
    QVERIFY(finished.wait(TimeoutMs));

    QCOMPARE(modelIds(table), expected);
    QCOMPARE(outOfOrder, 0);
    QVERIFY(!insertedCounts.isEmpty());
    QCOMPARE(insertedCounts.constFirst(), 10); // the first page is shown on its own, at once
    // The 39 later pages reach the table in batches, not one insertion each.
    QVERIFY2(insertedCounts.size() < 40,
             qPrintable(u"%1 insertions for 40 pages"_s.arg(insertedCounts.size())));
}

void TestBrowseLoaders::rowsWaitingForInsertionStayWithTheirListing_data()
{
    QTest::addColumn<QString>("action");

    QTest::newRow("reload") << u"reload"_s;
    QTest::newRow("switch workspace") << u"switch"_s;
    QTest::newRow("cancel, then switch") << u"cancel"_s;
}

void TestBrowseLoaders::rowsWaitingForInsertionStayWithTheirListing()
{
    QFETCH(QString, action);

    SandboxFixture sandbox(SandboxFixture::Content::Empty);
    QVERIFY(sandbox.isListening());
    sandbox::DemoData::populateGenerated(sandbox.store(), 120);
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    client.setListAllPageSize(10);
    // One page at a time: when page 3 is answered, pages 2 and 3 have been handed to the loader
    // and wait for the next batch, and page 4 is on the wire.
    client.setMaxPagesInFlight(1);
    const QString workspaceId = sandbox.store().workspaces().at(1).workspaceId;
    api::ModelListQuery inWorkspace;
    inWorkspace.workspaceId = workspaceId;

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gui::ModelListLoader loader(&table);
    loader.setClient(&client);
    QSignalSpy finished(&loader, &gui::ModelListLoader::finished);
    QSignalSpy failed(&loader, &gui::ModelListLoader::failed);

    int pagesAnswered = 0;
    bool acted = false;
    QStringList keptByCancel;
    // Queued: runs once the loader has taken page 3, before anything else arrives. The context
    // goes first when the test ends, and with it any call still queued for the next data row.
    QObject context;
    connect(
        client.activityLog(), &api::ActivityLog::entryAdded, &context,
        [&](const api::ActivityEntry &entry) {
            if (acted || entry.operation != u"ListModels"_s || entry.outcome != u"ok"_s ||
                ++pagesAnswered < 3)
                return;
            acted = true;
            if (action == u"reload"_s) {
                loader.reload();
            } else if (action == u"switch"_s) {
                loader.load(inWorkspace);
            } else {
                loader.cancel();
                keptByCancel = modelIds(table);
                loader.load(inWorkspace);
            }
        },
        Qt::QueuedConnection);

    loader.load({});
    QVERIFY(finished.wait(TimeoutMs));
    QVERIFY(acted);
    QCOMPARE(finished.count(), 1); // only the listing that was not replaced finishes
    QCOMPARE(failed.count(), 0);
    QVERIFY(!loader.isLoading());

    const QStringList all = storedIds(sandbox);
    if (action == u"cancel"_s)
        QCOMPARE(keptByCancel, all.mid(0, 30)); // what had arrived is kept, in order
    const QStringList expected = action == u"reload"_s ? all : storedIds(sandbox, workspaceId);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(modelIds(table), expected);
    QCOMPARE(loader.loadedCount(), expected.size());
    QCOMPARE(loader.totalCount(), expected.size());
}

void TestBrowseLoaders::workspacesLoadEveryPage()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    gui::WorkspaceListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gui::WorkspaceLoader loader(&list);
    loader.setClient(&client);
    QSignalSpy finished(&loader, &gui::WorkspaceLoader::finished);
    loader.load();
    QVERIFY(finished.wait(TimeoutMs));
    const QList<pai::Workspace> stored = sandbox.store().workspaces();
    QCOMPARE(list.workspaceCount(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(list.workspaceAt(int(i) + gui::WorkspaceListModel::FirstWorkspaceRow)->workspaceId,
                 stored.at(i).workspaceId);
}

void TestBrowseLoaders::detailsAreCached()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    gui::ModelDetailsCache cache;
    cache.setClient(&client);
    QSignalSpy ready(&cache, &gui::ModelDetailsCache::modelReady);
    const pai::Model stored = sandbox.store().models().at(2);

    cache.request(stored.modelId);
    QVERIFY(ready.wait(TimeoutMs));
    QCOMPARE(ready.constLast().at(0).value<pai::Model>().extraInfo, stored.extraInfo);
    const qsizetype calls = client.activityLog()->size();
    cache.request(stored.modelId);
    QCOMPARE(ready.count(), 2); // at once, from the cache
    QCOMPARE(client.activityLog()->size(), calls);

    cache.invalidate(stored.modelId);
    cache.request(stored.modelId);
    QVERIFY(ready.wait(TimeoutMs));
    QCOMPARE(client.activityLog()->size(), calls + 1);

    // Only the latest request is answered.
    const pai::Model other = sandbox.store().models().at(3);
    cache.clear();
    cache.request(stored.modelId);
    cache.request(other.modelId);
    QVERIFY(ready.wait(TimeoutMs));
    QCOMPARE(ready.count(), 4);
    QCOMPARE(ready.constLast().at(0).value<pai::Model>().modelId, other.modelId);
    QVERIFY(!cache.isFetching());
    QVERIFY(!cache.cached(stored.modelId)); // the superseded fetch was canceled, not stored
}

void TestBrowseLoaders::detailsErrorCarriesRequestId()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    gui::ModelDetailsCache cache;
    cache.setClient(&client);
    QSignalSpy failed(&cache, &gui::ModelDetailsCache::failed);
    cache.request(u"model-doesnotexist"_s);
    QVERIFY(failed.wait(TimeoutMs));
    const auto error = failed.constLast().at(1).value<api::ApiError>();
    QCOMPARE(failed.constLast().at(0).toString(), u"model-doesnotexist"_s);
    QVERIFY(error.isNotFound());
    QVERIFY(!error.code.isEmpty());
    QVERIFY(!error.requestId.isEmpty());
}

void TestBrowseLoaders::activityLogModelFollowsLog()
{
    api::ActivityLog log;
    log.setMaxEntries(3);
    gui::ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(&log);
    for (int i = 1; i <= 5; ++i) {
        api::ActivityEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.operation = u"GetModel"_s;
        entry.target = u"model-%1"_s.arg(i);
        entry.method = "GET";
        entry.pathAndQuery = "/api/v1/models/model-" + QByteArray::number(i);
        entry.httpStatus = 200;
        entry.requestId = u"REQ-%1"_s.arg(i);
        entry.attempt = i == 5 ? 3 : 1;
        entry.durationMs = 12;
        log.append(entry);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, gui::ActivityLogModel::RequestIdColumn).data().toString(), u"REQ-3"_s);
    QCOMPARE(model.index(2, gui::ActivityLogModel::RetriesColumn).data().toInt(), 2);
    QCOMPARE(model.index(2, gui::ActivityLogModel::RequestColumn).data().toString(),
             u"GET /api/v1/models/model-5"_s);
    QVERIFY(model.rowText(2).contains(u"REQ-5"_s));
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestBrowseLoaders)
#include "tst_browseloaders.moc"
