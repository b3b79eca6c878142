#pragma once

#include "api/apierror.h"
#include "terraform/modelexporter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace api {
class ApiClient;
class ListAllModelVersionsCall;
} // namespace api

namespace gui {

// Every version of some models, for an export that includes them: one list-all call per model,
// a few at a time, each bounded by the client's listing deadline. The first failure ends the
// whole fetch: an export that silently lacked one model's versions would look complete.
class ModelVersionsFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxModelsInFlight = 4;

    explicit ModelVersionsFetcher(api::ApiClient *client, QObject *parent = nullptr);
    ~ModelVersionsFetcher() override;

    void fetch(const QStringList &modelIds);
    void cancel();
    bool isBusy() const { return !m_calls.isEmpty() || !m_waiting.isEmpty(); }

Q_SIGNALS:
    void finished(const terraform::VersionsByModel &versions);
    void failed(const api::ApiError &error);

private:
    void startNext();
    void onCallFinished(api::ListAllModelVersionsCall *call);

    QPointer<api::ApiClient> m_client;
    QStringList m_waiting;
    QList<api::ListAllModelVersionsCall *> m_calls;
    terraform::VersionsByModel m_versions;
};

} // namespace gui
