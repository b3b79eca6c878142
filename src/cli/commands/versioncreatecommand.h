#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli version create MODEL_ID --uri URI [options]
class VersionCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionCreateCommand)

public:
    QString name() const override { return QStringLiteral("version create"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
