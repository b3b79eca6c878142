#include "cli/commands/modeldeletecommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/output.h"

namespace cli {

QString ModelDeleteCommand::summary() const
{
    return tr("Delete one model.");
}

int ModelDeleteCommand::run(const QStringList &arguments, CommandContext &context)
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
    const QString modelId = parser.positionalArguments().constFirst();
    auto *call = client->deleteModel(modelId);
    const int result = context.wait(call);
    if (result == Success) {
        Output::written(context.out(), context.options().output, modelId, call->requestId(),
                        tr("Deleted %1.").arg(modelId));
    }
    call->deleteLater();
    return result;
}

} // namespace cli
