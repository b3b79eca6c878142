#include "cli/commands/versionupdatecommand.h"

#include "api/apiclient.h"
#include "changes/versionplan.h"
#include "cli/commandcontext.h"
#include "cli/planrunner.h"
#include "cli/versionflags.h"
#include "pai/fieldrules.h"

using namespace Qt::StringLiterals;

namespace cli {

QString VersionUpdateCommand::summary() const
{
    return tr("Change some fields or labels of a model version; --label sets the exact list of "
              "labels.");
}

int VersionUpdateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes the given fields and labels of a model version; the others keep their "
           "values. VersionName, Uri, FormatType and FrameworkType cannot change once the "
           "version exists."));
    parser.addPositionalArgument(u"MODEL_ID"_s, tr("The model ID (model-...)."));
    parser.addPositionalArgument(u"VERSION"_s, tr("The version name, e.g. 1.0.0."));
    VersionFlags::addOptions(parser);
    VersionFlags::addLabelEditOptions(parser);
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 2, tr("MODEL_ID VERSION [options]"), context))
        return *exit;
    const VersionFlags::Values values = VersionFlags::read(parser, true);
    if (!values.error.isEmpty())
        return context.usageError(values.error);
    if (values.given.isEmpty() && !values.changesLabels()) {
        return context.usageError(tr("version update: nothing to change; give at least one flag."));
    }

    const QStringList positional = parser.positionalArguments();
    // A gallery model's versions are read-only too: refused before anything is planned.
    if (auto refused = PlanRunner::refuseReadOnlyModel(positional.at(0), context))
        return *refused;
    api::ApiClient *client = context.client();
    // The plan is worked out from the server's copy: only what differs is sent, and labels
    // change through the minimal plan.
    auto *get = client->getModelVersion(positional.at(0), positional.at(1));
    const int read = context.wait(get);
    get->deleteLater();
    if (read != Success)
        return read;
    const pai::ModelVersion current = *get->version();
    const pai::ModelVersionDraft base = pai::ModelVersionDraft::fromVersion(current);
    const pai::ModelVersionDraft wanted = values.applyTo(base);
    const changes::VersionPlan plan =
        changes::VersionPlan::update(positional.at(0), current, wanted);
    if (plan.isRefused()) {
        // Nothing is sent, not even with --dry-run: the rule, by flag.
        QStringList messages;
        for (const pai::FieldError &error :
             pai::FieldRules::checkImmutableVersionFields(base, wanted)) {
            const auto field = pai::versionFieldFromApiName(error.field);
            messages.append(u"--%1: %2"_s.arg(field ? VersionFlags::flagName(*field) : error.field,
                                              error.message));
        }
        return context.usageError(messages.join(u'\n'));
    }
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    return PlanRunner::run(plan, context);
}

} // namespace cli
