#pragma once

#include "changes/modelplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

class CommandContext;

// The CLI's side of the change engine: --dry-run prints a plan and sends no write; otherwise the
// plan runs under changes::ModelWriter and its truthful outcome decides the exit code.
class PlanRunner
{
    Q_DECLARE_TR_FUNCTIONS(cli::PlanRunner)

public:
    static void addDryRunOption(QCommandLineParser &parser);
    static bool isDryRun(const QCommandLineParser &parser);

    // Prints the plan as text, or as JSON with --output json. Returns Success.
    static int printPlan(const changes::ModelPlan &plan, CommandContext &context);
    // Runs the plan and prints the outcome. Exit codes: Success when every change is applied
    // (a read-back after a timeout counts); Timeout when a write timed out and the read-back
    // did not confirm everything; ApiFailure otherwise.
    static int run(const changes::ModelPlan &plan, CommandContext &context);
};

} // namespace cli
