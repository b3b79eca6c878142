// Time to list every model of a sandbox with a fixed latency per request: pages fetched one
// after the other versus up to six in flight. The sandbox runs in its own thread, like a remote
// server would, so its work does not share the client's event loop.
// Usage: bench_listing [MODELS, default 10000] [LATENCY_MS, default 20] [RUNS, default 3]

#include "api/apiclient.h"
#include "sandbox/demodata.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString KeyId = u"LTAI5tBenchKeyId"_s;
const QString Secret = u"bench-secret"_s;

struct Result
{
    qint64 ms = 0;
    qsizetype models = 0;
    bool ok = false;
    QString error;
};

Result listAll(api::ApiClient &client, int pageSize, int inFlight)
{
    client.setMaxPagesInFlight(inFlight);
    api::ModelListQuery query;
    query.pageSize = pageSize;
    QElapsedTimer timer;
    timer.start();
    api::ListAllModelsCall *call = client.listAllModels(query);
    QEventLoop loop;
    QObject::connect(call, &api::ApiCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Result result;
    result.ms = timer.elapsed();
    result.models = call->models().size();
    result.ok = call->succeeded();
    if (call->error())
        result.error = call->error()->userText();
    delete call;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype modelCount = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000;
    const int latencyMs = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 3;

    QThread serverThread;
    serverThread.start();
    QObject inThread;
    inThread.moveToThread(&serverThread);
    sandbox::SandboxServer *server = nullptr;
    QUrl url;
    QMetaObject::invokeMethod(
        &inThread,
        [&] {
            server = new sandbox::SandboxServer;
            server->addAccessKey(KeyId, Secret);
            sandbox::DemoData::populateGenerated(server->store(), modelCount);
            sandbox::FaultPlan plan;
            plan.latencyMs = latencyMs;
            server->setFaultPlan(plan);
            if (server->listen())
                url = server->url();
        },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty()) {
        std::fprintf(stderr, "the sandbox could not listen\n");
        return 1;
    }
    qsizetype total = 0;
    QMetaObject::invokeMethod(
        &inThread, [&] { total = server->store().modelCount(); }, Qt::BlockingQueuedConnection);

    api::ApiClient client(api::Endpoint::fromUrl(url), {KeyId, Secret, {}});
    std::printf("Listing %lld models from a sandbox with %d ms latency per request "
                "(signature checks on), best of %d runs, Qt %s\n",
                static_cast<long long>(total), latencyMs, runs, qVersion());
    // The floor is what the latency alone costs: page 1, then rounds of `in flight` pages.
    std::printf("%-10s %-10s %8s %10s %12s %10s %10s\n", "page size", "in flight", "pages",
                "best ms", "median ms", "floor ms", "models");
    int status = 0;
    for (const int pageSize : {50, 100}) {
        for (const int inFlight : {1, 6}) {
            QList<qint64> times;
            Result last;
            for (int run = 0; run < runs; ++run) {
                last = listAll(client, pageSize, inFlight);
                if (!last.ok) {
                    std::fprintf(stderr, "listing failed: %s\n", qPrintable(last.error));
                    status = 1;
                    break;
                }
                times.append(last.ms);
            }
            if (times.isEmpty())
                continue;
            std::sort(times.begin(), times.end());
            const qsizetype pages = (total + pageSize - 1) / pageSize;
            const qsizetype rounds = 1 + (pages - 1 + inFlight - 1) / inFlight;
            std::printf("%-10d %-10s %8lld %10lld %12lld %10lld %10lld\n", pageSize,
                        inFlight == 1 ? "1 (seq)" : "6", static_cast<long long>(pages),
                        static_cast<long long>(times.constFirst()),
                        static_cast<long long>(times.at(times.size() / 2)),
                        static_cast<long long>(rounds * latencyMs),
                        static_cast<long long>(last.models));
            if (last.models != total)
                status = 1;
        }
    }

    QMetaObject::invokeMethod(
        &inThread, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return status;
}
