#pragma once

#include "sandbox/faultplan.h"

#include <QRandomGenerator>
#include <QString>

namespace sandbox {

enum class Fault { None, Throttle, ServerError, Drop, Malformed };

// Rolls the dice of a FaultPlan, one roll per request. The rates share one roll, so they add up
// (throttle first, then 5xx, drop, malformed): a plan with throttleRate 1 throttles everything.
class FaultInjector
{
public:
    void setPlan(const FaultPlan &plan);
    const FaultPlan &plan() const { return m_plan; }

    Fault draw(const QString &operation);
    int latencyFor(const QString &operation) const;
    int serverErrorStatus();  // 500 or 503
    bool truncateNotGarble(); // which kind of malformed body

private:
    Fault roll(const QString &operation);

    FaultPlan m_plan;
    int m_faultsDrawn = 0;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
};

} // namespace sandbox
