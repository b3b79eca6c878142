#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli model create --name NAME [fields] [--label KEY=VALUE]... [--extra-info JSON]
class ModelCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelCreateCommand)

public:
    QString name() const override { return QStringLiteral("model create"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
