#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace terraform {

// One managed object of a PAI type found in a Terraform state: where it is (its full instance
// address) and what the provider stored for it (its attributes, in the provider's own names).
struct StateInstance
{
    enum class Kind { Model, Version };

    QString sourceFile; // the state file it was read from, as the caller named it
    QString address;    // module.pai["prod"].alicloud_pai_workspace_model.m["a"]
    QString type;       // alicloud_pai_workspace_model, alicloud_p_a_i_workspace_model, ..._version
    Kind kind = Kind::Model;
    QString id;          // attributes.id: ModelId, or "<ModelId>:<VersionName>" for a version
    QString modelId;     // the model this instance is (or, for a version, belongs to)
    QString versionName; // versions only
    bool tainted = false;
    QJsonObject attributes;

    // The attribute as a string, "" when absent or null.
    QString text(const QString &attribute) const;

    friend bool operator==(const StateInstance &, const StateInstance &) = default;
};

// What a state file is, beside its instances: shown so that a stale copy can be recognised.
struct StateFile
{
    enum class Format { V4, ShowJson };

    QString path;
    Format format = Format::V4;
    QString terraformVersion;
    qint64 serial = -1; // -1: not in the file (show -json carries none)
    QString lineage;
    QList<StateInstance> instances;
};

// The three resource types whose instances drift is computed for.
inline constexpr char PaiModelType[] = "alicloud_pai_workspace_model";
inline constexpr char LegacyPaiModelType[] = "alicloud_p_a_i_workspace_model";
inline constexpr char PaiModelVersionType[] = "alicloud_pai_workspace_model_version";

} // namespace terraform
