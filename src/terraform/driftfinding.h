#pragma once

#include "terraform/stateinstance.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace terraform {

enum class DriftStatus {
    InSync,    // the live object holds what the state holds (at most a soft difference)
    Drifted,   // fields differ: see DriftFinding::fields
    Missing,   // the state tracks it, the cloud answers "not found"
    Tainted,   // marked for replacement in the state; fields still list any difference
    Unmanaged, // a live model in the scope that no state instance tracks
};

// One attribute that differs, in the provider's names and encoding: strings (unset as null),
// order_number as a number, labels as [{"key","value"}], maps as objects of strings.
struct FieldDrift
{
    QString name;
    QJsonValue state;
    QJsonValue live;
    // Only the order of the labels differs: reported, but the instance stays in sync.
    bool soft = false;

    friend bool operator==(const FieldDrift &, const FieldDrift &) = default;
};

// What drift detection says about one state instance or one unmanaged model.
struct DriftFinding
{
    DriftStatus status = DriftStatus::InSync;
    QString address;    // empty for an unmanaged model
    QString type;       // empty for an unmanaged model
    QString sourceFile; // the state the instance came from; empty for an unmanaged model
    StateInstance::Kind kind = StateInstance::Kind::Model;
    QString modelId;
    QString versionName; // versions only
    QString modelName;   // live, or the state's when the model is missing
    QString workspaceId;
    QList<FieldDrift> fields;

    bool isVersion() const { return kind == StateInstance::Kind::Version; }
    // Anything but in-sync: what makes `paidesk-cli drift` exit 4.
    bool needsAttention() const { return status != DriftStatus::InSync; }
    bool hasHardDifference() const;
    QStringList fieldNames() const;

    // {"address", "type", "modelId", "versionName", "status", "fields": [{"name", "state",
    // "live"}]}, leaving out what does not apply (an unmanaged model has no address).
    QJsonObject toJson() const;

    static QString statusName(DriftStatus status); // "in-sync", "drifted", ...: stable, for JSON
    static std::optional<DriftStatus> statusFromName(const QString &name);
    static QList<DriftStatus> allStatuses();

    friend bool operator==(const DriftFinding &, const DriftFinding &) = default;
};

} // namespace terraform
