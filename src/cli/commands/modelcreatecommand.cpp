#include "cli/commands/modelcreatecommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/modelflags.h"
#include "cli/output.h"

namespace cli {

QString ModelCreateCommand::summary() const
{
    return tr("Create a model.");
}

int ModelCreateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ModelFlags::addOptions(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, tr("--name NAME [options]"), context))
        return *exit;
    if (!parser.isSet(QStringLiteral("name")))
        return context.usageError(tr("--name: ModelName is required."));
    const ModelFlags::Values values = ModelFlags::read(parser);
    if (!values.error.isEmpty())
        return context.usageError(values.error);

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    auto *call = client->createModel(values.draft);
    const int result = context.wait(call);
    if (result == Success) {
        Output::written(context.out(), context.options().output, call->modelId(), call->requestId(),
                        tr("Created %1.").arg(call->modelId()));
    }
    call->deleteLater();
    return result;
}

} // namespace cli
