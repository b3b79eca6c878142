#include "cli/commands/modelscommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/modelfilterflags.h"
#include "cli/modellistprinter.h"

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
    // Each page is printed (or, for a table, prepared) as it arrives, not kept by the call.
    call->setKeepModels(false);
    ModelListPrinter printer(context.out(), context.options().output);
    QObject::connect(call, &api::ListAllModelsCall::modelsArrived, call,
                     [&printer](const QList<pai::Model> &models) { printer.add(models); });
    const int result = context.wait(call);
    if (result == Success)
        printer.finish();
    else
        printer.finishWithError(call->error().value_or(
            api::ApiError::timeout(ModelListPrinter::tr("The command ran out of time."))));
    call->deleteLater();
    return result;
}

} // namespace cli
