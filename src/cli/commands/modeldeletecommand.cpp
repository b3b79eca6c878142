#include "cli/commands/modeldeletecommand.h"

#include "api/apiclient.h"
#include "changes/modelplan.h"
#include "cli/commandcontext.h"
#include "cli/planrunner.h"

namespace cli {

QString ModelDeleteCommand::summary() const
{
    return tr("Delete one model.");
}

int ModelDeleteCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The model ID (model-...)."));
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, QStringLiteral("ID"), context))
        return *exit;
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    // Reading first names the model in the plan, and a model that is already gone is reported
    // as such instead of as a failed delete.
    auto *get = client->getModel(parser.positionalArguments().constFirst());
    const int read = context.wait(get);
    get->deleteLater();
    if (read != Success)
        return read;
    if (auto refused = PlanRunner::refuseReadOnly(*get->model(), context))
        return *refused;
    const changes::ModelPlan plan = changes::ModelPlan::remove(*get->model());
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    return PlanRunner::run(plan, context);
}

} // namespace cli
