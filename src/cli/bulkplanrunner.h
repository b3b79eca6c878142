#pragma once

#include "changes/bulkplan.h"
#include "changes/bulkresult.h"
#include "changes/modelwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

class CommandContext;

// The CLI's side of a bulk run, for `bulk` and `bulk undo` alike: --dry-run prints the plan, a
// run without --yes shows the plan and asks on a terminal (and refuses without one), then
// changes::BulkRunner runs it and the result is printed model by model. Ctrl-C stops starting
// models; those in flight settle.
class BulkPlanRunner
{
    Q_DECLARE_TR_FUNCTIONS(cli::BulkPlanRunner)

public:
    // --dry-run, --yes and --output.
    static void addOptions(QCommandLineParser &parser);
    // Applies --output; on a bad value returns the usage error's exit code.
    static std::optional<int> readOutput(const QCommandLineParser &parser, CommandContext &context);
    // Before anything is read: without --yes or --dry-run, stdin must be a terminal to ask on.
    static std::optional<int> refuseWithoutTerminal(const QCommandLineParser &parser,
                                                    CommandContext &context);

    // Prints (--dry-run) or confirms and runs the plan. Exit codes: Success when no model
    // failed; ApiFailure when one failed, could not be read, or was never started because of
    // Ctrl-C.
    static int
    run(const changes::BulkPlan &plan, const QCommandLineParser &parser, CommandContext &context,
        changes::ModelWriter::ConflictPolicy policy = changes::ModelWriter::ConflictPolicy::Rebase);

    static bool stdinIsTerminal();

private:
    static bool confirm(const changes::BulkPlan &plan, CommandContext &context);
    static void printResult(const changes::BulkResult &result, CommandContext &context);
};

} // namespace cli
