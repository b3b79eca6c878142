#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli version get MODEL_ID VERSION
class VersionGetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionGetCommand)

public:
    QString name() const override { return QStringLiteral("version get"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
