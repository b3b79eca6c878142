#include "cli/commands/modelscommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
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
    parser.addOptions({
        {u"workspace"_s, tr("Only models of this workspace."), tr("ID")},
        {u"query"_s, tr("Fuzzy match on name, domain, task and labels."), tr("Q")},
        {u"domain"_s, tr("Only this domain, e.g. nlp."), tr("D")},
        {u"task"_s, tr("Only this task, e.g. text-generation."), tr("T")},
        {u"origin"_s, tr("Only this origin, e.g. ModelScope."), tr("O")},
        {u"model-type"_s, tr("Only this model type, e.g. LoRA."), tr("T")},
        {u"label"_s, tr("A label key or value contains this text."), tr("L")},
    });
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, QString(), context))
        return *exit;

    api::ModelListQuery query;
    query.workspaceId = parser.value(u"workspace"_s);
    query.query = parser.value(u"query"_s);
    query.domain = parser.value(u"domain"_s);
    query.task = parser.value(u"task"_s);
    query.origin = parser.value(u"origin"_s);
    query.modelType = parser.value(u"model-type"_s);
    query.label = parser.value(u"label"_s);

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
