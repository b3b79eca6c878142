#include "cli/commands/modelscommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/modelfilterflags.h"
#include "cli/output.h"

using namespace Qt::StringLiterals;

namespace cli {

QString ModelsCommand::summary() const
{
    return tr("List models, optionally filtered.");
}

int ModelsCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every model that matches the filters."));
    ModelFilterFlags::addOptions(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, QString(), context))
        return *exit;

    QString flagError;
    const std::optional<api::ModelListQuery> filters = ModelFilterFlags::read(parser, &flagError);
    if (!filters)
        return context.usageError(flagError);
    const api::ModelListQuery &query = *filters;

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    auto *call = client->listAllModels(query);
    const int result = context.wait(call);
    if (result == Success)
        Output::models(context.out(), context.options().output, call->models());
    call->deleteLater();
    return result;
}

} // namespace cli
