#pragma once

#include "changes/copyplan.h"
#include "changes/modelplan.h"
#include "changes/versionplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace cli {

class CommandContext;

// The CLI's side of the change engine: --dry-run prints a plan and sends no write; otherwise the
// plan runs under changes::ModelWriter (a model) or changes::VersionWriter (a model version), and
// its truthful outcome decides the exit code. Both kinds of plan take the same path.
class PlanRunner
{
    Q_DECLARE_TR_FUNCTIONS(cli::PlanRunner)

public:
    static void addDryRunOption(QCommandLineParser &parser);
    static bool isDryRun(const QCommandLineParser &parser);

    // Prints the plan as text, or as JSON with --output json. Returns Success.
    // A gallery model is read-only (pai::Model::isGalleryModel()): prints why on stderr and
    // returns ApiFailure, the service's own answer to such a write, without sending it.
    static std::optional<int> refuseReadOnly(const pai::Model &model, CommandContext &context);
    // The same for a version write, whose model is not read otherwise: one GetModel first, since
    // a gallery model's versions are Alibaba's too. Returns the exit code of a failed read too.
    static std::optional<int> refuseReadOnlyModel(const QString &modelId, CommandContext &context);

    static int printPlan(const changes::ModelPlan &plan, CommandContext &context);
    static int printPlan(const changes::VersionPlan &plan, CommandContext &context);
    static int printPlan(const changes::CopyPlan &plan, CommandContext &context);

    // What run() prints when the outcome is a success; the failure report is the same for all.
    enum class Report {
        Outcome,    // the outcome's summary, or its JSON
        VersionName // a created version: its name, or the version object as JSON
    };

    // Runs the plan and prints the outcome. Exit codes: Success when every change is applied
    // (a read-back after a timeout counts); Timeout when a write timed out and the read-back
    // did not confirm everything; ApiFailure otherwise.
    static int run(const changes::ModelPlan &plan, CommandContext &context);
    static int run(const changes::VersionPlan &plan, CommandContext &context,
                   Report report = Report::Outcome);
    // The model's plan, then (once the model exists) its version's; one report of both, so a
    // model created without its version says exactly that. The exit code comes from the first
    // outcome that did not succeed.
    static int run(const changes::CopyPlan &plan, CommandContext &context);
};

} // namespace cli
