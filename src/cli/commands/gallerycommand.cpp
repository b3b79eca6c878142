#include "cli/commands/gallerycommand.h"

#include "api/apiclient.h"
#include "changes/copyplan.h"
#include "cli/commandcontext.h"
#include "cli/modelfilterflags.h"
#include "cli/output.h"
#include "cli/planrunner.h"
#include "pai/gallery.h"
#include "pai/wirejson.h"

using namespace Qt::StringLiterals;

namespace cli {

GalleryCommand::GalleryCommand()
    : m_copy(std::make_unique<GalleryCopyCommand>())
{}

GalleryCommand::~GalleryCommand() = default;

QString GalleryCommand::summary() const
{
    return tr("List Alibaba's public Model Gallery (gallery copy --help: copy one into a "
              "workspace).");
}

int GalleryCommand::run(const QStringList &arguments, CommandContext &context)
{
    if (arguments.value(0) == u"copy"_s)
        return m_copy->run(arguments.mid(1), context);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the models of Alibaba's public Model Gallery (Provider pai) that match the "
           "filters. They are read-only; \"gallery copy\" makes a copy of one in a workspace."));
    ModelFilterFlags::addOptions(parser, ModelFilterFlags::Scope::Gallery);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit =
            expectPositional(parser, 0, tr("[filters] | copy MODEL_ID --workspace ID"), context))
        return *exit;

    QString flagError;
    const std::optional<api::ModelListQuery> filters =
        ModelFilterFlags::read(parser, &flagError, ModelFilterFlags::Scope::Gallery);
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

QString GalleryCopyCommand::summary() const
{
    return tr("Copy a gallery model into a workspace, as a private model of your own.");
}

int GalleryCopyCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a private model in a workspace with the gallery model's metadata, labels "
           "and extra information; with --with-version, then registers the Uri of its latest "
           "version as the copy's first version."));
    parser.addPositionalArgument(u"MODEL_ID"_s, tr("The gallery model's ID (model-...)."));
    parser.addOptions({
        {u"workspace"_s, tr("The workspace to copy into (required)."), tr("ID")},
        {u"name"_s, tr("The copy's name (default: the gallery model's name)."), tr("NAME")},
        {u"with-version"_s, tr("Also register its latest version's Uri as version 1 of the copy.")},
    });
    PlanRunner::addDryRunOption(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, tr("MODEL_ID --workspace ID [options]"), context))
        return *exit;
    const QString workspaceId = parser.value(u"workspace"_s).trimmed();
    if (workspaceId.isEmpty())
        return context.usageError(tr("--workspace: the workspace to copy into is required."));

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    // The copy is planned from the model as the service has it, its latest version included.
    auto *get = client->getModel(parser.positionalArguments().constFirst());
    const int read = context.wait(get);
    get->deleteLater();
    if (read != Success)
        return read;
    const pai::Model source = *get->model();

    std::optional<pai::ModelVersion> latest;
    const bool withVersion = parser.isSet(u"with-version"_s);
    if (withVersion) {
        const auto parsed = pai::WireJson::latestVersionOf(source);
        if (parsed && parsed.value->has_value()) {
            latest = **parsed.value;
        } else {
            // No LatestVersion in the answer: the newest of the model's versions.
            api::VersionListQuery newest;
            newest.pageSize = 1;
            newest.order = u"DESC"_s;
            newest.sortBy = u"GmtCreateTime"_s;
            auto *list = client->listModelVersions(source.modelId, newest);
            const int listed = context.wait(list);
            list->deleteLater();
            if (listed != Success)
                return listed;
            if (!list->page().versions.isEmpty())
                latest = list->page().versions.constFirst();
        }
    }

    const changes::CopyPlan plan = changes::CopyPlan::create(
        source, workspaceId, parser.value(u"name"_s).trimmed(), withVersion, latest);
    if (plan.isRefused()) {
        context.err() << plan.error() << Qt::endl;
        return ApiFailure;
    }
    if (PlanRunner::isDryRun(parser))
        return PlanRunner::printPlan(plan, context);
    return PlanRunner::run(plan, context);
}

} // namespace cli
