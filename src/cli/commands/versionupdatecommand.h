#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli version update MODEL_ID VERSION [options]
class VersionUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionUpdateCommand)

public:
    QString name() const override { return QStringLiteral("version update"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
