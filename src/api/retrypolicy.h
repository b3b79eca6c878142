#pragma once

#include "api/apierror.h"
#include "api/operationkind.h"

#include <chrono>

namespace api {

// When to try again and how long to wait. Reads, lists and deletes are idempotent, so throttling,
// 5xx and network trouble are retried; a create or update is retried only when the server said it
// did not run it (throttling, 503), because a lost reply after a 500 may hide a model that exists.
class RetryPolicy
{
public:
    struct Parameters
    {
        std::chrono::milliseconds initialBackoff{500};
        double multiplier = 2.0;
        std::chrono::milliseconds maxBackoff{std::chrono::seconds(8)};
        double jitter = 0.5; // fraction of each wait that is random
        int maxAttempts = 0; // 0: as many as the deadline allows
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Parameters &parameters)
        : m_parameters(parameters)
    {}

    const Parameters &parameters() const { return m_parameters; }

    bool shouldRetry(OperationKind kind, const ApiError &error, int attemptsMade) const;
    static bool isRetryable(OperationKind kind, const ApiError &error);
    // The wait before attempt `attemptsMade + 1`: exponential, capped, with jitter.
    std::chrono::milliseconds backoff(int attemptsMade) const;

private:
    Parameters m_parameters;
};

} // namespace api
