#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli export (--model ID... | --workspace ID | --all) [options] [-o FILE]: Terraform HCL
// for the models, on stdout or in FILE; warnings go to stderr.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
