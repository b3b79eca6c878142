#pragma once

#include "changes/bulkedit.h"
#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli bulk (--model ID... | --workspace ID | the filters of `models`) ACTIONS: one edit
// applied to many models through the change engine (changes::BulkPlan, changes::BulkRunner);
// paidesk-cli bulk undo RESULT.json restores what an earlier run (its JSON output) changed.
class BulkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::BulkCommand)

public:
    QString name() const override { return QStringLiteral("bulk"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    int runUndo(const QStringList &arguments, CommandContext &context);
    // The actions of the flags; on a bad value, `error` names the flag.
    static changes::BulkEdit readEdit(const QCommandLineParser &parser, QString &error);
};

} // namespace cli
