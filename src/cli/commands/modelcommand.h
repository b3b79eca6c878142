#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace cli {

// paidesk-cli model get|create|update|delete: routes to one command per action.
class ModelCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelCommand)

public:
    ModelCommand();
    ~ModelCommand() override;

    QString name() const override { return QStringLiteral("model"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    std::vector<std::unique_ptr<Command>> m_actions;
};

} // namespace cli
