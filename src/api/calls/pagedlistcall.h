#pragma once

#include "api/apicall.h"

#include <QMap>

namespace api {

// Fetches every page of a list: page 1 first, to learn TotalCount, then the remaining pages
// concurrently (at most maxInFlight at a time). Pages are handed to deliverPage() strictly in
// page order as soon as all earlier pages are in, so a view can show rows while later pages load.
// The first failing page (after its own retries) fails the whole call and cancels the rest.
class PagedListCall : public ApiCall
{
    Q_OBJECT

public:
    qint64 totalCount() const { return m_totalCount; }
    int pageCount() const { return m_pageCount; }
    int pageSize() const { return m_pageSize; }
    int pagesDelivered() const { return m_nextToDeliver - 1; }

Q_SIGNALS:
    void totalCountKnown(qint64 totalCount);

protected:
    PagedListCall(const QString &operation, int pageSize, int maxInFlight, QDeadlineTimer deadline,
                  QObject *parent);

    // Creates the call for one page; PagedListCall connects to it and starts it at once.
    virtual ApiCall *requestPage(int pageNumber, int pageSize) = 0;
    virtual qint64 totalCountOf(const ApiCall *page) const = 0;
    // Takes the items of the next page in order; returns how many were new.
    virtual qsizetype deliverPage(ApiCall *page) = 0;
    virtual qsizetype itemsDelivered() const = 0;
    // A page gets its own timeout, but never outlives the whole listing.
    static QDeadlineTimer pageDeadline(const QDeadlineTimer &overall,
                                       std::chrono::milliseconds perPage);

    void startWork() override;
    void abortWork() override;

private:
    void launch(int pageNumber);
    void onPageFinished(int pageNumber);
    void fillPipeline();

    int m_pageSize;
    int m_maxInFlight;
    qint64 m_totalCount = -1;
    int m_pageCount = 0; // known after page 1
    int m_nextToLaunch = 1;
    int m_nextToDeliver = 1;
    QMap<int, ApiCall *> m_inFlight;
    QMap<int, ApiCall *> m_ready;
};

} // namespace api
