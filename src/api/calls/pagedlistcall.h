#pragma once

#include "api/apicall.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace api {

// Fetches every page of a list: page 1 first, to learn TotalCount, then the remaining pages
// concurrently (at most maxInFlight at a time). Pages are handed to deliverPage() strictly in
// page order as soon as all earlier pages are in, so a view can show rows while later pages load.
// The first failing page (after its own retries) fails the whole call and cancels the rest.
//
// TotalCount only says how many pages to ask for, never more than MaxListedItems allow; the pages
// themselves decide where the listing ends. It ends, keeping what was read and saying why in
// warnings(), at the first empty page, at a page shorter than the page size, or at a page that
// brings nothing but rows already listed: a server that claims a huge count, or returns the same
// page whatever is asked, cannot keep a listing going.
//
// The API's largest PageSize is not documented. When page 1 is refused because of its PageSize,
// the listing asks again with a smaller one (acceptedPageSizeAfter()) and goes on with it.
class PagedListCall : public ApiCall
{
    Q_OBJECT

public:
    // No listing reads more rows than this, whatever TotalCount says.
    static constexpr qint64 MaxListedItems = 200'000;
    // Storage reserved up front from TotalCount is capped here; beyond it storage grows with
    // what the pages actually bring.
    static constexpr qsizetype MaxReservedItems = 10'000;
    // Warnings kept word for word; the rest are only counted.
    static constexpr int MaxKeptWarnings = 20;

    // What the server claimed (0 for a negative claim), -1 before page 1.
    qint64 totalCount() const { return m_totalCount; }
    // The claim, capped at MaxListedItems: what progress reports count towards.
    qint64 expectedCount() const { return std::min(m_totalCount, MaxListedItems); }
    int pageCount() const { return m_pageCount; }
    int pageSize() const { return m_pageSize; }
    int pagesDelivered() const { return m_nextToDeliver - 1; }
    // Why the listing is less than the server claimed: skipped rows, an early end. Bounded.
    const QStringList &warnings() const { return m_warnings; }
    int warningCount() const { return m_warningCount; }
    static qsizetype reservationFor(qint64 claimedCount);
    // The next PageSize to try after `error` refused `refused` on page 1, or 0 when the error is
    // not about the page size or nothing smaller is left: the largest number the message allows
    // ("must be at most 50", "between 1 and 50"), else the next smaller of 100, 50, 20, 10, 1.
    static int acceptedPageSizeAfter(const ApiError &error, int refused);

Q_SIGNALS:
    void totalCountKnown(qint64 totalCount); // expectedCount()
    // The server refused the page size it was given and accepted this smaller one.
    void pageSizeLowered(int pageSize);
    void warning(const QString &text);

protected:
    PagedListCall(const QString &operation, int pageSize, int maxInFlight, QDeadlineTimer deadline,
                  QObject *parent);

    // Creates the call for one page; PagedListCall connects to it and starts it at once.
    virtual ApiCall *requestPage(int pageNumber, int pageSize) = 0;
    virtual qint64 totalCountOf(const ApiCall *page) const = 0;
    // Rows the page had on the wire, skipped ones included, and why each skipped row was broken.
    virtual qsizetype rowsOnWireOf(const ApiCall *page) const = 0;
    virtual QStringList skippedRowsOf(const ApiCall *page) const = 0;
    // Takes the items of the next page in order; returns how many were new.
    virtual qsizetype deliverPage(ApiCall *page) = 0;
    virtual qsizetype itemsDelivered() const = 0;
    // A page gets its own timeout, but never outlives the whole listing.
    static QDeadlineTimer pageDeadline(const QDeadlineTimer &overall,
                                       std::chrono::milliseconds perPage);

    void startWork() override;
    void abortWork() override;
    QString doneSoFar() const override;

private:
    void launch(int pageNumber);
    void onPageFinished(int pageNumber);
    void onPageAnswered(int pageNumber);
    void fillPipeline();
    void learnTotal(const ApiCall *firstPage);
    void endAfter(int pageNumber);
    bool deliverReady();
    void warn(const QString &text);

    int m_pageSize;
    bool m_pageSizeLowered = false; // page 1 is being asked again with a smaller size
    int m_maxInFlight;
    qint64 m_totalCount = -1;
    int m_plannedPages = 0; // from TotalCount, known after page 1
    int m_pageCount = 0;    // where the listing ends: planned, or earlier when a page says so
    int m_nextToLaunch = 1;
    int m_nextToDeliver = 1;
    QMap<int, ApiCall *> m_inFlight;
    QSet<int> m_answered; // in m_inFlight, but off the network: their replies are being read
    QMap<int, ApiCall *> m_ready;
    QStringList m_warnings;
    int m_warningCount = 0;
};

} // namespace api
