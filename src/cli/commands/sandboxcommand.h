#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli sandbox: runs the AIWorkspace emulator until SIGINT or SIGTERM. The first lines on
// stdout are the URL and the credentials it accepts, as NAME=VALUE, so scripts can read them.
class SandboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
