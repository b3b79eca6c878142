#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace cli {

class CredentialSource;

// paidesk-cli [global options] COMMAND [command options]: reads the global options, picks the
// command and runs it. Returns the process exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(cli::CliApplication)

public:
    CliApplication();
    ~CliApplication();

    // Where credentials come from when there is no --profile; the environment unless replaced.
    void setCredentialSource(std::unique_ptr<CredentialSource> source);
    void addCommand(std::unique_ptr<Command> command);

    // `arguments` includes the program name, like QCoreApplication::arguments().
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    QString commandList() const;

    std::unique_ptr<CredentialSource> m_credentials;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cli
