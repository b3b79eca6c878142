#include "cli/commands/modelcommand.h"

#include "cli/commandcontext.h"
#include "cli/commands/modelcreatecommand.h"
#include "cli/commands/modeldeletecommand.h"
#include "cli/commands/modelgetcommand.h"
#include "cli/commands/modelupdatecommand.h"

using namespace Qt::StringLiterals;

namespace cli {

ModelCommand::ModelCommand()
{
    m_actions.push_back(std::make_unique<ModelGetCommand>());
    m_actions.push_back(std::make_unique<ModelCreateCommand>());
    m_actions.push_back(std::make_unique<ModelUpdateCommand>());
    m_actions.push_back(std::make_unique<ModelDeleteCommand>());
}

ModelCommand::~ModelCommand() = default;

QString ModelCommand::summary() const
{
    return tr("Show, create, update or delete one model (model ACTION --help).");
}

int ModelCommand::run(const QStringList &arguments, CommandContext &context)
{
    const QString action = arguments.value(0);
    for (const auto &command : m_actions) {
        if (command->name() == u"model "_s + action)
            return command->run(arguments.mid(1), context);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        context.out() << tr("Usage: paidesk-cli model ACTION [options]") << u"\n\n"_s
                      << tr("Actions:") << u'\n';
        for (const auto &command : m_actions)
            context.out() << u"  "_s << command->name().mid(6).leftJustified(8)
                          << command->summary() << u'\n';
        context.out().flush();
        return Success;
    }
    return context.usageError(
        action.isEmpty()
            ? tr("model: an action is required (get, create, update or delete)")
            : tr("model: unknown action \"%1\" (use get, create, update or delete)").arg(action));
}

} // namespace cli
