#pragma once

#include "api/apierror.h"
#include "pai/model.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace api {
class ApiClient;
class GetModelCall;
} // namespace api

namespace changes {

// Reads many models by ID with GetModel, a few at a time, each read under the client's read
// deadline: the fresh copies a bulk plan, a retry or an undo is made from.
class ModelBatchReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxInFlight = 6;

    explicit ModelBatchReader(api::ApiClient *client, QObject *parent = nullptr);
    ~ModelBatchReader() override;

    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    void read(const QStringList &modelIds);
    void cancel();
    bool isRunning() const { return m_running; }

    // The models read, in the order asked for, and the error of each one that was not.
    const QList<pai::Model> &models() const { return m_models; }
    const QHash<QString, api::ApiError> &failures() const { return m_failures; }

Q_SIGNALS:
    void progress(int read, int total);
    void finished();

private:
    void startMore();
    void onRead(api::GetModelCall *call, const QString &modelId);

    QPointer<api::ApiClient> m_client;
    int m_maxInFlight = DefaultMaxInFlight;
    QStringList m_ids;
    qsizetype m_next = 0;
    int m_answered = 0;
    QHash<QString, pai::Model> m_read;
    QList<pai::Model> m_models;
    QHash<QString, api::ApiError> m_failures;
    QList<QPointer<api::GetModelCall>> m_calls;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace changes
