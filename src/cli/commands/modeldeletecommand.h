#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli model delete ID
class ModelDeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelDeleteCommand)

public:
    QString name() const override { return QStringLiteral("model delete"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
