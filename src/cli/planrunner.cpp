#include "cli/planrunner.h"

#include "api/apiclient.h"
#include "changes/copyplan.h"
#include "changes/modelwriter.h"
#include "changes/versionwriter.h"
#include "cli/commandcontext.h"
#include "cli/output.h"
#include "pai/gallery.h"
#include "pai/modelchange.h"
#include "pai/versionchange.h"
#include "pai/wirejson.h"

#include <QEventLoop>

#include <functional>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// "ModelDescription: the server has "old", the command asked for "new"", for each change the
// server does not hold, so a script or a person knows where the model (version) stands.
template<typename Diffs>
QStringList serverHolds(const changes::WriteOutcome &outcome, const Diffs &diffs)
{
    QStringList lines;
    for (const auto &diff : diffs) {
        if (!outcome.missingPaths.contains(diff.path))
            continue;
        lines.append(PlanRunner::tr("  %1: the server has \"%2\", the command asked for \"%3\"")
                         .arg(diff.path, diff.before, diff.after));
    }
    return lines;
}

QStringList serverHolds(const changes::WriteOutcome &outcome, const pai::ModelDraft &wanted)
{
    if (!outcome.server)
        return {};
    return serverHolds(
        outcome,
        pai::ModelChange::between(pai::ModelDraft::fromModel(*outcome.server), wanted).diffs());
}

QStringList serverHolds(const changes::WriteOutcome &outcome, const pai::ModelVersionDraft &wanted)
{
    if (!outcome.serverVersion)
        return {};
    return serverHolds(outcome,
                       pai::VersionChange::between(
                           pai::ModelVersionDraft::fromVersion(*outcome.serverVersion), wanted)
                           .diffs());
}

template<typename Plan> int printAnyPlan(const Plan &plan, CommandContext &context)
{
    if (context.options().output == OutputFormat::Json)
        Output::json(context.out(), QJsonObject{{u"DryRun"_s, true}, {u"Plan"_s, plan.toJson()}});
    else
        context.out() << plan.toText() << Qt::endl;
    return Success;
}

// Runs `plan` on a Writer (ModelWriter or VersionWriter: the same signals and policies) and
// reports. `success` prints a successful outcome; a failure is reported alike for both.
// Runs `plan` on a Writer and returns its outcome; prints nothing.
template<typename Writer, typename Plan>
changes::WriteOutcome execute(const Plan &plan, api::ApiClient *client)
{
    Writer writer(client);
    // A command states what it wants of each field it names; another writer's edits to other
    // fields are kept, so a conflict is resolved by applying the command onto the newer copy.
    writer.setConflictPolicy(Writer::ConflictPolicy::Rebase);
    std::optional<changes::WriteOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&writer, &Writer::finished, &loop, [&](const changes::WriteOutcome &result) {
        outcome = result;
        loop.quit();
    });
    writer.start(plan);
    if (!outcome)
        loop.exec();
    return *outcome;
}

// The exit code of an outcome that did not succeed.
int failureCode(const changes::WriteOutcome &outcome)
{
    const bool unsettled =
        outcome.timedOut || outcome.verdict == changes::WriteOutcome::Verdict::Unknown;
    return unsettled ? Timeout : ApiFailure;
}

template<typename Writer, typename Plan>
int runOnWriter(const Plan &plan, CommandContext &context,
                const std::function<void(const changes::WriteOutcome &)> &success)
{
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    const std::optional<changes::WriteOutcome> outcome = execute<Writer>(plan, client);

    if (outcome->succeeded()) {
        success(*outcome);
        return Success;
    }
    if (context.options().output == OutputFormat::Json) {
        Output::json(context.out(), outcome->toJson());
    } else {
        context.err() << outcome->summary() << Qt::endl;
        const QStringList holds = serverHolds(*outcome, plan.wanted());
        if (!holds.isEmpty())
            context.err() << holds.join(u'\n') << Qt::endl;
    }
    return failureCode(*outcome);
}

void printOutcome(const changes::WriteOutcome &outcome, CommandContext &context)
{
    if (context.options().output == OutputFormat::Json)
        Output::json(context.out(), outcome.toJson());
    else
        context.out() << outcome.summary() << Qt::endl;
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

std::optional<int> PlanRunner::refuseReadOnly(const pai::Model &model, CommandContext &context)
{
    if (!model.isGalleryModel())
        return std::nullopt;
    context.err() << tr("%1 (%2) is a model of the public Model Gallery. %3 (paidesk-cli gallery "
                        "copy %2 --workspace ID)")
                         .arg(model.modelName, model.modelId, pai::Gallery::readOnlyReason())
                  << Qt::endl;
    return ApiFailure;
}

std::optional<int> PlanRunner::refuseReadOnlyModel(const QString &modelId, CommandContext &context)
{
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    auto *get = client->getModel(modelId);
    const int read = context.wait(get);
    get->deleteLater();
    if (read != Success)
        return read;
    return refuseReadOnly(*get->model(), context);
}

int PlanRunner::printPlan(const changes::ModelPlan &plan, CommandContext &context)
{
    return printAnyPlan(plan, context);
}

int PlanRunner::printPlan(const changes::VersionPlan &plan, CommandContext &context)
{
    return printAnyPlan(plan, context);
}

int PlanRunner::printPlan(const changes::CopyPlan &plan, CommandContext &context)
{
    return printAnyPlan(plan, context);
}

int PlanRunner::run(const changes::CopyPlan &plan, CommandContext &context)
{
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    // The model first; its version only once the model exists, on the ID it was given.
    const changes::WriteOutcome model = execute<changes::ModelWriter>(plan.modelPlan(), client);
    std::optional<changes::WriteOutcome> version;
    if (model.succeeded() && plan.withVersion())
        version = execute<changes::VersionWriter>(plan.versionPlan(model.modelId), client);

    const bool succeeded = changes::CopyPlan::succeeded(model, version, plan.withVersion());
    const QString summary = changes::CopyPlan::summary(model, version, plan.withVersion());
    if (context.options().output == OutputFormat::Json) {
        QJsonObject json{
            {u"Succeeded"_s, succeeded}, {u"Summary"_s, summary}, {u"Model"_s, model.toJson()}};
        if (version)
            json.insert(u"Version"_s, version->toJson());
        Output::json(context.out(), json);
    } else if (succeeded) {
        context.out() << summary << Qt::endl;
    } else {
        context.err() << summary << Qt::endl;
    }
    if (succeeded)
        return Success;
    return failureCode(model.succeeded() ? *version : model);
}

int PlanRunner::run(const changes::ModelPlan &plan, CommandContext &context)
{
    return runOnWriter<changes::ModelWriter>(
        plan, context,
        [&](const changes::WriteOutcome &outcome) { printOutcome(outcome, context); });
}

int PlanRunner::run(const changes::VersionPlan &plan, CommandContext &context, Report report)
{
    return runOnWriter<changes::VersionWriter>(
        plan, context, [&](const changes::WriteOutcome &outcome) {
            if (report == Report::Outcome) {
                printOutcome(outcome, context);
                return;
            }
            // A script wants the name the version got (the service numbers a nameless one).
            if (context.options().output == OutputFormat::Json) {
                Output::json(context.out(),
                             outcome.serverVersion
                                 ? pai::WireJson::versionToJson(*outcome.serverVersion)
                                 : QJsonObject{{u"VersionName"_s, outcome.versionName}});
            } else {
                context.out() << outcome.versionName << Qt::endl;
            }
        });
}

} // namespace cli
