#include "cli/commands/driftcommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/output.h"
#include "drift/driftscan.h"
#include "terraform/modelexporter.h"
#include "terraform/statereader.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cli {

QString DriftCommand::summary() const
{
    return tr("Compare Terraform states with the live models; list drift and unmanaged models.");
}

int DriftCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads Terraform states (terraform.tfstate, `terraform state pull`, or `terraform show "
           "-json`) and compares every alicloud_pai_workspace_model, "
           "alicloud_p_a_i_workspace_model and alicloud_pai_workspace_model_version instance "
           "with the live model or version. Each instance is in-sync, drifted (with the fields "
           "that differ), missing or tainted; live models that no instance tracks are "
           "unmanaged. Exits 0 when everything is in sync and nothing is unmanaged, 4 "
           "otherwise."));
    parser.addOptions({
        {u"state"_s, tr("A Terraform state file; repeat for more."), tr("FILE")},
        {u"workspace"_s,
         tr("Look for unmanaged models in this workspace (default: the workspaces of the "
            "state's models)."),
         tr("ID")},
        {u"all"_s, tr("Look for unmanaged models in every workspace.")},
        {u"ignore"_s,
         tr("Models that are unmanaged on purpose: one model ID or name pattern (* and ?) per "
            "line."),
         tr("FILE")},
        {u"export-unmanaged"_s,
         tr("Write Terraform configuration with import blocks for the unmanaged models to FILE."),
         tr("FILE")},
        {u"output"_s, tr("Output format: table or json (as the global --output)."), tr("FORMAT")},
    });
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(
            parser, 0, tr("--state FILE [--state FILE]... [--workspace ID | --all]"), context)) {
        return *exit;
    }
    const QStringList statePaths = parser.values(u"state"_s);
    if (statePaths.isEmpty())
        return context.usageError(tr("drift: give at least one --state FILE"));
    if (parser.isSet(u"workspace"_s) && parser.isSet(u"all"_s))
        return context.usageError(tr("drift: give --workspace ID or --all, not both"));
    bool json = context.options().output == OutputFormat::Json;
    if (parser.isSet(u"output"_s)) {
        const auto format = GlobalOptions::parseOutput(parser.value(u"output"_s));
        if (!format) {
            return context.usageError(
                tr("--output: \"%1\" is not json or table").arg(parser.value(u"output"_s)));
        }
        json = *format == OutputFormat::Json;
    }

    // Every input is checked before anything is sent.
    QList<terraform::StateFile> states;
    for (const QString &path : statePaths) {
        terraform::StateReadResult result = terraform::StateReader::readFile(path);
        if (!result.ok())
            return context.usageError(result.error);
        states.append(std::move(*result.state));
    }
    terraform::IgnoreList ignore;
    if (parser.isSet(u"ignore"_s)) {
        QString error;
        const auto list = terraform::IgnoreList::readFile(parser.value(u"ignore"_s), &error);
        if (!list)
            return context.usageError(error);
        ignore = *list;
    }
    drift::DriftScope scope = drift::DriftScope::stateWorkspaces();
    if (parser.isSet(u"workspace"_s))
        scope = drift::DriftScope::workspace(parser.value(u"workspace"_s));
    else if (parser.isSet(u"all"_s))
        scope = drift::DriftScope::all();

    for (const terraform::StateFile &state : std::as_const(states)) {
        context.err() << tr("%1: %n instance(s) of PAI models and versions", nullptr,
                            int(state.instances.size()))
                             .arg(state.path);
        if (state.serial >= 0)
            context.err() << tr(", serial %1, lineage %2").arg(state.serial).arg(state.lineage);
        context.err() << u'\n';
    }
    context.err().flush();

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    drift::DriftScan scan(client, states, scope, ignore);
    if (const int result = runScan(scan, context); result != Success)
        return result;

    print(scan, json, context);
    if (parser.isSet(u"export-unmanaged"_s)) {
        if (const int result = exportUnmanaged(scan, parser.value(u"export-unmanaged"_s), context);
            result != Success) {
            return result;
        }
    }
    const auto &findings = scan.findings();
    const bool attention = std::any_of(findings.cbegin(), findings.cend(), [](const auto &finding) {
        return finding.needsAttention();
    });
    return attention ? DriftFound : Success;
}

int DriftCommand::runScan(drift::DriftScan &scan, CommandContext &context)
{
    QEventLoop loop;
    QObject::connect(&scan, &drift::DriftScan::finished, &loop, &QEventLoop::quit);
    scan.start();
    loop.exec();
    for (const QString &warning : scan.warnings())
        context.warn(warning);
    if (scan.error())
        return context.reportApiError(*scan.error());
    return Success;
}

void DriftCommand::print(const drift::DriftScan &scan, bool json, CommandContext &context)
{
    if (scan.ignoredCount() > 0) {
        context.err() << tr("%n unmanaged model(s) left out by the ignore list", nullptr,
                            scan.ignoredCount())
                      << u'\n';
        context.err().flush();
    }
    if (json) {
        QJsonArray array;
        for (const terraform::DriftFinding &finding : scan.findings())
            array.append(finding.toJson());
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return;
    }
    QList<QStringList> rows;
    for (const terraform::DriftFinding &finding : scan.findings()) {
        QString model = finding.modelId;
        if (finding.isVersion())
            model += u" / "_s + finding.versionName;
        if (!finding.modelName.isEmpty())
            model += u" ("_s + finding.modelName + u')';
        rows.append({terraform::DriftFinding::statusName(finding.status),
                     finding.address.isEmpty() ? u"-"_s : finding.address, model,
                     finding.fieldNames().join(u", "_s)});
    }
    Output::table(context.out(), {tr("STATUS"), tr("ADDRESS"), tr("MODEL"), tr("FIELDS")}, rows);
}

int DriftCommand::exportUnmanaged(const drift::DriftScan &scan, const QString &path,
                                  CommandContext &context)
{
    terraform::ExportOptions options;
    options.region = context.options().region;
    if (options.region.isEmpty() && context.client())
        options.region = context.client()->endpoint().regionId();
    if (options.region.isEmpty())
        options.region = context.regionHint();
    if (options.region.isEmpty())
        options.region = u"cn-hangzhou"_s; // the CLI's default region for requests, too
    const terraform::ExportResult exported =
        terraform::ModelExporter(options).exportModels(scan.unmanagedModels());
    for (const terraform::ExportWarning &warning : exported.warnings)
        context.err() << tr("warning: %1").arg(warning.message) << u'\n';
    context.err().flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.toUtf8()) < 0 || !file.commit()) {
        context.err() << tr("paidesk-cli: --export-unmanaged: cannot write %1: %2")
                             .arg(path, file.errorString())
                      << Qt::endl;
        return ApiFailure;
    }
    return Success;
}

} // namespace cli
