#pragma once

#include "api/apierror.h"
#include "api/modellistquery.h"
#include "pai/model.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace api {
class ApiCall;
class ApiClient;
} // namespace api

namespace gui {

class ModelDetailsCache;

// Whole models for features that need more than a table row (export): by ID, from the details
// cache or with GetModel, or a whole listing with ListModels, whose items are whole models.
// One request at a time per fetcher; a new one cancels the old.
class FullModelFetcher : public QObject
{
    Q_OBJECT

public:
    FullModelFetcher(api::ApiClient *client, ModelDetailsCache *cache, QObject *parent = nullptr);
    ~FullModelFetcher() override;

    void fetchByIds(const QStringList &modelIds);
    void fetchListing(const api::ModelListQuery &query);
    void cancel();
    bool isBusy() const { return !m_calls.isEmpty(); }

Q_SIGNALS:
    void finished(const QList<pai::Model> &models); // in the order asked for
    void failed(const api::ApiError &error);

private:
    void finishIfDone();
    void fail(const api::ApiError &error);
    // Forgets a finished call; false (after failing the whole fetch) when it failed.
    bool settle(api::ApiCall *call);

    QPointer<api::ApiClient> m_client;
    QPointer<ModelDetailsCache> m_cache;
    QStringList m_ids;
    QHash<QString, pai::Model> m_models;
    QList<api::ApiCall *> m_calls;
};

} // namespace gui
