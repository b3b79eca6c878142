#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace cli {

// paidesk-cli version get|create|update|delete: routes to one command per action.
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionCommand)

public:
    VersionCommand();
    ~VersionCommand() override;

    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    std::vector<std::unique_ptr<Command>> m_actions;
};

} // namespace cli
