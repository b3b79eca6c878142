#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli model update ID [the create flags]. UpdateModel sends only the given fields; when any
// --label is given the model's labels are replaced (DeleteModelLabels of the old keys, then
// CreateModelLabels), the way Terraform applies a changed label list.
class ModelUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelUpdateCommand)

public:
    QString name() const override { return QStringLiteral("model update"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
