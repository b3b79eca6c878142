#pragma once

#include "api/apicall.h"
#include "pai/fielddiff.h"

#include <QString>

namespace changes {

// What a plan does to its subject (a model or a model version).
enum class PlanKind { Create, Update, Delete };

// What one request of a plan is for. Every plan, of a model or of a version, is made of these.
enum class StepRole {
    Check,    // a read before an update: has anyone changed the subject since it was read?
    Write,    // a request that changes the subject
    ReadBack, // a read afterwards: what the server holds now
    Lookup,   // a read after a create lost its answer: was the subject created anyway?
};

struct PlanStep
{
    StepRole role = StepRole::Write;
    api::RequestSpec request;
};

QString planKindName(PlanKind kind);      // "create", "update", "delete": stable, for JSON
QString stepRoleName(StepRole role);      // "check", "write", "read-back", "lookup": for JSON
QString diffKindName(pai::DiffKind kind); // "added", "removed", "changed", "reordered": for JSON

} // namespace changes
