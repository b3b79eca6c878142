#include "cli/bulkplanrunner.h"

#include "api/apiclient.h"
#include "changes/bulkrunner.h"
#include "cli/commandcontext.h"
#include "cli/output.h"
#include "cli/signalwatcher.h"

#include <QEventLoop>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace cli {

void BulkPlanRunner::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"dry-run"_s, tr("Print the plan, model by model, and send no write. It reads the "
                          "models to work it out.")},
        {u"yes"_s, tr("Run without asking. Without it, the plan is shown and a terminal is "
                      "asked; with no terminal, nothing is sent.")},
        {u"output"_s, tr("Output format: table or json."), tr("json|table")},
    });
}

std::optional<int> BulkPlanRunner::readOutput(const QCommandLineParser &parser,
                                              CommandContext &context)
{
    if (!parser.isSet(u"output"_s))
        return std::nullopt;
    const std::optional<OutputFormat> format =
        GlobalOptions::parseOutput(parser.value(u"output"_s));
    if (!format)
        return context.usageError(
            tr("--output: \"%1\" is not json or table").arg(parser.value(u"output"_s)));
    context.setOutputFormat(*format);
    return std::nullopt;
}

bool BulkPlanRunner::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

std::optional<int> BulkPlanRunner::refuseWithoutTerminal(const QCommandLineParser &parser,
                                                         CommandContext &context)
{
    if (parser.isSet(u"yes"_s) || parser.isSet(u"dry-run"_s) || stdinIsTerminal())
        return std::nullopt;
    return context.usageError(
        tr("bulk: stdin is not a terminal, so there is no one to confirm the changes; review "
           "them with --dry-run, then run again with --yes. Nothing was sent."));
}

bool BulkPlanRunner::confirm(const changes::BulkPlan &plan, CommandContext &context)
{
    // The review goes to stderr, so stdout keeps only the result (JSON for a script).
    context.err() << plan.toText() << u"\n\n"_s
                  << tr("Apply these changes? Type \"yes\" to go on: ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"yes"_s || answer == u"y"_s || answer == tr("yes");
}

int BulkPlanRunner::run(const changes::BulkPlan &plan, const QCommandLineParser &parser,
                        CommandContext &context, changes::ModelWriter::ConflictPolicy policy)
{
    const bool readFailed =
        std::any_of(plan.entries().cbegin(), plan.entries().cend(), [](const auto &entry) {
            return entry.skip == changes::BulkPlan::Skip::ReadFailed;
        });
    if (parser.isSet(u"dry-run"_s)) {
        if (context.options().output == OutputFormat::Json)
            Output::json(context.out(),
                         QJsonObject{{u"DryRun"_s, true}, {u"Plan"_s, plan.toJson()}});
        else
            context.out() << plan.toText() << Qt::endl;
        return readFailed ? ApiFailure : Success;
    }
    if (plan.planCount() > 0 && !parser.isSet(u"yes"_s) && !confirm(plan, context)) {
        context.err() << tr("Nothing was changed.") << Qt::endl;
        return Success;
    }

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    changes::BulkRunner runner(client);
    runner.setConflictPolicy(policy);
    SignalWatcher stopSignals;
    QObject::connect(&stopSignals, &SignalWatcher::stopRequested, &runner, [&] {
        context.err() << tr("Stopping: no more models are started; waiting for those in "
                            "flight.")
                      << Qt::endl;
        runner.cancel();
    });
    std::optional<changes::BulkResult> result;
    QEventLoop loop;
    QObject::connect(&runner, &changes::BulkRunner::finished, &loop,
                     [&](const changes::BulkResult &finished) {
                         result = finished;
                         loop.quit();
                     });
    runner.start(plan);
    if (!result)
        loop.exec();
    printResult(*result, context);
    return result->anyFailed() || result->counts().pending > 0 ? ApiFailure : Success;
}

void BulkPlanRunner::printResult(const changes::BulkResult &result, CommandContext &context)
{
    if (context.options().output == OutputFormat::Json) {
        Output::json(context.out(), result.toJson());
        return;
    }
    QList<QStringList> rows;
    for (const changes::BulkModelResult &model : result.models) {
        QString detail;
        if (model.state == changes::BulkModelResult::State::Skipped) {
            detail = changes::BulkPlan::skipDescription(model.skip);
        } else if (model.error) {
            detail = u"%1: %2"_s.arg(model.error->code.isEmpty()
                                         ? api::ApiError::kindName(model.error->kind)
                                         : model.error->code,
                                     model.error->message);
        } else if (model.outcome) {
            detail = changes::WriteOutcome::verdictName(model.outcome->verdict);
        }
        rows.append({model.modelId, model.modelName, changes::BulkResult::stateName(model.state),
                     detail, model.requestIds.join(u' ')});
    }
    Output::table(context.out(),
                  {tr("ModelId"), tr("Name"), tr("State"), tr("Detail"), tr("RequestIds")}, rows);
    context.out() << result.summary() << Qt::endl;
}

} // namespace cli
