#include "api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace api {

bool RetryPolicy::isRetryable(OperationKind kind, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled || error.kind == ApiError::Kind::MalformedResponse)
        return false;
    if (error.isThrottling() || error.isServiceUnavailable())
        return true;
    switch (kind) {
    case OperationKind::Read:
    case OperationKind::List:
    case OperationKind::Delete:
        return error.isTransportFailure() || error.isServerError();
    case OperationKind::Create:
    case OperationKind::Update:
        return false;
    }
    return false;
}

bool RetryPolicy::shouldRetry(OperationKind kind, const ApiError &error, int attemptsMade) const
{
    if (m_parameters.maxAttempts > 0 && attemptsMade >= m_parameters.maxAttempts)
        return false;
    return isRetryable(kind, error);
}

std::chrono::milliseconds RetryPolicy::backoff(int attemptsMade) const
{
    const double initial = double(m_parameters.initialBackoff.count());
    const double cap = double(m_parameters.maxBackoff.count());
    const double base =
        std::min(cap, initial * std::pow(m_parameters.multiplier, std::max(0, attemptsMade - 1)));
    const double jitter = std::clamp(m_parameters.jitter, 0.0, 1.0);
    const double wait =
        base * (1.0 - jitter) + base * jitter * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(std::llround(wait)));
}

} // namespace api
