// 10,000 models from a sandbox with 20 ms latency per request, listed into the main window's
// table (ModelListLoader -> ModelTableModel -> filter proxy -> ModelTableView): time until the
// first rows are in the view, time until every row is, and the target for the latter, 1.3 x
// ceil(pages / 6) x latency + the parse time, with the parse time measured here too. The sandbox
// runs in its own thread, like a remote server. Usage: bench_browse_load [MODELS, default 10000]
// [LATENCY_MS, default 20] [RUNS, default 5]

#include "api/apiclient.h"
#include "benchsupport.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/modeltableview.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "pai/wirejson.h"
#include "sandbox/demodata.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStyledItemDelegate>
#include <QThread>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString KeyId = u"LTAI5tBenchKeyId"_s;
const QString Secret = u"bench-secret"_s;

// What parsing costs the client alone: every page body, from bytes to pai::Model values.
qint64 parseMicroseconds(const QList<pai::Model> &models, int pageSize)
{
    QList<QByteArray> bodies;
    for (qsizetype first = 0; first < models.size(); first += pageSize) {
        QJsonArray items;
        for (qsizetype i = first; i < std::min<qsizetype>(first + pageSize, models.size()); ++i)
            items.append(pai::WireJson::modelToJson(models.at(i)));
        const QJsonObject body{{u"RequestId"_s, u"B0A5D2C1-0000-4000-8000-000000000000"_s},
                               {u"TotalCount"_s, qint64(models.size())},
                               {u"Models"_s, items}};
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype parsed = 0;
    for (const QByteArray &body : std::as_const(bodies)) {
        const auto page = pai::WireJson::modelPageFromJson(QJsonDocument::fromJson(body).object());
        parsed += page.value ? page.value->models.size() : 0;
    }
    const qint64 us = timer.nsecsElapsed() / 1000;
    if (parsed != models.size())
        std::fprintf(stderr, "parse check failed: %lld of %lld\n", static_cast<long long>(parsed),
                     static_cast<long long>(models.size()));
    return us;
}

} // namespace

int main(int argc, char **argv)
{
    bench::useOffscreenUnlessSet();
    QApplication app(argc, argv);
    const qsizetype modelCount = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000;
    const int latencyMs = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 5;

    QThread serverThread;
    serverThread.start();
    QObject inThread;
    inThread.moveToThread(&serverThread);
    sandbox::SandboxServer *server = nullptr;
    QUrl url;
    QList<pai::Model> stored;
    QMetaObject::invokeMethod(
        &inThread,
        [&] {
            server = new sandbox::SandboxServer;
            server->addAccessKey(KeyId, Secret);
            sandbox::DemoData::populateGenerated(server->store(), modelCount);
            sandbox::FaultPlan plan;
            plan.latencyMs = latencyMs;
            server->setFaultPlan(plan);
            stored = server->store().models();
            if (server->listen())
                url = server->url();
        },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty()) {
        std::fprintf(stderr, "the sandbox could not listen\n");
        return 1;
    }

    api::ApiClient client(api::Endpoint::fromUrl(url), {KeyId, Secret, {}});
    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    gui::ModelTableView view; // set up as in the main window
    view.setModel(&proxy);
    // BENCH_PLAIN_DELEGATE=1 paints with Qt's own delegate, to compare against the table's.
    if (!qEnvironmentVariableIsEmpty("BENCH_PLAIN_DELEGATE"))
        view.setItemDelegate(new QStyledItemDelegate(&view));
    view.resize(1200, 700);
    // BENCH_NO_VIEW=1 measures the models alone, to tell their cost from the view's.
    if (qEnvironmentVariableIsEmpty("BENCH_NO_VIEW"))
        view.show();
    gui::ModelListLoader loader(&table);
    loader.setClient(&client);

    const int pageSize = client.listAllPageSize();
    const qsizetype total = stored.size();
    const qsizetype pages = (total + pageSize - 1) / pageSize;
    const int inFlight = client.maxPagesInFlight();
    const qint64 parseUs = parseMicroseconds(stored, pageSize);

    std::printf("Listing %lld models into the model table (with a view) from a sandbox with %d ms "
                "latency, page size %d, %d pages in flight, %d runs, Qt %s\n",
                static_cast<long long>(total), latencyMs, pageSize, inFlight, runs, qVersion());
    QList<qint64> first;
    QList<qint64> all;
    int status = 0;
    for (int run = 0; run < runs; ++run) {
        QEventLoop loop;
        qint64 firstMs = -1;
        qint64 allMs = -1;
        const auto c1 = QObject::connect(&loader, &gui::ModelListLoader::firstRowsShown, &loop,
                                         [&](qint64 ms) { firstMs = ms; });
        const auto c2 =
            QObject::connect(&loader, &gui::ModelListLoader::finished, &loop, [&](qint64 ms) {
                allMs = ms;
                loop.quit();
            });
        const auto c3 = QObject::connect(
            &loader, &gui::ModelListLoader::failed, &loop, [&](const api::ApiError &error) {
                std::fprintf(stderr, "failed: %s\n", qPrintable(error.userText()));
                loop.quit();
            });
        loader.load({});
        loop.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        QObject::disconnect(c3);
        if (allMs < 0 || table.rowCount() != total || proxy.rowCount() != total) {
            status = 1;
            break;
        }
        first.append(firstMs);
        all.append(allMs);
        std::printf("  run %d: first rows %lld ms, all rows %lld ms\n", run + 1,
                    static_cast<long long>(firstMs), static_cast<long long>(allMs));
    }
    if (!all.isEmpty()) {
        const double floorMs = double((pages + inFlight - 1) / inFlight) * latencyMs;
        const double targetMs = 1.3 * floorMs + double(parseUs) / 1000.0;
        std::printf("first rows: median %lld ms (one request: page 1 at %d ms latency)\n",
                    static_cast<long long>(bench::median(first)), latencyMs);
        std::printf("all rows:   median %lld ms, best %lld ms\n",
                    static_cast<long long>(bench::median(all)),
                    static_cast<long long>(*std::min_element(all.begin(), all.end())));
        std::printf("parse time of all %lld pages: %.1f ms\n", static_cast<long long>(pages),
                    double(parseUs) / 1000.0);
        std::printf("target: 1.3 x ceil(%lld / %d) x %d ms + parse = %.1f ms -> %s\n",
                    static_cast<long long>(pages), inFlight, latencyMs, targetMs,
                    double(bench::median(all)) <= targetMs ? "met" : "MISSED");
    }

    QMetaObject::invokeMethod(
        &inThread, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return status;
}
