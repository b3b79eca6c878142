#include "cli/commands/exportcommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "terraform/modelexporter.h"

#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cli {

QString ExportCommand::summary() const
{
    return tr("Export models as Terraform configuration with import blocks.");
}

int ExportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes Terraform configuration (HCL) for alicloud_pai_workspace_model resources, with "
           "import blocks so that terraform plan shows no changes after import. Import blocks "
           "need Terraform 1.5 or later. With --with-versions, every version of each exported "
           "model becomes an alicloud_pai_workspace_model_version resource."));
    parser.addOptions({
        {u"model"_s, tr("Export this model; repeat for more."), tr("ID")},
        {u"workspace"_s, tr("Export every model of this workspace."), tr("ID")},
        {u"all"_s, tr("Export every model.")},
        {u"with-versions"_s,
         tr("Also export every version of each exported model (not with the legacy resource "
            "name, which has no version resource).")},
        {u"no-import"_s, tr("Leave out the import blocks.")},
        {u"no-provider"_s, tr("Leave out the terraform and provider blocks.")},
        {u"workspace-ref"_s,
         tr("How workspace_id is written: %1.")
             .arg(terraform::ExportOptions::workspaceRefNames().join(u", "_s)),
         tr("MODE"), u"literal"_s},
        {u"resource-name"_s,
         tr("The resource type: %1.")
             .arg(terraform::ExportOptions::resourceTypeNames().join(u", "_s)),
         tr("NAME"), u"pai_workspace_model"_s},
        {{u"o"_s, u"output-file"_s}, tr("Write to FILE instead of stdout."), tr("FILE")},
    });
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit =
            expectPositional(parser, 0, tr("(--model ID... | --workspace ID | --all)"), context)) {
        return *exit;
    }

    const QStringList modelIds = parser.values(u"model"_s);
    const int selections =
        int(!modelIds.isEmpty()) + int(parser.isSet(u"workspace"_s)) + int(parser.isSet(u"all"_s));
    if (selections != 1) {
        return context.usageError(
            tr("export: give exactly one of --model ID..., --workspace ID or --all"));
    }

    terraform::ExportOptions options;
    options.importBlocks = !parser.isSet(u"no-import"_s);
    options.header = !parser.isSet(u"no-provider"_s);
    options.withVersions = parser.isSet(u"with-versions"_s);
    const auto workspaceRef =
        terraform::ExportOptions::workspaceRefFromString(parser.value(u"workspace-ref"_s));
    if (!workspaceRef) {
        return context.usageError(
            tr("--workspace-ref: \"%1\" is not one of %2")
                .arg(parser.value(u"workspace-ref"_s),
                     terraform::ExportOptions::workspaceRefNames().join(u", "_s)));
    }
    options.workspaceRef = *workspaceRef;
    const auto resourceType =
        terraform::ExportOptions::resourceTypeFromString(parser.value(u"resource-name"_s));
    if (!resourceType) {
        return context.usageError(
            tr("--resource-name: \"%1\" is not one of %2")
                .arg(parser.value(u"resource-name"_s),
                     terraform::ExportOptions::resourceTypeNames().join(u", "_s)));
    }
    options.resourceType = *resourceType;

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    options.region = context.options().region;
    if (options.region.isEmpty())
        options.region = client->endpoint().regionId();
    if (options.region.isEmpty())
        options.region = context.regionHint();
    if (options.region.isEmpty())
        options.region = u"cn-hangzhou"_s; // the CLI's default region for requests, too

    QList<pai::Model> models;
    if (!modelIds.isEmpty()) {
        for (const QString &modelId : modelIds) {
            auto *call = client->getModel(modelId);
            const int result = context.wait(call);
            if (result != Success)
                return result;
            models.append(*call->model());
            call->deleteLater();
        }
    } else {
        api::ModelListQuery query;
        query.workspaceId = parser.value(u"workspace"_s);
        auto *call = client->listAllModels(query);
        const int result = context.wait(call);
        if (result != Success)
            return result;
        models = call->models();
        call->deleteLater();
    }

    QList<pai::Workspace> workspaces;
    if (options.workspaceRef == terraform::ExportOptions::WorkspaceRef::Resource) {
        // GetWorkspace, not the list: only the detail carries DisplayName.
        QSet<QString> fetched;
        for (const pai::Model &model : std::as_const(models)) {
            if (model.workspaceId.isEmpty() || fetched.contains(model.workspaceId))
                continue;
            fetched.insert(model.workspaceId);
            auto *call = client->getWorkspace(model.workspaceId);
            const int result = context.wait(call);
            if (result != Success)
                return result;
            workspaces.append(*call->workspace());
            call->deleteLater();
        }
    }

    // Every version of each model, through every page. The legacy resource type has no version
    // resource: the exporter says so, and nothing is fetched for it.
    terraform::VersionsByModel versions;
    if (options.withVersions &&
        !terraform::ExportOptions::versionTerraformType(options.resourceType).isEmpty()) {
        for (const pai::Model &model : std::as_const(models)) {
            if (versions.contains(model.modelId))
                continue;
            auto *call = client->listAllModelVersions(model.modelId);
            const int result = context.wait(call);
            if (result != Success)
                return result;
            versions.insert(model.modelId, call->versions());
            call->deleteLater();
        }
    }

    const terraform::ExportResult exported =
        terraform::ModelExporter(options).exportModels(models, workspaces, versions);
    for (const terraform::ExportWarning &warning : exported.warnings) {
        context.err() << tr("warning: %1").arg(warning.message) << u'\n';
    }
    context.err().flush();

    if (parser.isSet(u"output-file"_s)) {
        const QString path = parser.value(u"output-file"_s);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(exported.toUtf8()) < 0 ||
            !file.commit()) {
            context.err()
                << tr("paidesk-cli: -o: cannot write %1: %2").arg(path, file.errorString())
                << Qt::endl;
            return ApiFailure;
        }
        return Success;
    }
    context.out() << exported.text;
    context.out().flush();
    return Success;
}

} // namespace cli
