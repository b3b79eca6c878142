#include "cli/commands/sandboxcommand.h"

#include "cli/commandcontext.h"
#include "cli/signalwatcher.h"
#include "sandbox/demodata.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/signatureverifier.h"

#include <QEventLoop>
#include <QHostAddress>

#include <optional>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

std::optional<double> parseRate(const QString &text)
{
    bool ok = false;
    const double rate = text.toDouble(&ok);
    if (!ok || rate < 0.0 || rate > 1.0)
        return std::nullopt;
    return rate;
}

} // namespace

QString SandboxCommand::summary() const
{
    return tr("Run a local AIWorkspace emulator until interrupted.");
}

int SandboxCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a local emulator of the AIWorkspace API until SIGINT or SIGTERM. The first lines "
           "on stdout are PAIDESK_SANDBOX_URL, ALIBABA_CLOUD_ACCESS_KEY_ID and "
           "ALIBABA_CLOUD_ACCESS_KEY_SECRET, as NAME=VALUE."));
    parser.addOptions({
        {u"listen"_s, tr("Address and port; port 0 picks a free one (default 127.0.0.1:0)."),
         tr("HOST:PORT"), u"127.0.0.1:0"_s},
        {u"data"_s, tr("Load models from FILE and save every change to it."), tr("FILE")},
        {u"demo"_s, tr("Add the demo workspaces and models (when the store has no models).")},
        {u"models"_s, tr("Add N generated models, for load tests."), tr("N")},
        {u"access-key-id"_s, tr("The only AccessKey ID accepted."), tr("ID")},
        {u"access-key-secret"_s, tr("Its secret."), tr("SECRET")},
        {u"latency-ms"_s, tr("Delay every reply by N milliseconds."), tr("N")},
        {u"max-page-size"_s,
         tr("Refuse listings with a PageSize above N (InvalidParameter), as a stricter gateway "
            "would."),
         tr("N")},
        {u"throttle-rate"_s, tr("Share of requests answered with Throttling.User (0 to 1)."),
         tr("R")},
        {u"error-rate"_s, tr("Share of requests answered with HTTP 500 or 503 (0 to 1)."), tr("R")},
        {u"drop-rate"_s, tr("Share of connections dropped without an answer (0 to 1)."), tr("R")},
        {u"slow-operations"_s,
         tr("Apply --latency-ms only to these operations, comma-separated (UpdateModel,...)."),
         tr("LIST")},
        {u"fault-operations"_s,
         tr("Apply the rates only to these operations, comma-separated (CreateModel,...)."),
         tr("LIST")},
        {u"store-before-fault"_s,
         tr("A write that draws a fault is stored first: the client cannot tell whether it ran.")},
        {u"tls-cert"_s,
         tr("Serve HTTPS with the certificate (and any intermediates) in this PEM file."),
         tr("FILE")},
        {u"tls-key"_s, tr("The unencrypted PEM private key of --tls-cert."), tr("FILE")},
        {u"sts"_s, tr("Also answer STS AssumeRole and AssumeRoleWithOIDC (RPC) at \"/\".")},
        {u"role"_s, tr("A role ARN STS may issue credentials for; repeat for more."), tr("ARN")},
        {u"sts-duration"_s,
         tr("Issued credentials live N seconds, whatever was asked (below 900 allowed, for "
            "tests)."),
         tr("N")},
        {u"ecs-metadata"_s,
         tr("Also serve the ECS metadata routes under /latest/ (IMDSv2 tokens) for one role.")},
        {u"ecs-role"_s, tr("The RAM role name the metadata routes serve."), tr("NAME")},
    });
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, tr("[options]"), context))
        return *exit;

    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString hostText = colon > 0 ? listen.left(colon) : QString();
    if (hostText == u"localhost"_s)
        hostText = u"127.0.0.1"_s;
    const QHostAddress address(hostText);
    if (!portOk || port > 65535 || address.isNull())
        return context.usageError(tr("--listen: \"%1\" is not HOST:PORT").arg(listen));

    const bool hasId = parser.isSet(u"access-key-id"_s);
    const bool hasSecret = parser.isSet(u"access-key-secret"_s);
    if (hasId != hasSecret) {
        return context.usageError(
            tr("--access-key-id and --access-key-secret must be given together"));
    }
    if (hasId && (parser.value(u"access-key-id"_s).isEmpty() ||
                  parser.value(u"access-key-secret"_s).isEmpty())) {
        return context.usageError(tr("--access-key-id: the key and its secret must not be empty"));
    }

    sandbox::FaultPlan plan;
    if (parser.isSet(u"latency-ms"_s)) {
        bool ok = false;
        plan.latencyMs = parser.value(u"latency-ms"_s).toInt(&ok);
        if (!ok || plan.latencyMs < 0) {
            return context.usageError(tr("--latency-ms: \"%1\" is not a number of milliseconds")
                                          .arg(parser.value(u"latency-ms"_s)));
        }
    }
    const struct
    {
        QString flag;
        double *rate;
    } rates[] = {{u"throttle-rate"_s, &plan.throttleRate},
                 {u"error-rate"_s, &plan.errorRate},
                 {u"drop-rate"_s, &plan.dropRate}};
    for (const auto &[flag, rate] : rates) {
        if (!parser.isSet(flag))
            continue;
        const std::optional<double> value = parseRate(parser.value(flag));
        if (!value) {
            return context.usageError(
                tr("--%1: \"%2\" is not a rate from 0 to 1").arg(flag, parser.value(flag)));
        }
        *rate = *value;
    }
    const auto operations = [&parser](const QString &flag) {
        return parser.value(flag).split(u',', Qt::SkipEmptyParts);
    };
    plan.latencyOperations = operations(u"slow-operations"_s);
    plan.operations = operations(u"fault-operations"_s);
    plan.applyWritesBeforeFault = parser.isSet(u"store-before-fault"_s);
    qsizetype generated = 0;
    if (parser.isSet(u"models"_s)) {
        bool ok = false;
        generated = parser.value(u"models"_s).toLongLong(&ok);
        if (!ok || generated < 0 || generated > 10'000'000) {
            return context.usageError(
                tr("--models: \"%1\" is not a number of models").arg(parser.value(u"models"_s)));
        }
    }

    const bool hasCert = parser.isSet(u"tls-cert"_s);
    if (hasCert != parser.isSet(u"tls-key"_s))
        return context.usageError(tr("--tls-cert and --tls-key must be given together"));

    int maxPageSize = 0;
    if (parser.isSet(u"max-page-size"_s)) {
        bool ok = false;
        maxPageSize = parser.value(u"max-page-size"_s).toInt(&ok);
        if (!ok || maxPageSize < 1) {
            return context.usageError(tr("--max-page-size: \"%1\" is not a positive number")
                                          .arg(parser.value(u"max-page-size"_s)));
        }
    }

    int stsDuration = 0;
    if (parser.isSet(u"sts-duration"_s)) {
        bool ok = false;
        stsDuration = parser.value(u"sts-duration"_s).toInt(&ok);
        if (!ok || stsDuration < 1 || stsDuration > 43200) {
            return context.usageError(tr("--sts-duration: \"%1\" is not a number of seconds "
                                         "from 1 to 43200")
                                          .arg(parser.value(u"sts-duration"_s)));
        }
    }
    const bool sts = parser.isSet(u"sts"_s);
    const bool ecsMetadata = parser.isSet(u"ecs-metadata"_s);
    if (parser.isSet(u"role"_s) && !sts)
        return context.usageError(tr("--role needs --sts"));
    if (parser.isSet(u"ecs-role"_s) && !ecsMetadata)
        return context.usageError(tr("--ecs-role needs --ecs-metadata"));

    sandbox::SandboxServer server;
    server.setMaxPageSize(maxPageSize);
    server.setStsEnabled(sts);
    for (const QString &role : parser.values(u"role"_s))
        server.addTrustedRole(role);
    server.setStsIssuedDurationSeconds(stsDuration);
    server.setEcsMetadataEnabled(ecsMetadata);
    if (parser.isSet(u"ecs-role"_s))
        server.setEcsRoleName(parser.value(u"ecs-role"_s));
    if (hasCert && !server.setTlsFiles(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s))) {
        return context.usageError(tr("--tls-cert: %1").arg(server.errorString()));
    }
    if (parser.isSet(u"data"_s)) {
        QString error;
        if (!server.store().attachFile(parser.value(u"data"_s), &error))
            return context.usageError(tr("--data: %1").arg(error));
    }
    if (parser.isSet(u"demo"_s) && server.store().modelCount() == 0)
        sandbox::DemoData::populate(server.store());
    else if (parser.isSet(u"demo"_s))
        sandbox::DemoData::populateGallery(server.store()); // a file saved before the gallery
    if (generated > 0)
        sandbox::DemoData::populateGenerated(server.store(), generated);
    if (server.store().workspaces().isEmpty()) {
        // Models need a workspace to live in; an empty sandbox still offers the demo ones.
        for (const pai::Workspace &workspace : sandbox::DemoData::workspaces())
            server.store().addWorkspace(workspace);
    }

    QString accessKeyId = u"sandbox"_s;
    QString accessKeySecret = QString::fromLatin1(sandbox::SignatureVerifier::FallbackSecret);
    if (hasId) {
        accessKeyId = parser.value(u"access-key-id"_s);
        accessKeySecret = parser.value(u"access-key-secret"_s);
        server.addAccessKey(accessKeyId, accessKeySecret);
    }
    server.setFaultPlan(plan);

    SignalWatcher stopSignals;
    if (!server.listen(address, quint16(port)))
        return context.usageError(tr("--listen: %1").arg(server.errorString()));

    context.out() << u"PAIDESK_SANDBOX_URL="_s << server.url().toString() << u'\n'
                  << u"ALIBABA_CLOUD_ACCESS_KEY_ID="_s << accessKeyId << u'\n'
                  << u"ALIBABA_CLOUD_ACCESS_KEY_SECRET="_s << accessKeySecret << u'\n';
    context.out().flush();
    context.err() << tr("Sandbox listening on %1 with %n model(s). Stop it with Ctrl+C.", nullptr,
                        int(server.store().modelCount()))
                         .arg(server.url().toString())
                  << Qt::endl;

    QEventLoop loop;
    QObject::connect(&stopSignals, &SignalWatcher::stopRequested, &loop, &QEventLoop::quit);
    loop.exec();

    if (!server.store().lastSaveError().isEmpty()) {
        context.err() << server.store().lastSaveError() << Qt::endl;
        return ApiFailure;
    }
    context.err() << tr("Sandbox stopped.") << Qt::endl;
    return Success;
}

} // namespace cli
