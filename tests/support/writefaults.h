#pragma once

#include "api/retrypolicy.h"
#include "sandbox/faultplan.h"

#include <QMetaType>
#include <QStringList>

#include <chrono>

namespace testsupport {

// The faults the writer matrices (models and versions alike) run every write under.
enum class WriteFault {
    None,
    LatencyPastDeadline, // stored at once, answered after the operation's deadline
    DropAfterStore,      // stored, then the reply is lost (once)
    ServerError,         // 500 on every write
    ServerErrorOnce,     // 500 on the first write only
    Throttling,          // every write throttled
    CancelMidPlan        // writes slow enough to cancel between steps
};

// The sandbox's fault plan for `fault`, applied to `writeOperations` only (reads stay quick).
sandbox::FaultPlan faultPlanFor(WriteFault fault, const QStringList &writeOperations);

// Retries that wait milliseconds, not seconds, so a test that retries stays short.
api::RetryPolicy
quickRetries(std::chrono::milliseconds initialBackoff = std::chrono::milliseconds(50),
             std::chrono::milliseconds maxBackoff = std::chrono::milliseconds(200));

} // namespace testsupport

Q_DECLARE_METATYPE(testsupport::WriteFault)
