#include "cli/commands/versiondeletecommand.h"

#include "api/apiclient.h"
#include "changes/versionplan.h"
#include "cli/commandcontext.h"
#include "cli/planrunner.h"

using namespace Qt::StringLiterals;

namespace cli {

QString VersionDeleteCommand::summary() const
{
    return tr("Delete one model version.");
}

int VersionDeleteCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(u"MODEL_ID"_s, tr("The model ID (model-...)."));
    parser.addPositionalArgument(u"VERSION"_s, tr("The version name, e.g. 1.0.0."));
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 2, u"MODEL_ID VERSION"_s, context))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    // A gallery model's versions are read-only too: refused before anything is planned.
    if (auto refused = PlanRunner::refuseReadOnlyModel(positional.at(0), context))
        return *refused;
    api::ApiClient *client = context.client();
    // Reading first puts the version in the plan, and a version that is already gone is
    // reported as such instead of as a failed delete.
    auto *get = client->getModelVersion(positional.at(0), positional.at(1));
    const int read = context.wait(get);
    get->deleteLater();
    if (read != Success)
        return read;
    const changes::VersionPlan plan =
        changes::VersionPlan::remove(positional.at(0), *get->version());
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    return PlanRunner::run(plan, context);
}

} // namespace cli
