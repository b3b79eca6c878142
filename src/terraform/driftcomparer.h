#pragma once

#include "pai/model.h"
#include "pai/modelversion.h"
#include "terraform/driftfinding.h"
#include "terraform/stateinstance.h"

#include <QJsonValue>

namespace terraform {

// Compares a state instance with the live model or version, attribute by attribute, through the
// provider's own mapping ("Attributes and how they compare" in docs/terraform-drift.md). Pure: no
// network, no clock. The rules:
// - Empty, null and unset are equal: "" and null strings, an order_number of 0 or null, [] and
//   null lists, {} and null maps.
// - Optional+Computed attributes (accessibility, workspace_id; a version's version_name,
//   source_type, approval_status) that the state leaves empty are not drift: the provider fills
//   them from the cloud, so an empty value in the state says nothing.
// - labels are an ordered list of {key, value}: the same pairs in another order is a soft
//   difference (listed, marked soft, the instance stays in sync); anything else is drift.
// - extra_info (and a version's metrics, training_spec, inference_spec) are maps of strings. A
//   live value compares by its string form (mapValueText); a state string that holds JSON equal
//   to a live nested value is equal however it is spaced.
// - A version's options is JSON text: equal when the texts are equal or parse to equal JSON.
// - id, timeouts and anything the provider does not map are not compared.
class DriftComparer
{
public:
    static DriftFinding compare(const StateInstance &instance, const pai::Model &live);
    static DriftFinding compare(const StateInstance &instance, const pai::ModelVersion &live);
    // GetModel (or GetModelVersion) answered "not found".
    static DriftFinding missing(const StateInstance &instance);
    static DriftFinding unmanaged(const pai::Model &live);

    static QList<FieldDrift> modelFields(const StateInstance &instance, const pai::Model &live);
    static QList<FieldDrift> versionFields(const StateInstance &instance,
                                           const pai::ModelVersion &live);

    // How a live map value reads as the provider's map(string) stores it: a string as it is, a
    // number as its shortest plain decimal text (15, 0.5, 1000000000000000000000), a boolean as
    // true/false, an array or object as compact JSON with sorted keys (what jsonencode()
    // writes); null as no value (the key is left out). The same rule as the exporter's. When the
    // live value is a number, a state text that reads as the same number ("15.0") is equal too.
    static std::optional<QString> mapValueText(const QJsonValue &value);
    // A live JSON object as the provider's map(string).
    static QJsonObject stringMap(const QJsonObject &live);
};

} // namespace terraform
