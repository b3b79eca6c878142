#pragma once

#include "api/calls/pagedlistcall.h"
#include "api/modellistquery.h"
#include "pai/model.h"

#include <QPointer>
#include <QSet>

namespace api {

class ApiClient;

// Every model that matches a query, in server order, without duplicates. modelsArrived() hands
// over each run of models as soon as the pages before it are in; models() keeps them all,
// unless setKeepModels(false) was called first: then each model is only handed over (moved, not
// copied), for a caller such as the model table that stores them itself.
class ListAllModelsCall : public PagedListCall
{
    Q_OBJECT

public:
    ListAllModelsCall(ApiClient *client, const ModelListQuery &query, int pageSize, int maxInFlight,
                      QDeadlineTimer deadline, QObject *parent);
    const QList<pai::Model> &models() const { return m_models; }
    void setKeepModels(bool keep) { m_keepModels = keep; }

Q_SIGNALS:
    void modelsArrived(const QList<pai::Model> &models);

protected:
    ApiCall *requestPage(int pageNumber, int pageSize) override;
    qint64 totalCountOf(const ApiCall *page) const override;
    qsizetype rowsOnWireOf(const ApiCall *page) const override;
    QStringList skippedRowsOf(const ApiCall *page) const override;
    qsizetype deliverPage(ApiCall *page) override;
    qsizetype itemsDelivered() const override { return m_delivered; }

private:
    QPointer<ApiClient> m_client;
    ModelListQuery m_query;
    QDeadlineTimer m_overall;
    QList<pai::Model> m_models;
    QSet<QString> m_seen;
    qsizetype m_delivered = 0;
    bool m_keepModels = true;
};

} // namespace api
