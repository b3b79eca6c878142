#include "api/apiclient.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/workspaceloader.h"
#include "gui/common/connectioninfo.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/models/modeltablemodel.h"
#include "gui/settings/timeoutsettings.h"
#include "support/hostilehttpserver.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Request = HostileHttpServer::Request;
using Reply = HostileHttpServer::Reply;

namespace {

constexpr int TimeoutMs = 20000;
constexpr int PageSize = 10;

QByteArray modelPage(qint64 total, int first, int rows)
{
    QByteArrayList items;
    for (int i = 0; i < rows; ++i)
        items.append("{\"ModelId\":\"model-" + QByteArray::number(first + i) + "\"}");
    return "{\"RequestId\":\"R\",\"TotalCount\":" + QByteArray::number(total) + ",\"Models\":[" +
           items.join(',') + "]}";
}

// One workspace, then ListModels as `models` answers it.
std::function<Reply(const Request &)> serving(std::function<Reply(int page)> models)
{
    return [models](const Request &request) {
        if (request.path.contains("workspaces"))
            return HostileHttpServer::json(
                R"({"RequestId":"R","TotalCount":1,"Workspaces":[{"WorkspaceId":"1"}]})");
        return models(request.pageNumber());
    };
}

api::Credentials credentials()
{
    return {u"LTAI5tTestKey"_s, u"test-secret-value"_s, {}};
}

} // namespace

// The window's listing against a server that would keep it going: it ends with a warning, or the
// person cancels it; and the list timeout covers the whole listing.
class TestListingBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void loaderEndsRepeatingListingWithWarning();
    void windowShowsWarningsOfListing();
    void windowCancelsListing();
    void listTimeoutCoversWholeListing_data();
    void listTimeoutCoversWholeListing();
};

void TestListingBounds::loaderEndsRepeatingListingWithWarning()
{
    HostileHttpServer server;
    server.handler =
        serving([](int) { return HostileHttpServer::json(modelPage(1'000'000'000, 0, PageSize)); });
    QVERIFY(server.listen());
    api::ApiClient client(api::Endpoint::fromUrl(server.url()), credentials());
    client.setListAllPageSize(PageSize);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    gui::ModelListLoader loader(&table);
    loader.setClient(&client);
    QSignalSpy finished(&loader, &gui::ModelListLoader::finished);
    QSignalSpy warningsChanged(&loader, &gui::ModelListLoader::warningsChanged);
    loader.load({});
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(table.rowCount(), PageSize);
    QVERIFY(warningsChanged.count() > 0);
    QCOMPARE(loader.warnings(),
             (QStringList{u"ListModels reports 1000000000 items; PaiDesk lists at most the first "
                          "200000."_s,
                          u"ListModels page 2 repeated items already listed; the listing ends "
                          "with the 10 read so far."_s}));
    // Once done, the count is what arrived, not what the server claimed.
    QCOMPARE(loader.totalCount(), PageSize);
    QCOMPARE(loader.progressText(), u"10 of 10 loaded"_s);
}

void TestListingBounds::windowShowsWarningsOfListing()
{
    HostileHttpServer server;
    server.handler = serving([](int page) {
        return HostileHttpServer::json(
            modelPage(100, (page - 1) * PageSize, page == 1 ? PageSize : 0));
    });
    QVERIFY(server.listen());
    api::ApiClient client(api::Endpoint::fromUrl(server.url()), credentials());
    client.setListAllPageSize(PageSize);
    gui::MainWindow window;
    window.setConnection(&client, {u"hostile"_s, u"cn-hangzhou"_s, server.url(), false});
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        !window.modelLoader()->isLoading() && !window.workspaceLoader()->isLoading(), TimeoutMs);
    auto *warning = window.findChild<QLabel *>(u"listingWarningLabel"_s);
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    // The English plural forms come from the translations, which this test does not load.
    const QString text = warning->text();
    QVERIFY2(text.startsWith(u"The listing may be incomplete (1 warning"_s), qPrintable(text));
    QVERIFY2(text.endsWith(u"): ListModels page 2 was empty although the server reported 100 "
                           "items; the listing ends with the 10 read so far."_s),
             qPrintable(text));
    QVERIFY(!window.findChild<QPushButton *>(u"cancelListingButton"_s)->isVisible());
}

void TestListingBounds::windowCancelsListing()
{
    // Page 1 promises more, and the other pages never come.
    HostileHttpServer server;
    server.handler = serving([](int page) {
        return page == 1 ? HostileHttpServer::json(modelPage(1000, 0, PageSize))
                         : HostileHttpServer::silent();
    });
    QVERIFY(server.listen());
    api::ApiClient client(api::Endpoint::fromUrl(server.url()), credentials());
    client.setListAllPageSize(PageSize);
    gui::MainWindow window;
    window.setConnection(&client, {u"hostile"_s, u"cn-hangzhou"_s, server.url(), false});
    window.show();
    auto *cancel = window.findChild<QPushButton *>(u"cancelListingButton"_s);
    auto *loaded = window.findChild<QLabel *>(u"loadedLabel"_s);
    QVERIFY(cancel && loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded->text(), u"10 of 1,000 loaded"_s, TimeoutMs);
    QVERIFY(window.modelLoader()->isLoading());
    QVERIFY(cancel->isVisible());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!window.modelLoader()->isLoading());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(loaded->text(), u"10 of 1,000 loaded (canceled)"_s);
    QCOMPARE(window.modelLoader()->loadedCount(), PageSize); // what arrived is kept
}

void TestListingBounds::listTimeoutCoversWholeListing_data()
{
    QTest::addColumn<QVariant>("listPageMs"); // what an older PaiDesk saved, if anything
    QTest::addColumn<QVariant>("listMs");
    QTest::addColumn<qint64>("expectedListMs");

    const qint64 tenMinutes = 10 * 60 * 1000;
    QTest::newRow("nothing saved") << QVariant() << QVariant() << tenMinutes;
    QTest::newRow("old per-page value, shorter than the default")
        << QVariant(qint64(120'000)) << QVariant() << tenMinutes;
    QTest::newRow("old per-page value, longer than the default")
        << QVariant(qint64(900'000)) << QVariant() << qint64(900'000);
    QTest::newRow("whole-listing value saved")
        << QVariant(qint64(120'000)) << QVariant(qint64(30'000)) << qint64(30'000);
}

void TestListingBounds::listTimeoutCoversWholeListing()
{
    QFETCH(QVariant, listPageMs);
    QFETCH(QVariant, listMs);
    QFETCH(qint64, expectedListMs);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"t.ini"_s), QSettings::IniFormat);
    if (listPageMs.isValid())
        settings.setValue(u"timeouts/listPageMs"_s, listPageMs);
    if (listMs.isValid())
        settings.setValue(u"timeouts/listMs"_s, listMs);
    const gui::TimeoutSettings loaded = gui::TimeoutSettings::load(settings);
    QCOMPARE(loaded.list.count(), expectedListMs);
    const api::OperationTimeouts api = loaded.toApiTimeouts();
    QCOMPARE(api.listAll.count(), expectedListMs);
    QVERIFY(api.listPage <= api.listAll); // a page never outlives its listing

    loaded.save(settings);
    QCOMPARE(settings.value(u"timeouts/listMs"_s).toLongLong(), expectedListMs);
    QCOMPARE(gui::TimeoutSettings::load(settings), loaded);
}

QTEST_MAIN(TestListingBounds)
#include "tst_listingbounds.moc"
