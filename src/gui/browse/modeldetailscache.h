#pragma once

#include "api/apierror.h"
#include "pai/model.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace api {
class ApiClient;
class GetModelCall;
} // namespace api

namespace gui {

// Whole models from GetModel, kept per ID so moving back and forth through the table does not
// ask the server again. Refresh and edits drop the stale copies.
class ModelDetailsCache : public QObject
{
    Q_OBJECT

public:
    explicit ModelDetailsCache(QObject *parent = nullptr);
    ~ModelDetailsCache() override;

    void setClient(api::ApiClient *client);
    // Emits modelReady (at once when cached) or failed. Only the latest request is answered.
    void request(const QString &modelId);
    void cancel();
    const pai::Model *cached(const QString &modelId) const;
    void store(const pai::Model &model);
    void invalidate(const QString &modelId);
    void clear();
    bool isFetching() const { return m_call != nullptr; }

Q_SIGNALS:
    void fetching(const QString &modelId);
    void modelReady(const pai::Model &model);
    void failed(const QString &modelId, const api::ApiError &error);

private:
    void onFinished();

    QPointer<api::ApiClient> m_client;
    QHash<QString, pai::Model> m_models;
    api::GetModelCall *m_call = nullptr;
    QString m_pendingId;
};

} // namespace gui
