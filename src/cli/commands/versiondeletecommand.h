#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli version delete MODEL_ID VERSION
class VersionDeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionDeleteCommand)

public:
    QString name() const override { return QStringLiteral("version delete"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
