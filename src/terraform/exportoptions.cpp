#include "terraform/exportoptions.h"

using namespace Qt::StringLiterals;

namespace terraform {

std::optional<ExportOptions::WorkspaceRef> ExportOptions::workspaceRefFromString(QStringView text)
{
    if (text == u"literal")
        return WorkspaceRef::Literal;
    if (text == u"variable")
        return WorkspaceRef::Variable;
    if (text == u"resource")
        return WorkspaceRef::Resource;
    return std::nullopt;
}

QString ExportOptions::toString(WorkspaceRef ref)
{
    switch (ref) {
    case WorkspaceRef::Literal:
        return u"literal"_s;
    case WorkspaceRef::Variable:
        return u"variable"_s;
    case WorkspaceRef::Resource:
        return u"resource"_s;
    }
    return QString();
}

QStringList ExportOptions::workspaceRefNames()
{
    return {u"literal"_s, u"variable"_s, u"resource"_s};
}

std::optional<ExportOptions::ResourceType> ExportOptions::resourceTypeFromString(QStringView text)
{
    if (text.startsWith(u"alicloud_"))
        text = text.mid(9);
    if (text == u"pai_workspace_model")
        return ResourceType::PaiWorkspaceModel;
    if (text == u"p_a_i_workspace_model")
        return ResourceType::LegacyPaiWorkspaceModel;
    return std::nullopt;
}

QString ExportOptions::toString(ResourceType type)
{
    return terraformType(type).mid(9);
}

QStringList ExportOptions::resourceTypeNames()
{
    return {u"pai_workspace_model"_s, u"p_a_i_workspace_model"_s};
}

QString ExportOptions::terraformType(ResourceType type)
{
    switch (type) {
    case ResourceType::PaiWorkspaceModel:
        return u"alicloud_pai_workspace_model"_s;
    case ResourceType::LegacyPaiWorkspaceModel:
        return u"alicloud_p_a_i_workspace_model"_s;
    }
    return QString();
}

QString ExportOptions::workspaceTerraformType(ResourceType type)
{
    switch (type) {
    case ResourceType::PaiWorkspaceModel:
        return u"alicloud_pai_workspace_workspace"_s;
    case ResourceType::LegacyPaiWorkspaceModel:
        return u"alicloud_p_a_i_workspace_workspace"_s;
    }
    return QString();
}

QString ExportOptions::versionTerraformType(ResourceType type)
{
    switch (type) {
    case ResourceType::PaiWorkspaceModel:
        return u"alicloud_pai_workspace_model_version"_s;
    case ResourceType::LegacyPaiWorkspaceModel:
        return QString();
    }
    return QString();
}

} // namespace terraform
