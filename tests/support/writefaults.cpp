#include "support/writefaults.h"

namespace testsupport {

sandbox::FaultPlan faultPlanFor(WriteFault fault, const QStringList &writeOperations)
{
    sandbox::FaultPlan plan;
    plan.seed = 7;
    plan.operations = writeOperations;
    switch (fault) {
    case WriteFault::None:
        break;
    case WriteFault::LatencyPastDeadline:
        // The service stores the write at once and answers after the deadline; reads are quick.
        plan.latencyMs = 2500;
        plan.latencyOperations = writeOperations;
        break;
    case WriteFault::DropAfterStore:
        plan.dropRate = 1.0;
        plan.applyWritesBeforeFault = true;
        plan.faultLimit = 1;
        break;
    case WriteFault::ServerError:
        plan.errorRate = 1.0;
        plan.errorStatus = 500;
        break;
    case WriteFault::ServerErrorOnce:
        plan.errorRate = 1.0;
        plan.errorStatus = 500;
        plan.faultLimit = 1;
        break;
    case WriteFault::Throttling:
        plan.throttleRate = 1.0;
        break;
    case WriteFault::CancelMidPlan:
        plan.latencyMs = 800;
        plan.latencyOperations = writeOperations;
        break;
    }
    return plan;
}

api::RetryPolicy quickRetries(std::chrono::milliseconds initialBackoff,
                              std::chrono::milliseconds maxBackoff)
{
    api::RetryPolicy::Parameters parameters;
    parameters.initialBackoff = initialBackoff;
    parameters.maxBackoff = maxBackoff;
    return api::RetryPolicy(parameters);
}

} // namespace testsupport
