#pragma once

#include <QStringList>

#include <optional>

namespace sandbox {

// What can go wrong on purpose. Rates are probabilities per request (0.0 to 1.0); with a seed the
// dice are reproducible. `operations` narrows the faults to some operations ("CreateModel").
struct FaultPlan
{
    int latencyMs = 0;             // added before every reply (of latencyOperations, if set)
    QStringList latencyOperations; // empty: every operation is slow
    double throttleRate = 0.0;     // HTTP 400, Code Throttling.User
    double errorRate = 0.0;        // HTTP 500 InternalError or 503 ServiceUnavailable
    int errorStatus = 0;           // 500 or 503 for every error fault; 0 picks one per fault
    double dropRate = 0.0;         // the connection is aborted, no reply at all
    double malformedRate = 0.0;    // HTTP 200 with a body that is not JSON or is cut short
    enum class Malformed { Either, NotJson, Truncated };
    Malformed malformed = Malformed::Either;
    QStringList operations; // empty: every operation
    int faultLimit = 0;     // after this many faults, none more (0: no limit): a blip
    // When set, a write that draws a fault is applied to the store first, then the fault hits
    // the reply: the client cannot tell whether it ran ("the connection dropped after the create").
    bool applyWritesBeforeFault = false;
    std::optional<quint32> seed;
};

} // namespace sandbox
