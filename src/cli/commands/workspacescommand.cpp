#include "cli/commands/workspacescommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/output.h"

namespace cli {

QString WorkspacesCommand::summary() const
{
    return tr("List the workspaces.");
}

int WorkspacesCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every workspace the credentials can see."));
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, QString(), context))
        return *exit;
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    auto *call = client->listAllWorkspaces();
    const int result = context.wait(call);
    if (result == Success)
        Output::workspaces(context.out(), context.options().output, call->workspaces());
    call->deleteLater();
    return result;
}

} // namespace cli
