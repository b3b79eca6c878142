#include "cli/commands/modelcreatecommand.h"

#include "changes/modelplan.h"
#include "cli/commandcontext.h"
#include "cli/modelflags.h"
#include "cli/planrunner.h"

namespace cli {

QString ModelCreateCommand::summary() const
{
    return tr("Create a model.");
}

int ModelCreateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ModelFlags::addOptions(parser);
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, tr("--name NAME [options]"), context))
        return *exit;
    if (!parser.isSet(QStringLiteral("name")))
        return context.usageError(tr("--name: ModelName is required."));
    const ModelFlags::Values values = ModelFlags::read(parser);
    if (!values.error.isEmpty())
        return context.usageError(values.error);

    const changes::ModelPlan plan = changes::ModelPlan::create(values.draft);
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    // A create whose answer is lost is looked up and adopted by the engine, never sent twice.
    return PlanRunner::run(plan, context);
}

} // namespace cli
