#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli workspaces: every workspace, all pages.
class WorkspacesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::WorkspacesCommand)

public:
    QString name() const override { return QStringLiteral("workspaces"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
