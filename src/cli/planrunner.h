#pragma once

#include "changes/modelplan.h"
#include "changes/versionplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    static int printPlan(const changes::ModelPlan &plan, CommandContext &context);
    static int printPlan(const changes::VersionPlan &plan, CommandContext &context);

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
};

} // namespace cli
