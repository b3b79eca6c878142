#pragma once

#include "api/calls/pagedlistcall.h"
#include "api/versionlistquery.h"
#include "pai/modelversion.h"

#include <QPointer>
#include <QSet>

namespace api {

class ApiClient;

// Every version of one model that matches a query, in server order, each name once.
// versionsArrived() hands over each run as soon as the pages before it are in; versions() keeps
// them all.
class ListAllModelVersionsCall : public PagedListCall
{
    Q_OBJECT

public:
    ListAllModelVersionsCall(ApiClient *client, const QString &modelId,
                             const VersionListQuery &query, int pageSize, int maxInFlight,
                             QDeadlineTimer deadline, QObject *parent);
    QString modelId() const { return m_modelId; }
    const QList<pai::ModelVersion> &versions() const { return m_versions; }

Q_SIGNALS:
    void versionsArrived(const QList<pai::ModelVersion> &versions);

protected:
    ApiCall *requestPage(int pageNumber, int pageSize) override;
    qint64 totalCountOf(const ApiCall *page) const override;
    qsizetype rowsOnWireOf(const ApiCall *page) const override;
    QStringList skippedRowsOf(const ApiCall *page) const override;
    qsizetype deliverPage(ApiCall *page) override;
    qsizetype itemsDelivered() const override { return m_versions.size(); }

private:
    QPointer<ApiClient> m_client;
    QString m_modelId;
    VersionListQuery m_query;
    QDeadlineTimer m_overall;
    QList<pai::ModelVersion> m_versions;
    QSet<QString> m_seen;
};

} // namespace api
