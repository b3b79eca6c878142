#include "cli/commands/versionscommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/output.h"
#include "pai/fieldrules.h"

using namespace Qt::StringLiterals;

namespace cli {

QString VersionsCommand::summary() const
{
    return tr("List the versions of one model, optionally filtered.");
}

int VersionsCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every version of the model that matches the "
                                        "filters (ListModelVersions, every page)."));
    parser.addPositionalArgument(u"MODEL_ID"_s, tr("The model ID (model-...)."));
    parser.addOptions({
        {u"version-name"_s, tr("Only versions whose name matches this text."), tr("NAME")},
        {u"label"_s, tr("A label key or value matches this text."), tr("L")},
        {u"format"_s, tr("Only this model format (FormatType), e.g. SavedModel."), tr("F")},
        {u"framework"_s, tr("Only this framework (FrameworkType), e.g. PyTorch."), tr("F")},
        {u"source-type"_s, tr("Only this source type, e.g. TrainingService."), tr("T")},
        {u"source-id"_s, tr("Only this source ID."), tr("ID")},
        {u"approval"_s, tr("Only this approval status: Pending, Approved or Rejected."),
         tr("STATUS")},
        {u"sort-by"_s, tr("Sort field, e.g. GmtCreateTime."), tr("FIELD")},
        {u"order"_s, tr("Sort order: ASC or DESC."), tr("ASC|DESC")},
    });
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, tr("MODEL_ID [filters]"), context))
        return *exit;

    api::VersionListQuery query;
    query.versionName = parser.value(u"version-name"_s);
    query.label = parser.value(u"label"_s);
    query.formatType = parser.value(u"format"_s);
    query.frameworkType = parser.value(u"framework"_s);
    query.sourceType = parser.value(u"source-type"_s);
    query.sourceId = parser.value(u"source-id"_s);
    query.approvalStatus = parser.value(u"approval"_s);
    query.sortBy = parser.value(u"sort-by"_s);
    query.order = parser.value(u"order"_s).toUpper();
    if (auto error = pai::FieldRules::checkApprovalStatus(query.approvalStatus))
        return context.usageError(u"--approval: "_s + error->message);
    if (!query.order.isEmpty() && query.order != u"ASC"_s && query.order != u"DESC"_s) {
        return context.usageError(
            tr("--order: \"%1\" is not ASC or DESC").arg(parser.value(u"order"_s)));
    }

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    auto *call = client->listAllModelVersions(parser.positionalArguments().constFirst(), query);
    const int result = context.wait(call);
    if (result == Success)
        Output::versions(context.out(), context.options().output, call->versions());
    call->deleteLater();
    return result;
}

} // namespace cli
