#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

class CommandContext;

// One paidesk-cli command. Each has its own QCommandLineParser, so its flags, help and errors
// stay with it.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;    // "workspaces", "model get"
    virtual QString summary() const = 0; // one translated line for the global help
    // `arguments` are the words after the command name.
    virtual int run(const QStringList &arguments, CommandContext &context) = 0;

protected:
    // Adds --help, parses, and handles --help and parse errors. Returns an exit code when the
    // command must stop there, or nothing to go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             CommandContext &context) const;
    // When the positional arguments do not match `expected` (their count), prints a usage error.
    std::optional<int> expectPositional(const QCommandLineParser &parser, qsizetype expected,
                                        const QString &syntax, CommandContext &context) const;
};

} // namespace cli
