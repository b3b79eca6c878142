#include "cli/commands/modelgetcommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/output.h"

namespace cli {

QString ModelGetCommand::summary() const
{
    return tr("Show one model with every field.");
}

int ModelGetCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The model ID (model-...)."));
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, QStringLiteral("ID"), context))
        return *exit;
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    auto *call = client->getModel(parser.positionalArguments().constFirst());
    const int result = context.wait(call);
    if (result == Success)
        Output::model(context.out(), context.options().output, *call->model());
    call->deleteLater();
    return result;
}

} // namespace cli
