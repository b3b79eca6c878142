#include "sandbox/faultinjector.h"

namespace sandbox {

void FaultInjector::setPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_random = plan.seed ? QRandomGenerator(*plan.seed) : QRandomGenerator::securelySeeded();
}

Fault FaultInjector::draw(const QString &operation)
{
    if (!m_plan.operations.isEmpty() && !m_plan.operations.contains(operation))
        return Fault::None;
    const double total =
        m_plan.throttleRate + m_plan.errorRate + m_plan.dropRate + m_plan.malformedRate;
    if (total <= 0.0)
        return Fault::None;
    const double roll = m_random.generateDouble();
    double edge = m_plan.throttleRate;
    if (roll < edge)
        return Fault::Throttle;
    edge += m_plan.errorRate;
    if (roll < edge)
        return Fault::ServerError;
    edge += m_plan.dropRate;
    if (roll < edge)
        return Fault::Drop;
    edge += m_plan.malformedRate;
    if (roll < edge)
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
