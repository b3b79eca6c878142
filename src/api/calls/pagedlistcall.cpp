#include "api/calls/pagedlistcall.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

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

qsizetype PagedListCall::reservationFor(qint64 claimedCount)
{
    return qsizetype(std::clamp<qint64>(claimedCount, 0, MaxReservedItems));
}

int PagedListCall::acceptedPageSizeAfter(const ApiError &error, int refused)
{
    // A gateway names the parameter in the code (InvalidParameter.PageSize) or in the message;
    // which one is not documented, so either will do.
    const bool aboutPageSize = error.httpStatus == 400 &&
                               error.code.startsWith(u"InvalidParameter", Qt::CaseInsensitive) &&
                               (error.code.contains(u"PageSize", Qt::CaseInsensitive) ||
                                error.message.contains(u"PageSize", Qt::CaseInsensitive));
    if (!aboutPageSize || refused <= 1)
        return 0;
    // The largest number in the message below the refused size: the limit, when it is stated.
    static const QRegularExpression number(QStringLiteral("\\d+"));
    int stated = 0;
    for (const QRegularExpressionMatch &match : number.globalMatch(error.message)) {
        const int value = match.captured().toInt();
        if (value >= 1 && value < refused)
            stated = std::max(stated, value);
    }
    if (stated > 0)
        return stated;
    for (const int step : {100, 50, 20, 10, 1}) {
        if (step < refused)
            return step;
    }
    return 0;
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
    connect(page, &ApiCall::answered, this, [this, pageNumber] { onPageAnswered(pageNumber); });
    connect(page, &ApiCall::retrying, this, [this, pageNumber] {
        m_answered.remove(pageNumber); // it goes back on the network
    });
    connect(page, &ApiCall::retrying, this, &ApiCall::retrying);
    startPart(page);
}

void PagedListCall::fillPipeline()
{
    // A page that fails at once (no endpoint) finishes the whole call inside launch().
    while (!isFinished() && m_nextToLaunch <= m_pageCount &&
           m_inFlight.size() - m_answered.size() < m_maxInFlight)
        launch(m_nextToLaunch++);
}

void PagedListCall::learnTotal(const ApiCall *firstPage)
{
    m_totalCount = std::max<qint64>(0, totalCountOf(firstPage));
    if (m_totalCount > MaxListedItems) {
        warn(tr("%1 reports %2 items; PaiDesk lists at most the first %3.")
                 .arg(operationName())
                 .arg(m_totalCount)
                 .arg(MaxListedItems));
    }
    m_plannedPages = int(std::max<qint64>(1, (expectedCount() + m_pageSize - 1) / m_pageSize));
    m_pageCount = m_plannedPages;
    Q_EMIT totalCountKnown(expectedCount());
}

void PagedListCall::endAfter(int pageNumber)
{
    if (pageNumber >= m_pageCount)
        return;
    m_pageCount = pageNumber;
    // Pages beyond the end are not needed; their answers would only be dropped.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it.key() <= pageNumber) {
            ++it;
            continue;
        }
        ApiCall *page = it.value();
        m_answered.remove(it.key());
        it = m_inFlight.erase(it);
        disconnect(page, nullptr, this, nullptr);
        page->cancel();
        page->deleteLater();
    }
    for (auto it = m_ready.begin(); it != m_ready.end();) {
        if (it.key() <= pageNumber) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_ready.erase(it);
    }
}

void PagedListCall::onPageAnswered(int pageNumber)
{
    // Until page 1 is read, nobody knows how many pages there are.
    if (m_totalCount < 0 || isFinished())
        return;
    m_answered.insert(pageNumber);
    fillPipeline();
}

void PagedListCall::onPageFinished(int pageNumber)
{
    m_answered.remove(pageNumber);
    ApiCall *page = m_inFlight.take(pageNumber);
    if (!page || isFinished())
        return;
    if (page->error() && pageNumber == 1 && m_totalCount < 0) {
        const int smaller = acceptedPageSizeAfter(*page->error(), m_pageSize);
        if (smaller > 0) {
            page->deleteLater();
            m_pageSize = smaller;
            launch(1);
            m_pageSizeLowered = true;
            return;
        }
    }
    if (page->error()) {
        ApiError error = *page->error();
        if (error.kind == ApiError::Kind::Timeout)
            error.message += u' ' + doneSoFar();
        setRequestId(page->requestId());
        page->deleteLater();
        abortWork();
        finishWith(error);
        return;
    }
    if (pageNumber == 1) {
        learnTotal(page);
        if (std::exchange(m_pageSizeLowered, false))
            Q_EMIT pageSizeLowered(m_pageSize);
    }
    // A short page is the last one, whatever TotalCount said: nothing after it is asked for.
    if (rowsOnWireOf(page) < m_pageSize)
        endAfter(pageNumber);
    m_ready.insert(pageNumber, page);
    // Next requests first: their latency then overlaps with handing this page on.
    fillPipeline();
    if (isFinished())
        return;
    if (!deliverReady())
        return;
    Q_EMIT progress(itemsDelivered(), expectedCount());
    if (m_nextToDeliver > m_pageCount) {
        if (m_warningCount > m_warnings.size()) {
            m_warnings.append(tr("%n more warning(s) not shown.", nullptr,
                                 int(m_warningCount - m_warnings.size())));
        }
        finishWith(std::nullopt);
    }
}

bool PagedListCall::deliverReady()
{
    while (!m_ready.isEmpty() && m_ready.firstKey() == m_nextToDeliver) {
        const int pageNumber = m_nextToDeliver;
        ApiCall *next = m_ready.take(pageNumber);
        setRequestId(next->requestId());
        const qsizetype rows = rowsOnWireOf(next);
        const QStringList skipped = skippedRowsOf(next);
        for (const QString &why : skipped)
            warn(tr("%1 page %2: a row was left out: %3")
                     .arg(operationName())
                     .arg(pageNumber)
                     .arg(why));
        const qsizetype fresh = deliverPage(next);
        next->deleteLater();
        ++m_nextToDeliver;
        if (isFinished()) // a handler of the delivered items cancelled the call
            return false;
        const bool endsEarly = pageNumber == m_pageCount && pageNumber < m_plannedPages;
        if (rows == 0 && (pageNumber > 1 || m_totalCount > 0)) {
            endAfter(pageNumber);
            warn(tr("%1 page %2 was empty although the server reported %3 items; the listing "
                    "ends with the %4 read so far.")
                     .arg(operationName())
                     .arg(pageNumber)
                     .arg(m_totalCount)
                     .arg(itemsDelivered()));
        } else if (fresh == 0 && rows > skipped.size()) {
            // Some overlap between pages is normal when items are added meanwhile; a page with
            // nothing new is a server that answers the same page whatever is asked.
            endAfter(pageNumber);
            warn(tr("%1 page %2 repeated items already listed; the listing ends with the %3 "
                    "read so far.")
                     .arg(operationName())
                     .arg(pageNumber)
                     .arg(itemsDelivered()));
        } else if (endsEarly) {
            warn(tr("%1 page %2 had %3 of %4 rows, so it is the last page, although the server "
                    "reported %5 items; the listing ends with the %6 read so far.")
                     .arg(operationName())
                     .arg(pageNumber)
                     .arg(rows)
                     .arg(m_pageSize)
                     .arg(m_totalCount)
                     .arg(itemsDelivered()));
        }
        if (pageNumber >= m_pageCount)
            break;
    }
    return !isFinished();
}

void PagedListCall::warn(const QString &text)
{
    ++m_warningCount;
    if (m_warnings.size() >= MaxKeptWarnings)
        return;
    m_warnings.append(text);
    Q_EMIT warning(text);
}

QString PagedListCall::doneSoFar() const
{
    if (m_totalCount < 0)
        return tr("No page had arrived.");
    return tr("%1 of %2 items had been read.").arg(itemsDelivered()).arg(expectedCount());
}

void PagedListCall::abortWork()
{
    m_answered.clear();
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
