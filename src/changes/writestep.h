#pragma once

#include "api/apierror.h"
#include "changes/modelplan.h"

#include <QString>

#include <optional>

namespace changes {

// What is known about one request of a running plan. A write is Applied only on a 2xx answer or
// when reading back shows its values; NotApplied only when the answer proves it did not run or
// reading back shows the old values; everything in between is Unknown. A canceled write is
// settled like any other, never shown as failed.
enum class StepState {
    Pending,
    Running,
    Applied,    // a write that took effect
    NotApplied, // a write that did not take effect
    Unknown,    // a write whose effect could not be established
    Done,       // a read that answered
    Failed,     // a read that did not answer
    Skipped,    // never sent: an earlier step stopped the plan, or it was canceled before it began
};

struct WriteStep
{
    ModelPlan::Role role = ModelPlan::Role::Write;
    api::RequestSpec request;
    StepState state = StepState::Pending;
    QString requestId;
    std::optional<api::ApiError> error;
    QString note; // how the state was established, when not by the answer ("by reading back")

    bool isWrite() const { return role == ModelPlan::Role::Write; }
    // "UpdateModel: ModelDescription, OrderNumber", "DeleteModelLabels: env", translated.
    QString title(ModelPlan::Kind kind) const;
};

QString stepStateName(StepState state); // translated, for the progress dialog and the CLI
QString stepStateKey(StepState state);  // "applied", "not-applied", ...: stable, for JSON

} // namespace changes
