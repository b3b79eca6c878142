#include "api/calls/pagedlistcall.h"

#include <algorithm>

namespace api {

PagedListCall::PagedListCall(const QString &operation, int pageSize, int maxInFlight,
                             QDeadlineTimer deadline, QObject *parent)
    : ApiCall(operation, QString(), OperationKind::List, deadline, parent)
    , m_pageSize(std::max(1, pageSize))
    , m_maxInFlight(std::max(1, maxInFlight))
{}

QDeadlineTimer PagedListCall::pageDeadline(const QDeadlineTimer &overall,
                                           std::chrono::milliseconds perPage)
{
    return std::min(overall, QDeadlineTimer(perPage.count(), Qt::PreciseTimer));
}

void PagedListCall::startWork()
{
    launch(m_nextToLaunch++);
}

void PagedListCall::launch(int pageNumber)
{
    ApiCall *page = requestPage(pageNumber, m_pageSize);
    page->setParent(this);
    m_inFlight.insert(pageNumber, page);
    connect(page, &ApiCall::finished, this, [this, pageNumber] { onPageFinished(pageNumber); });
    connect(page, &ApiCall::retrying, this, &ApiCall::retrying);
    startPart(page);
}

void PagedListCall::fillPipeline()
{
    // A page that fails at once (no endpoint) finishes the whole call inside launch().
    while (!isFinished() && m_nextToLaunch <= m_pageCount && m_inFlight.size() < m_maxInFlight)
        launch(m_nextToLaunch++);
}

void PagedListCall::onPageFinished(int pageNumber)
{
    ApiCall *page = m_inFlight.take(pageNumber);
    if (!page || isFinished())
        return;
    if (page->error()) {
        const ApiError error = *page->error();
        setRequestId(page->requestId());
        page->deleteLater();
        abortWork();
        finishWith(error);
        return;
    }
    if (pageNumber == 1) {
        m_totalCount = std::max<qint64>(0, totalCountOf(page));
        m_pageCount = int(std::max<qint64>(1, (m_totalCount + m_pageSize - 1) / m_pageSize));
        Q_EMIT totalCountKnown(m_totalCount);
    }
    m_ready.insert(pageNumber, page);
    // Next requests first: their latency then overlaps with handing this page on.
    fillPipeline();
    if (isFinished())
        return;
    while (!m_ready.isEmpty() && m_ready.firstKey() == m_nextToDeliver) {
        ApiCall *next = m_ready.take(m_nextToDeliver);
        setRequestId(next->requestId());
        deliverPage(next);
        next->deleteLater();
        ++m_nextToDeliver;
    }
    if (isFinished()) // a handler of the delivered items cancelled the call
        return;
    Q_EMIT progress(itemsDelivered(), m_totalCount);
    if (m_nextToDeliver > m_pageCount)
        finishWith(std::nullopt);
}

void PagedListCall::abortWork()
{
    const auto inFlight = std::exchange(m_inFlight, {});
    for (ApiCall *page : inFlight) {
        disconnect(page, nullptr, this, nullptr);
        page->cancel();
        page->deleteLater();
    }
    for (ApiCall *page : std::exchange(m_ready, {}))
        page->deleteLater();
}

} // namespace api
