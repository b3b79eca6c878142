#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace terraform {

// Everything that changes the shape of an export. The defaults are what the GUI and CLI start
// with; the from/to string helpers accept exactly the CLI flag values.
struct ExportOptions
{
    enum class WorkspaceRef {
        Literal,  // workspace_id = "12345"
        Variable, // workspace_id = var.workspace_id, with a variable block defaulting to the ID
        Resource, // workspace_id = alicloud_pai_workspace_workspace.<name>.id (+ its import block)
    };
    enum class ResourceType {
        PaiWorkspaceModel,      // alicloud_pai_workspace_model (upstream, provider >= 1.249.0)
        LegacyPaiWorkspaceModel // alicloud_p_a_i_workspace_model (older name, same attributes)
    };

    bool importBlocks = true; // one import block per resource; needs Terraform >= 1.5
    bool header = true;       // terraform { required_providers } and provider "alicloud"
    WorkspaceRef workspaceRef = WorkspaceRef::Literal;
    ResourceType resourceType = ResourceType::PaiWorkspaceModel;
    QString region; // provider "alicloud" { region = ... }; omitted when empty
    // alicloud_pai_workspace_model_version resources (with import blocks) for the versions the
    // caller hands over. The legacy resource type has none: versions are then left out, with a
    // warning.
    bool withVersions = false;

    // "literal" | "variable" | "resource"
    static std::optional<WorkspaceRef> workspaceRefFromString(QStringView text);
    static QString toString(WorkspaceRef ref);
    static QStringList workspaceRefNames();
    // "pai_workspace_model" | "p_a_i_workspace_model" (the full alicloud_ names are accepted too)
    static std::optional<ResourceType> resourceTypeFromString(QStringView text);
    static QString toString(ResourceType type);
    static QStringList resourceTypeNames();
    // The Terraform resource type, e.g. "alicloud_pai_workspace_model".
    static QString terraformType(ResourceType type);
    // The workspace resource type in the same naming: "alicloud_pai_workspace_workspace", or
    // "alicloud_p_a_i_workspace_workspace" for the legacy names.
    static QString workspaceTerraformType(ResourceType type);
    // "alicloud_pai_workspace_model_version"; empty for the legacy names, which have none.
    static QString versionTerraformType(ResourceType type);

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};

} // namespace terraform
