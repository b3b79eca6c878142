// Signatures per second of the ACS3-HMAC-SHA256 signer, for docs/benchmarks.md.
// Usage: bench_signing [--json] [--official] [SECONDS per case, default 2]
//   --json       one JSON object per line: {"case": ..., "signaturesPerSecond": ...}
//   --official   also runs Alibaba's @alicloud/openapi-util on the "official-request" case, in
//                the same run (node; `npm ci` in bench/versus-sdk/node first), and the ratio

#include "api/signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

struct Case
{
    const char *name;
    api::SignInput input;
};

api::HeaderList baseHeaders(const QByteArray &action)
{
    return {{"host", "aiworkspace.cn-hangzhou.aliyuncs.com"},
            {"x-acs-action", action},
            {"x-acs-version", "2021-02-04"},
            {"accept", "application/json"},
            {"user-agent", "PaiDesk/bench"}};
}

QList<Case> cases()
{
    api::SignInput get{
        "GET", "/api/v1/models/model-rbvg5wzljzks92", {}, baseHeaders("GetModel"), {}};
    api::SignInput list{"GET",
                        "/api/v1/models",
                        {{u"WorkspaceId"_s, u"123456"_s},
                         {u"PageNumber"_s, u"3"_s},
                         {u"PageSize"_s, u"100"_s},
                         {u"Query"_s, u"qwen chat 模型"_s},
                         {u"Tag"_s, uR"([{"Key":"team","Value":"nlp"}])"_s}},
                        baseHeaders("ListModels"),
                        {}};
    api::SignInput create{"POST", "/api/v1/models", {}, baseHeaders("CreateModel"), {}};
    create.headers.append(std::pair("content-type"_ba, "application/json; charset=utf-8"_ba));
    create.body = R"({"ModelName":"llama-3-8b-instruct","WorkspaceId":"123456",)"
                  R"("ModelDescription":"Meta Llama 3 8B instruct, fine-tuned for chat",)"
                  R"("Accessibility":"PRIVATE","Domain":"nlp","Task":"text-generation",)"
                  R"("Origin":"HuggingFace","Labels":[{"Key":"family","Value":"llama"},)"
                  R"({"Key":"license","Value":"llama3"}],"ExtraInfo":{"Rating":4.5}})";
    // The request the official package is measured on (see runOfficial): a fixed date, a fresh
    // nonce per signature, the empty body's hash given.
    api::SignInput official{"GET",
                            "/api/v1/models",
                            {{u"PageSize"_s, u"100"_s},
                             {u"PageNumber"_s, u"3"_s},
                             {u"Query"_s, u"SD 1.5"_s}},
                            {{"host", "aiworkspace.cn-hangzhou.aliyuncs.com"},
                             {"x-acs-action", "ListModels"},
                             {"x-acs-version", "2021-02-04"}},
                            {}};
    return {{"official-request", official},
            {"GetModel (no query, no body)", get},
            {"ListModels (5 query parameters)", list},
            {"CreateModel (420-byte JSON body)", create}};
}

} // namespace

// Runs the official package's loop (bench/versus-sdk/node/sign.js) for `seconds`; 0 on failure.
double runOfficial(double seconds)
{
    const QString script = QStringLiteral(PAIDESK_BENCH_NODE_DIR "/sign.js");
    if (!QFileInfo::exists(QStringLiteral(PAIDESK_BENCH_NODE_DIR "/node_modules"))) {
        std::fprintf(stderr, "the official SDK is not installed: run npm ci in %s\n",
                     PAIDESK_BENCH_NODE_DIR);
        return 0;
    }
    QProcess node;
    node.start(u"node"_s, {script, QString::number(seconds)});
    if (!node.waitForFinished(int(seconds * 1000) + 60000) || node.exitCode() != 0) {
        std::fprintf(stderr, "node sign.js failed: %s\n", node.readAllStandardError().constData());
        return 0;
    }
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    return result.value(u"signaturesPerSecond"_s).toDouble();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool json = false;
    bool official = false;
    double seconds = 2.0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--json")
            json = true;
        else if (argument == "--official")
            official = true;
        else
            seconds = argument.toDouble();
    }
    const api::Credentials credentials{u"LTAI5tBenchKeyId"_s, u"bench-secret"_s, {}};
    const api::Credentials sts{u"STS.NBenchKeyId"_s, u"bench-secret"_s,
                               u"CAISbenchSecurityToken+/="_s};
    const QDateTime date = QDateTime::currentDateTimeUtc();

    if (!json) {
        std::printf("ACS3-HMAC-SHA256 signer, %.1f s per case, Qt %s\n", seconds, qVersion());
        // Wall time suffers when other processes share the CPU; CPU time of this process does
        // not.
        std::printf("%-36s %14s %12s %16s\n", "request", "signatures/s", "us/signature",
                    "cpu us/signature");
    }
    double paideskOfficialRequest = 0;
    for (const Case &c : cases()) {
        for (const bool withSts : {false, true}) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            qint64 count = 0;
            qsizetype sink = 0;
            while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
                for (int i = 0; i < 200; ++i) {
                    const api::Signature signature = api::Acs3::sign(
                        c.input, withSts ? sts : credentials, date, api::Acs3::newNonce());
                    sink += signature.authorization.size();
                }
                count += 200;
            }
            const double elapsed = double(timer.nsecsElapsed()) / 1e9;
            const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            const QByteArray label = QByteArray(c.name) + (withSts ? " +STS" : "");
            const double perSecond = double(count) / elapsed;
            if (QByteArray(c.name) == "official-request" && !withSts)
                paideskOfficialRequest = perSecond;
            if (json) {
                std::printf("{\"case\": \"%s\", \"signaturesPerSecond\": %.0f, "
                            "\"cpuMicrosecondsPerSignature\": %.3f}\n",
                            label.constData(), perSecond, cpu * 1e6 / double(count));
            } else {
                std::printf("%-36s %14.0f %12.2f %16.2f\n", label.constData(), perSecond,
                            elapsed * 1e6 / double(count), cpu * 1e6 / double(count));
            }
            if (sink == 0)
                return 1;
        }
    }
    if (official) {
        const double theirs = runOfficial(seconds);
        if (theirs <= 0)
            return 1;
        if (json) {
            std::printf("{\"case\": \"official-request\", \"implementation\": "
                        "\"@alicloud/openapi-util\", \"signaturesPerSecond\": %.0f}\n"
                        "{\"case\": \"official-request\", \"ratio\": %.2f}\n",
                        theirs, paideskOfficialRequest / theirs);
        } else {
            std::printf("%-36s %14.0f\nPaiDesk / official on official-request: %.2f x\n",
                        "official-request (@alicloud/openapi-util)", theirs,
                        paideskOfficialRequest / theirs);
        }
    }
    return 0;
}
