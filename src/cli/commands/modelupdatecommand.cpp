#include "cli/commands/modelupdatecommand.h"

#include "api/apiclient.h"
#include "changes/modelplan.h"
#include "cli/commandcontext.h"
#include "cli/modelflags.h"
#include "cli/planrunner.h"

namespace cli {

QString ModelUpdateCommand::summary() const
{
    return tr("Change some fields or labels of a model; --label sets the exact list of labels.");
}

int ModelUpdateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The model ID (model-...)."));
    ModelFlags::addOptions(parser);
    ModelFlags::addLabelEditOptions(parser);
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, tr("ID [options]"), context))
        return *exit;
    const ModelFlags::Values values = ModelFlags::read(parser, true);
    if (!values.error.isEmpty())
        return context.usageError(values.error);
    if (values.workspaceGiven) {
        return context.usageError(
            tr("--workspace: WorkspaceId cannot be changed; UpdateModel does not move a model."));
    }
    if (values.tagsGiven) {
        return context.usageError(tr("--tag: UpdateModel has no Tag field; tags are set when a "
                                     "model is created (model create --tag)."));
    }
    if (values.given.isEmpty() && !values.changesLabels())
        return context.usageError(tr("model update: nothing to change; give at least one flag."));

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    // The plan is worked out from the server's copy: only what differs is sent, and labels
    // change through the minimal plan instead of being deleted and re-created wholesale.
    auto *get = client->getModel(parser.positionalArguments().constFirst());
    const int read = context.wait(get);
    get->deleteLater();
    if (read != Success)
        return read;
    if (auto refused = PlanRunner::refuseReadOnly(*get->model(), context))
        return *refused;
    const pai::Model current = *get->model();
    const changes::ModelPlan plan =
        changes::ModelPlan::update(current, values.applyTo(pai::ModelDraft::fromModel(current)));
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    return PlanRunner::run(plan, context);
}

} // namespace cli
