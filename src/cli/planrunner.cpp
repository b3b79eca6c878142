#include "cli/planrunner.h"

#include "api/apiclient.h"
#include "changes/modelwriter.h"
#include "cli/commandcontext.h"
#include "cli/output.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// "ModelDescription: the server has "old", the command asked for "new"", for each change the
// server does not hold, so a script or a person knows where the model stands.
QStringList serverHolds(const changes::WriteOutcome &outcome, const pai::ModelDraft &wanted)
{
    QStringList lines;
    if (!outcome.server)
        return lines;
    const pai::ModelChange left =
        pai::ModelChange::between(pai::ModelDraft::fromModel(*outcome.server), wanted);
    for (const pai::FieldDiff &diff : left.diffs()) {
        if (!outcome.missingPaths.contains(diff.path))
            continue;
        lines.append(PlanRunner::tr("  %1: the server has \"%2\", the command asked for \"%3\"")
                         .arg(diff.path, diff.before, diff.after));
    }
    return lines;
}

} // namespace

void PlanRunner::addDryRunOption(QCommandLineParser &parser)
{
    parser.addOption(
        {u"dry-run"_s, tr("Print the exact requests this would send, and send no write. It may "
                          "read the model to work them out.")});
}

bool PlanRunner::isDryRun(const QCommandLineParser &parser)
{
    return parser.isSet(u"dry-run"_s);
}

int PlanRunner::printPlan(const changes::ModelPlan &plan, CommandContext &context)
{
    if (context.options().output == OutputFormat::Json)
        Output::json(context.out(), QJsonObject{{u"DryRun"_s, true}, {u"Plan"_s, plan.toJson()}});
    else
        context.out() << plan.toText() << Qt::endl;
    return Success;
}

int PlanRunner::run(const changes::ModelPlan &plan, CommandContext &context)
{
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    changes::ModelWriter writer(client);
    // A command states what it wants of each field it names; another writer's edits to other
    // fields are kept, so a conflict is resolved by applying the command onto the newer copy.
    writer.setConflictPolicy(changes::ModelWriter::ConflictPolicy::Rebase);
    std::optional<changes::WriteOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&writer, &changes::ModelWriter::finished, &loop,
                     [&](const changes::WriteOutcome &result) {
                         outcome = result;
                         loop.quit();
                     });
    writer.start(plan);
    if (!outcome)
        loop.exec();

    const bool json = context.options().output == OutputFormat::Json;
    if (json)
        Output::json(context.out(), outcome->toJson());
    if (outcome->succeeded()) {
        if (!json) {
            context.out() << outcome->summary() << Qt::endl;
        }
        return Success;
    }
    if (!json) {
        context.err() << outcome->summary() << Qt::endl;
        const QStringList holds = serverHolds(*outcome, plan.wanted());
        if (!holds.isEmpty())
            context.err() << holds.join(u'\n') << Qt::endl;
    }
    const bool unsettled =
        outcome->timedOut || outcome->verdict == changes::WriteOutcome::Verdict::Unknown;
    return unsettled ? Timeout : ApiFailure;
}

} // namespace cli
