#pragma once

#include "pai/model.h"
#include "pai/modelversion.h"
#include "pai/workspace.h"
#include "terraform/exportoptions.h"
#include "terraform/exportwarning.h"
#include "terraform/hclbody.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace terraform {

struct ExportResult
{
    QString text;                          // the whole .tf file
    ExportWarnings warnings;               // translated, for the GUI list or the CLI's stderr
    QHash<QString, QString> resourceNames; // model ID -> local name of its resource
    // "<model_id>:<version_name>" (the version resource's import ID) -> local name
    QHash<QString, QString> versionResourceNames;

    QByteArray toUtf8() const { return text.toUtf8(); }
};

// A model's versions, by model ID (ordered, so an export is the same every time).
using VersionsByModel = QMap<QString, QList<pai::ModelVersion>>;

// Maps PAI models (and, in resource mode, their workspaces; with ExportOptions::withVersions,
// their versions) to a Terraform file: header, variables, workspace resources, then per model its
// resource followed by its import block and then its versions, each with its import block.
// Versions of a model that is not exported come last, by model ID, with a literal model_id.
// Models keep the order they are given in, versions too; names depend only on the objects, so
// exporting the same selection twice gives the same file.
class ModelExporter
{
public:
    explicit ModelExporter(ExportOptions options = {});

    const ExportOptions &options() const { return m_options; }

    // `workspaces` is only read in WorkspaceRef::Resource mode; a model whose workspace is not
    // among them keeps a literal workspace_id (with a warning). `versions` is only read with
    // ExportOptions::withVersions.
    ExportResult exportModels(const QList<pai::Model> &models,
                              const QList<pai::Workspace> &workspaces = {},
                              const VersionsByModel &versions = {}) const;

    // The document before rendering, for callers that add their own blocks.
    HclBody buildDocument(const QList<pai::Model> &models, const QList<pai::Workspace> &workspaces,
                          ExportWarnings *warnings, QHash<QString, QString> *resourceNames,
                          const VersionsByModel &versions = {}) const;

    static QString minimumProviderVersion(); // ">= 1.249.0"

private:
    // Builds the document into `file`; when `partDone` is set it is called after the head of the
    // file and after each model, and may take the items added so far (export renders and drops
    // them, so 10,000 models never exist as one tree).
    void build(const QList<pai::Model> &models, const QList<pai::Workspace> &workspaces,
               const VersionsByModel &versions, ExportWarnings &warnings, ExportResult *names,
               HclBody &file, const std::function<void(HclBody &)> &partDone) const;

    ExportOptions m_options;
};

} // namespace terraform
