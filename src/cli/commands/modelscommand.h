#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli models [filters]: every matching model, following every page.
class ModelsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelsCommand)

public:
    QString name() const override { return QStringLiteral("models"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
