#include "cli/commands/command.h"

#include "cli/commandcontext.h"

using namespace Qt::StringLiterals;

namespace cli {

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments,
                                  CommandContext &context) const
{
    const QCommandLineOption help(
        {u"h"_s, u"help"_s},
        QCoreApplication::translate("cli::Command", "Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"paidesk-cli %1"_s.arg(name())} + arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(help)) {
        context.out() << parser.helpText();
        context.out().flush();
        return Success;
    }
    return std::nullopt;
}

std::optional<int> Command::expectPositional(const QCommandLineParser &parser, qsizetype expected,
                                             const QString &syntax, CommandContext &context) const
{
    if (parser.positionalArguments().size() == expected)
        return std::nullopt;
    return context.usageError(
        QCoreApplication::translate("cli::Command", "usage: paidesk-cli %1 %2")
            .arg(name(), syntax));
}

} // namespace cli
