#include "cli/commands/versioncreatecommand.h"

#include "changes/versionplan.h"
#include "cli/commandcontext.h"
#include "cli/planrunner.h"
#include "cli/versionflags.h"

using namespace Qt::StringLiterals;

namespace cli {

QString VersionCreateCommand::summary() const
{
    return tr("Create a model version; prints the name it got.");
}

int VersionCreateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a version of the model and prints its name (with --output json, the "
           "version). Without --name the service numbers it (0.1.0, 0.2.0, ...)."));
    parser.addPositionalArgument(u"MODEL_ID"_s, tr("The model ID (model-...)."));
    VersionFlags::addOptions(parser);
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, tr("MODEL_ID --uri URI [options]"), context))
        return *exit;
    if (!parser.isSet(u"uri"_s))
        return context.usageError(tr("--uri: Uri is required."));
    const VersionFlags::Values values = VersionFlags::read(parser);
    if (!values.error.isEmpty())
        return context.usageError(values.error);

    // A gallery model's versions are read-only too: refused before anything is planned.
    if (auto refused =
            PlanRunner::refuseReadOnlyModel(parser.positionalArguments().constFirst(), context))
        return *refused;
    const changes::VersionPlan plan =
        changes::VersionPlan::create(parser.positionalArguments().constFirst(), values.draft);
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    // A create whose answer is lost is looked up and adopted by the engine, never sent twice.
    return PlanRunner::run(plan, context, PlanRunner::Report::VersionName);
}

} // namespace cli
