#include "terraform/modelexporter.h"

#include "terraform/hclwriter.h"
#include "terraform/resourcenamer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace terraform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("terraform::ModelExporter", text);
}

QString quotedList(const QStringList &keys)
{
    qsizetype size = 0;
    for (const QString &key : keys)
        size += key.size() + 4;
    QString text;
    text.reserve(size);
    for (const QString &key : keys) {
        if (!text.isEmpty())
            text += u", "_s;
        text += u'"';
        text += key;
        text += u'"';
    }
    return text;
}

// How each model's workspace_id is written, plus the blocks that make those expressions valid.
struct WorkspaceWiring
{
    QHash<QString, HclExpression> expressionById;
    QList<const pai::Workspace *> resources; // in resource mode, in first-use order
    QHash<QString, QString> resourceNames;   // workspace ID -> local name
    QMap<QString, QString> variables;        // variable name -> default (workspace ID)
};

void addStringIfSet(HclBody &body, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        body.addAttribute(name, HclExpression::string(value));
}

void addImport(HclBody &file, const QString &address, const QString &id)
{
    HclBody &import = file.addBlock(u"import"_s);
    import.addAttribute(u"to"_s, HclExpression::traversal(address));
    import.addAttribute(u"id"_s, HclExpression::string(id));
}

void addLabels(HclBody &resource, const pai::LabelList &labels)
{
    for (const pai::Label &label : labels) {
        HclBody &block = resource.addBlock(u"labels"_s);
        block.addAttribute(u"key"_s, HclExpression::string(label.key));
        block.addAttribute(u"value"_s, HclExpression::string(label.value));
    }
}

// The provider's map(string) attributes (a model's extra_info; a version's metrics,
// training_spec, inference_spec and extra_info): strings as they are, numbers and booleans as
// their text, nested values through jsonencode(), nulls left out; a warning for each kind that
// does not come back as it was, and a comment above the attribute.
void addStringMap(HclBody &resource, const QString &attribute, const QJsonObject &object,
                  const QString &address, ExportWarnings &warn)
{
    if (object.isEmpty())
        return;
    std::vector<HclExpression::ObjectItem> items;
    QStringList stringified;
    QStringList nested;
    QStringList dropped;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String:
            items.push_back({it.key(), HclExpression::string(value.toString())});
            break;
        case QJsonValue::Double:
            items.push_back({it.key(), HclExpression::string(hclNumberText(value.toDouble()))});
            stringified.append(it.key());
            break;
        case QJsonValue::Bool:
            items.push_back(
                {it.key(), HclExpression::string(value.toBool() ? u"true"_s : u"false"_s)});
            stringified.append(it.key());
            break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            items.push_back(
                {it.key(), HclExpression::call(u"jsonencode"_s, {HclExpression::fromJson(value)})});
            nested.append(it.key());
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            dropped.append(it.key());
            break;
        }
    }
    QStringList comments;
    if (!stringified.isEmpty() || !nested.isEmpty()) {
        comments.append(u"%1 is a map of strings in the provider; these keys are stored as "
                        "strings:"_s.arg(attribute));
        comments.append(quotedList(stringified + nested));
    }
    if (!stringified.isEmpty()) {
        warn.append({ExportWarning::Code::MapValueStringified, address,
                     QCoreApplication::translate(
                         "terraform::ModelExporter",
                         "%1: the number and boolean values of %2 keys %3 are written as strings, "
                         "because the provider stores only strings.")
                         .arg(address, attribute, quotedList(stringified))});
    }
    if (!nested.isEmpty()) {
        warn.append({ExportWarning::Code::MapValueNested, address,
                     QCoreApplication::translate(
                         "terraform::ModelExporter",
                         "%1: the nested %2 values of keys %3 are written with jsonencode(); the "
                         "provider stores them as JSON text, not as objects or arrays.")
                         .arg(address, attribute, quotedList(nested))});
    }
    if (!dropped.isEmpty()) {
        warn.append({ExportWarning::Code::MapValueNullDropped, address,
                     QCoreApplication::translate(
                         "terraform::ModelExporter",
                         "%1: the %2 keys %3 are null and are left out, because the provider "
                         "stores only strings.")
                         .arg(address, attribute, quotedList(dropped))});
    }
    if (!items.empty())
        resource.addAttribute(attribute, HclExpression::object(std::move(items)), comments);
}

// One alicloud_pai_workspace_model_version resource, in the order of the provider's schema.
void addVersion(HclBody &file, const QString &type, const QString &name,
                const pai::ModelVersion &version, const QString &modelId,
                const HclExpression &modelIdExpression, bool importBlock, ExportWarnings &warn)
{
    const QString address = type + u'.' + name;
    // What the resource cannot hold is named above it, so a reader of the file sees it too.
    QStringList missing;
    const std::pair<QString, const QJsonObject *> notInTerraform[] = {
        {u"EvaluationSpec"_s, &version.evaluationSpec},
        {u"CompressionSpec"_s, &version.compressionSpec},
        {u"DistillationSpec"_s, &version.distillationSpec}};
    for (const auto &[field, value] : notInTerraform) {
        if (!value->isEmpty())
            missing.append(field);
    }
    QStringList comments;
    if (!missing.isEmpty()) {
        comments.append(u"Not exported, the provider has no attribute for: "_s +
                        missing.join(u", "_s));
        warn.append({ExportWarning::Code::VersionFieldsNotExported, address,
                     QCoreApplication::translate(
                         "terraform::ModelExporter",
                         "%1: %2 of version %3 of model %4 cannot be exported; the provider's "
                         "version resource has no attribute for it.")
                         .arg(address, missing.join(u", "_s), version.versionName, modelId)});
    }

    HclBody &resource = file.addBlock(u"resource"_s, {type, name}, comments);
    resource.reserve(std::size_t(version.labels.size()) + 16);
    resource.addAttribute(u"model_id"_s, modelIdExpression);
    resource.addAttribute(u"uri"_s, HclExpression::string(version.uri));
    addStringIfSet(resource, u"version_name"_s, version.versionName);
    addStringIfSet(resource, u"version_description"_s, version.versionDescription);
    addStringIfSet(resource, u"format_type"_s, version.formatType);
    addStringIfSet(resource, u"framework_type"_s, version.frameworkType);
    addStringIfSet(resource, u"approval_status"_s, version.approvalStatus);
    addStringIfSet(resource, u"source_type"_s, version.sourceType);
    addStringIfSet(resource, u"source_id"_s, version.sourceId);
    if (!version.options.isEmpty()) {
        // A string attribute: JSON text reads best as jsonencode() of its value.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(version.options.toUtf8(), &error);
        // Qt's JSON parser drops U+FEFF inside strings (Qt 6.4), so such text would change on its
        // way through jsonencode(); it is written as the literal string, exactly as stored.
        const bool parsesWhole = !version.options.contains(QChar(0xfeff));
        if (parsesWhole && error.error == QJsonParseError::NoError &&
            (document.isObject() || document.isArray())) {
            const QJsonValue value =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            resource.addAttribute(
                u"options"_s,
                HclExpression::call(u"jsonencode"_s, {HclExpression::fromJson(value)}));
            // jsonencode() writes compact JSON with sorted keys: text stored in another form
            // reads back as a change.
            if (QString::fromUtf8(document.toJson(QJsonDocument::Compact)) != version.options) {
                warn.append({ExportWarning::Code::OptionsReformatted, address,
                             QCoreApplication::translate(
                                 "terraform::ModelExporter",
                                 "%1: options is written with jsonencode(), which spaces and "
                                 "orders the JSON its own way; terraform plan may show a change "
                                 "to options after import.")
                                 .arg(address)});
            }
        } else {
            resource.addAttribute(u"options"_s, HclExpression::string(version.options));
        }
    }
    addStringMap(resource, u"metrics"_s, version.metrics, address, warn);
    addStringMap(resource, u"training_spec"_s, version.trainingSpec, address, warn);
    addStringMap(resource, u"inference_spec"_s, version.inferenceSpec, address, warn);
    addStringMap(resource, u"extra_info"_s, version.extraInfo, address, warn);
    addLabels(resource, version.labels);

    if (importBlock && !modelId.isEmpty() && !version.versionName.isEmpty())
        addImport(file, address, modelId + u':' + version.versionName);
}

} // namespace

ModelExporter::ModelExporter(ExportOptions options)
    : m_options(std::move(options))
{}

QString ModelExporter::minimumProviderVersion()
{
    return u">= 1.249.0"_s;
}

ExportResult ModelExporter::exportModels(const QList<pai::Model> &models,
                                         const QList<pai::Workspace> &workspaces,
                                         const VersionsByModel &versions) const
{
    ExportResult result;
    HclWriter writer;
    // A guess on the high side spares copying the whole text while it grows: the fixed part of a
    // model's resource and import block is under 1,000 characters, plus its own text.
    qsizetype expected = 4096;
    for (const pai::Model &model : models) {
        expected += 1024 + model.modelId.size() * 2 + model.modelName.size() +
                    model.modelDescription.size() + model.modelDoc.size() +
                    model.workspaceId.size() + model.labels.size() * 48;
        for (const pai::Label &label : model.labels)
            expected += label.key.size() + label.value.size();
        if (!model.extraInfo.isEmpty())
            expected += 256;
    }
    if (m_options.withVersions) {
        for (const QList<pai::ModelVersion> &list : versions) {
            for (const pai::ModelVersion &version : list)
                expected += 1024 + version.uri.size() + version.versionDescription.size() +
                            version.options.size() + version.labels.size() * 48;
        }
    }
    writer.begin(expected);
    HclBody part;
    build(models, workspaces, versions, result.warnings, &result, part, [&](HclBody &done) {
        writer.appendTopLevel(done);
        done = HclBody();
    });
    writer.appendTopLevel(part);
    result.text = writer.finish();
    result.warnings += writer.warnings();
    return result;
}

HclBody ModelExporter::buildDocument(const QList<pai::Model> &models,
                                     const QList<pai::Workspace> &workspaces,
                                     ExportWarnings *warnings,
                                     QHash<QString, QString> *resourceNames,
                                     const VersionsByModel &versions) const
{
    ExportWarnings localWarnings;
    ExportResult names;
    HclBody file;
    file.reserve(std::size_t(models.size() + workspaces.size()) * 2 + 8);
    build(models, workspaces, versions, warnings ? *warnings : localWarnings, &names, file, {});
    if (resourceNames)
        *resourceNames = names.resourceNames;
    return file;
}

void ModelExporter::build(const QList<pai::Model> &models, const QList<pai::Workspace> &workspaces,
                          const VersionsByModel &versions, ExportWarnings &warn,
                          ExportResult *result, HclBody &file,
                          const std::function<void(HclBody &)> &partDone) const
{
    const QString modelType = ExportOptions::terraformType(m_options.resourceType);
    const QString workspaceType = ExportOptions::workspaceTerraformType(m_options.resourceType);
    const QString versionType = ExportOptions::versionTerraformType(m_options.resourceType);
    const bool writeVersions = m_options.withVersions && !versionType.isEmpty();
    if (m_options.withVersions && versionType.isEmpty()) {
        const QString upstream =
            ExportOptions::versionTerraformType(ExportOptions::ResourceType::PaiWorkspaceModel);
        warn.append({ExportWarning::Code::VersionsNotExported, modelType,
                     tr("Model versions are left out: with the legacy resource type %1 there is "
                        "no version resource (the upstream provider has %2).")
                         .arg(modelType, upstream)});
    }

    if (m_options.header) {
        HclBody &terraform = file.addBlock(u"terraform"_s);
        if (m_options.importBlocks)
            terraform.addAttribute(u"required_version"_s, HclExpression::string(u">= 1.5.0"_s));
        HclBody &providers = terraform.addBlock(u"required_providers"_s);
        providers.addAttribute(
            u"alicloud"_s, HclExpression::object(
                               {{u"source"_s, HclExpression::string(u"aliyun/alicloud"_s)},
                                {u"version"_s, HclExpression::string(minimumProviderVersion())}}));
        HclBody &provider = file.addBlock(u"provider"_s, {u"alicloud"_s});
        addStringIfSet(provider, u"region"_s, m_options.region);
    }

    // Workspace IDs in first-use order.
    QStringList workspaceIds;
    for (const pai::Model &model : models) {
        if (!model.workspaceId.isEmpty() && !workspaceIds.contains(model.workspaceId))
            workspaceIds.append(model.workspaceId);
    }

    WorkspaceWiring wiring;
    switch (m_options.workspaceRef) {
    case ExportOptions::WorkspaceRef::Literal:
        break;
    case ExportOptions::WorkspaceRef::Variable:
        for (const QString &id : workspaceIds) {
            QString name = u"workspace_id"_s;
            if (workspaceIds.size() > 1) {
                // "12345" -> workspace_id_12345: the prefix already makes it an identifier.
                QString suffix = ResourceNamer::sanitize(id, id, u"ws"_s);
                if (suffix.startsWith(u"ws_"_s))
                    suffix.remove(0, 3);
                name += u'_' + suffix;
            }
            // IDs such as "a.b" and "a_b" sanitize alike; sharing one variable would put a model
            // in another model's workspace (found by fuzz_hclwriter).
            const QString base = name;
            for (int n = 2; wiring.variables.contains(name); ++n)
                name = base + u'_' + QString::number(n);
            wiring.variables.insert(name, id);
            wiring.expressionById.insert(id, HclExpression::traversal(u"var."_s + name));
        }
        break;
    case ExportOptions::WorkspaceRef::Resource: {
        QList<ResourceNamer::Entry> entries;
        for (const QString &id : workspaceIds) {
            const auto found =
                std::find_if(workspaces.cbegin(), workspaces.cend(),
                             [&](const pai::Workspace &w) { return w.workspaceId == id; });
            if (found == workspaces.cend()) {
                warn.append({ExportWarning::Code::WorkspaceNotExported, id,
                             tr("Workspace %1 is not part of the export, so its ID is written as "
                                "a literal.")
                                 .arg(id)});
                continue;
            }
            wiring.resources.append(&*found);
            entries.append({id, found->workspaceName});
        }
        wiring.resourceNames = ResourceNamer::assign(entries, u"workspace_"_s);
        for (const pai::Workspace *workspace : std::as_const(wiring.resources)) {
            const QString address =
                workspaceType + u'.' + wiring.resourceNames.value(workspace->workspaceId);
            wiring.expressionById.insert(workspace->workspaceId,
                                         HclExpression::traversal(address + u".id"_s));
        }
        break;
    }
    }

    for (auto it = wiring.variables.cbegin(); it != wiring.variables.cend(); ++it) {
        HclBody &variable = file.addBlock(u"variable"_s, {it.key()});
        variable.addAttribute(u"type"_s, HclExpression::traversal(u"string"_s));
        variable.addAttribute(u"description"_s,
                              HclExpression::string(u"ID of the PAI workspace"_s));
        variable.addAttribute(u"default"_s, HclExpression::string(it.value()));
    }

    for (const pai::Workspace *workspace : std::as_const(wiring.resources)) {
        const QString name = wiring.resourceNames.value(workspace->workspaceId);
        HclBody &resource = file.addBlock(u"resource"_s, {workspaceType, name});
        resource.addAttribute(u"workspace_name"_s, HclExpression::string(workspace->workspaceName));
        // Required by the provider even when the workspace has none.
        resource.addAttribute(u"description"_s, HclExpression::string(workspace->description));
        addStringIfSet(resource, u"display_name"_s, workspace->displayName);
        std::vector<HclExpression> envTypes;
        for (const QString &env : workspace->envTypes)
            envTypes.push_back(HclExpression::string(env));
        resource.addAttribute(u"env_types"_s, HclExpression::list(std::move(envTypes)));
        if (m_options.importBlocks && !workspace->workspaceId.isEmpty())
            addImport(file, workspaceType + u'.' + name, workspace->workspaceId);
    }

    if (partDone)
        partDone(file);

    QList<ResourceNamer::Entry> entries;
    entries.reserve(models.size());
    for (const pai::Model &model : models)
        entries.append({model.modelId, model.modelName});
    const QHash<QString, QString> names = ResourceNamer::assign(entries, u"model_"_s);
    if (result)
        result->resourceNames = names;

    // Versions: each gets the local name "<model's local name>_v<version name>". A version is
    // known by its model ID and name (a nameless one, which has none, by its position); the key
    // spells the model ID's length, so no two pairs share one, whatever characters IDs hold.
    const auto versionKey = [](const QString &modelId, const pai::ModelVersion &version,
                               qsizetype index) {
        return QString::number(modelId.size()) + u':' + modelId +
               (version.versionName.isEmpty() ? u"#"_s + QString::number(index)
                                              : u":"_s + version.versionName);
    };
    QHash<QString, QString> versionNames;
    if (writeVersions) {
        QList<ResourceNamer::Entry> versionEntries;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            const QString stem = names.value(it.key(), it.key());
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                const pai::ModelVersion &version = it.value().at(i);
                versionEntries.append(
                    {versionKey(it.key(), version, i), stem + u"_v"_s + version.versionName});
            }
        }
        versionNames = ResourceNamer::assign(versionEntries, u"version_"_s);
        if (result) {
            for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
                for (qsizetype i = 0; i < it.value().size(); ++i) {
                    const pai::ModelVersion &version = it.value().at(i);
                    if (!version.versionName.isEmpty())
                        result->versionResourceNames.insert(
                            it.key() + u':' + version.versionName,
                            versionNames.value(versionKey(it.key(), version, i)));
                }
            }
        }
    }
    QSet<QString> versionsExported;
    const auto exportVersionsOf = [&](const QString &modelId, const HclExpression &modelIdValue) {
        const QList<pai::ModelVersion> list = versions.value(modelId);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = versionKey(modelId, list.at(i), i);
            if (versionsExported.contains(key))
                continue;
            versionsExported.insert(key);
            addVersion(file, versionType, versionNames.value(key), list.at(i), modelId,
                       modelIdValue, m_options.importBlocks, warn);
        }
    };

    QSet<QString> exported;
    for (const pai::Model &model : models) {
        // The same model twice would be a duplicate resource, which Terraform rejects.
        if (exported.contains(model.modelId))
            continue;
        exported.insert(model.modelId);
        const QString name = names.value(model.modelId);
        const QString address = modelType + u'.' + name;
        if (name != ResourceNamer::plainSnakeCase(model.modelName)) {
            warn.append({ExportWarning::Code::ResourceRenamed, address,
                         tr("The model \"%1\" (%2) is exported as %3.")
                             .arg(model.modelName, model.modelId, address)});
        }

        HclBody &resource = file.addBlock(u"resource"_s, {modelType, name});
        resource.reserve(std::size_t(model.labels.size()) + 11);
        resource.addAttribute(u"model_name"_s, HclExpression::string(model.modelName));
        if (!model.workspaceId.isEmpty()) {
            resource.addAttribute(u"workspace_id"_s,
                                  wiring.expressionById.value(
                                      model.workspaceId, HclExpression::string(model.workspaceId)));
        }
        addStringIfSet(resource, u"accessibility"_s, model.accessibility);
        addStringIfSet(resource, u"domain"_s, model.domain);
        addStringIfSet(resource, u"task"_s, model.task);
        addStringIfSet(resource, u"origin"_s, model.origin);
        addStringIfSet(resource, u"model_type"_s, model.modelType);
        addStringIfSet(resource, u"model_doc"_s, model.modelDoc);
        addStringIfSet(resource, u"model_description"_s, model.modelDescription);
        if (model.orderNumber)
            resource.addAttribute(u"order_number"_s, HclExpression::number(*model.orderNumber));

        addStringMap(resource, u"extra_info"_s, model.extraInfo, address, warn);

        addLabels(resource, model.labels);

        if (m_options.importBlocks && !model.modelId.isEmpty())
            addImport(file, address, model.modelId);
        if (writeVersions)
            exportVersionsOf(model.modelId, HclExpression::traversal(address + u".id"_s));
        if (partDone)
            partDone(file);
    }

    // Versions of models outside the file name their model by ID.
    if (writeVersions) {
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            if (exported.contains(it.key()))
                continue;
            exportVersionsOf(it.key(), HclExpression::string(it.key()));
            if (partDone)
                partDone(file);
        }
    }
}

} // namespace terraform
