#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pai {

// A PAI workspace, as ListWorkspaces (items) and GetWorkspace return it.
struct Workspace
{
    QString workspaceId;  // numeric text, always a string
    QString workspaceName;
    QString displayName;  // GetWorkspace only
    QString description;
    QString creator;
    QString status;
    QStringList envTypes;
    QStringList adminNames;
    std::optional<bool> isDefault;
    QJsonObject extraInfos;  // note the plural, unlike a model's ExtraInfo
    QString resourceGroupId; // "resourceGroupId" in list items, "ResourceGroupId" in GetWorkspace
    QString gmtCreateTime;
    QString gmtModifiedTime;
    QJsonObject owner;       // GetWorkspace with Verbose=true
    QJsonObject unknownFields;

    // What a person wants to see: the display name when there is one, else the name.
    QString title() const { return displayName.isEmpty() ? workspaceName : displayName; }

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

} // namespace pai
