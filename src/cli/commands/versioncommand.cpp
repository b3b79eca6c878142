#include "cli/commands/versioncommand.h"

#include "cli/commandcontext.h"
#include "cli/commands/versioncreatecommand.h"
#include "cli/commands/versiondeletecommand.h"
#include "cli/commands/versiongetcommand.h"
#include "cli/commands/versionupdatecommand.h"

using namespace Qt::StringLiterals;

namespace cli {

VersionCommand::VersionCommand()
{
    m_actions.push_back(std::make_unique<VersionGetCommand>());
    m_actions.push_back(std::make_unique<VersionCreateCommand>());
    m_actions.push_back(std::make_unique<VersionUpdateCommand>());
    m_actions.push_back(std::make_unique<VersionDeleteCommand>());
}

VersionCommand::~VersionCommand() = default;

QString VersionCommand::summary() const
{
    return tr("Show, create, update or delete one model version (version ACTION --help).");
}

int VersionCommand::run(const QStringList &arguments, CommandContext &context)
{
    const QString action = arguments.value(0);
    const QString prefix = name() + u' ';
    for (const auto &command : m_actions) {
        if (command->name() == prefix + action)
            return command->run(arguments.mid(1), context);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        context.out() << tr("Usage: paidesk-cli version ACTION MODEL_ID [VERSION] [options]")
                      << u"\n\n"_s << tr("Actions:") << u'\n';
        for (const auto &command : m_actions)
            context.out() << u"  "_s << command->name().mid(prefix.size()).leftJustified(8)
                          << command->summary() << u'\n';
        context.out().flush();
        return Success;
    }
    return context.usageError(
        action.isEmpty()
            ? tr("version: an action is required (get, create, update or delete)")
            : tr("version: unknown action \"%1\" (use get, create, update or delete)").arg(action));
}

} // namespace cli
