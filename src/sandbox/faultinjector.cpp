#include "sandbox/faultinjector.h"

namespace sandbox {

void FaultInjector::setPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_faultsDrawn = 0;
    m_random = plan.seed ? QRandomGenerator(*plan.seed) : QRandomGenerator::securelySeeded();
}

int FaultInjector::latencyFor(const QString &operation) const
{
    if (!m_plan.latencyOperations.isEmpty() && !m_plan.latencyOperations.contains(operation))
        return 0;
    return m_plan.latencyMs;
}

Fault FaultInjector::draw(const QString &operation)
{
    const Fault fault = roll(operation);
    if (fault != Fault::None)
        ++m_faultsDrawn;
    return fault;
}

Fault FaultInjector::roll(const QString &operation)
{
    if (!m_plan.operations.isEmpty() && !m_plan.operations.contains(operation))
        return Fault::None;
    if (m_plan.faultLimit > 0 && m_faultsDrawn >= m_plan.faultLimit)
        return Fault::None;
    const double total =
        m_plan.throttleRate + m_plan.errorRate + m_plan.dropRate + m_plan.malformedRate;
    if (total <= 0.0)
        return Fault::None;
    const double dice = m_random.generateDouble();
    double edge = m_plan.throttleRate;
    if (dice < edge)
        return Fault::Throttle;
    edge += m_plan.errorRate;
    if (dice < edge)
        return Fault::ServerError;
    edge += m_plan.dropRate;
    if (dice < edge)
        return Fault::Drop;
    edge += m_plan.malformedRate;
    if (dice < edge)
        return Fault::Malformed;
    return Fault::None;
}

int FaultInjector::serverErrorStatus()
{
    if (m_plan.errorStatus == 500 || m_plan.errorStatus == 503)
        return m_plan.errorStatus;
    return m_random.bounded(2) == 0 ? 500 : 503;
}

bool FaultInjector::truncateNotGarble()
{
    switch (m_plan.malformed) {
    case FaultPlan::Malformed::NotJson:
        return false;
    case FaultPlan::Malformed::Truncated:
        return true;
    case FaultPlan::Malformed::Either:
        break;
    }
    return m_random.bounded(2) == 0;
}

} // namespace sandbox
