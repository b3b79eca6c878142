#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli model get ID
class ModelGetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelGetCommand)

public:
    QString name() const override { return QStringLiteral("model get"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
