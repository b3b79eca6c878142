#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli versions MODEL_ID [filters]: every version of one model (list-all).
class VersionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionsCommand)

public:
    QString name() const override { return QStringLiteral("versions"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
