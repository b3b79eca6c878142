#pragma once

#include "api/activitylog.h"
#include "api/apicall.h"
#include "api/calls/listallcalls.h"
#include "api/calls/modelcalls.h"
#include "api/calls/versioncalls.h"
#include "api/calls/workspacecalls.h"
#include "api/credentials.h"
#include "api/endpoint.h"
#include "api/modellistquery.h"
#include "api/networksettings.h"
#include "api/operationkind.h"
#include "api/retrypolicy.h"
#include "api/versionlistquery.h"
#include "pai/modeldraft.h"
#include "pai/versiondraft.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

namespace api {

// The one way PaiDesk talks to AIWorkspace: owns the QNetworkAccessManager, signs every attempt,
// and hands out one call object per operation. A call without an explicit deadline gets the
// default for its kind (OperationTimeouts). Calls are children of the client; delete a call
// (deleteLater) once its finished() has been handled.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxPagesInFlight = 6;
    // The measurements and the SDK's own loops use 100; a server that refuses it gets a
    // smaller size (PagedListCall::acceptedPageSizeAfter).
    static constexpr int DefaultListAllPageSize = 100;

    explicit ApiClient(QObject *parent = nullptr);
    ApiClient(const Endpoint &endpoint, const Credentials &credentials, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    const Endpoint &endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    // Temporary credentials that change during the session (the credentials layer's providers).
    // When set, every attempt of every call signs with the source's current triple, and waits for
    // its refresh when that triple is close to expiry. The source must outlive the calls.
    void setCredentialSource(CredentialSource *source) { m_credentialSource = source; }
    CredentialSource *credentialSource() const { return m_credentialSource; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTimeouts(const OperationTimeouts &timeouts) { m_timeouts = timeouts; }
    const OperationTimeouts &timeouts() const { return m_timeouts; }
    // No call outlives this deadline, whatever deadline it was given: the CLI's whole-command
    // --timeout. Calls already running keep theirs.
    void setOuterDeadline(QDeadlineTimer deadline) { m_outerDeadline = deadline; }
    QDeadlineTimer outerDeadline() const { return m_outerDeadline; }
    // Replies larger than this fail (MaxReplyBytes unless changed).
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = std::max<qint64>(1, bytes); }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }
    void setMaxPagesInFlight(int pages) { m_maxPagesInFlight = std::max(1, pages); }
    int maxPagesInFlight() const { return m_maxPagesInFlight; }
    // Page size of the list-all calls when the query sets none.
    void setListAllPageSize(int size) { m_listAllPageSize = std::max(1, size); }
    int listAllPageSize() const { return m_listAllPageSize; }
    // The page size the next list-all of `operation` starts with: the set size, or the smaller
    // one the server accepted after refusing it.
    int listAllPageSizeFor(const QString &operation) const;

    // The proxy rules and the extra CAs. Without a call to this, every request goes direct (no
    // system or environment proxy is picked up behind the caller's back) and trusts the system
    // CAs only. Connections already open are dropped, so the next request follows the new rules.
    void setNetworkSettings(const NetworkSettings &settings);
    const NetworkSettings &networkSettings() const { return m_networkSettings; }
    // What each request verifies the server against: the system CAs and the extra ones.
    const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }

    ActivityLog *activityLog() const { return m_activityLog; }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    ListWorkspacesCall *listWorkspaces(const WorkspaceListQuery &query = {},
                                       std::optional<QDeadlineTimer> deadline = std::nullopt);
    ListAllWorkspacesCall *listAllWorkspaces(const WorkspaceListQuery &query = {},
                                             std::optional<QDeadlineTimer> deadline = std::nullopt);
    GetWorkspaceCall *getWorkspace(const QString &workspaceId, bool verbose = false,
                                   std::optional<QDeadlineTimer> deadline = std::nullopt);

    ListModelsCall *listModels(const ModelListQuery &query = {},
                               std::optional<QDeadlineTimer> deadline = std::nullopt);
    // A deadline here bounds the whole listing (default: OperationTimeouts::listAll); each page
    // also has the per-page timeout.
    ListAllModelsCall *listAllModels(const ModelListQuery &query = {},
                                     std::optional<QDeadlineTimer> deadline = std::nullopt);
    GetModelCall *getModel(const QString &modelId,
                           std::optional<QDeadlineTimer> deadline = std::nullopt);
    CreateModelCall *createModel(const pai::ModelDraft &draft,
                                 std::optional<QDeadlineTimer> deadline = std::nullopt);
    // Sends exactly the fields listed in the update.
    ApiCall *updateModel(const QString &modelId, const pai::ModelUpdate &update,
                         std::optional<QDeadlineTimer> deadline = std::nullopt);
    ApiCall *deleteModel(const QString &modelId,
                         std::optional<QDeadlineTimer> deadline = std::nullopt);
    ApiCall *createModelLabels(const QString &modelId, const pai::LabelList &labels,
                               std::optional<QDeadlineTimer> deadline = std::nullopt);
    // LabelKeys is the keys joined with ','.
    ApiCall *deleteModelLabels(const QString &modelId, const QStringList &labelKeys,
                               std::optional<QDeadlineTimer> deadline = std::nullopt);

    // Model versions. The writes are here for tests and tools; the window and the CLI write
    // through changes::VersionWriter.
    ListModelVersionsCall *listModelVersions(const QString &modelId,
                                             const VersionListQuery &query = {},
                                             std::optional<QDeadlineTimer> deadline = std::nullopt);
    // A deadline here bounds the whole listing (default: OperationTimeouts::listAll).
    ListAllModelVersionsCall *
    listAllModelVersions(const QString &modelId, const VersionListQuery &query = {},
                         std::optional<QDeadlineTimer> deadline = std::nullopt);
    GetModelVersionCall *getModelVersion(const QString &modelId, const QString &versionName,
                                         std::optional<QDeadlineTimer> deadline = std::nullopt);
    CreateModelVersionCall *
    createModelVersion(const QString &modelId, const pai::ModelVersionDraft &draft,
                       std::optional<QDeadlineTimer> deadline = std::nullopt);
    ApiCall *updateModelVersion(const QString &modelId, const QString &versionName,
                                const pai::ModelVersionUpdate &update,
                                std::optional<QDeadlineTimer> deadline = std::nullopt);
    ApiCall *deleteModelVersion(const QString &modelId, const QString &versionName,
                                std::optional<QDeadlineTimer> deadline = std::nullopt);
    ApiCall *createModelVersionLabels(const QString &modelId, const QString &versionName,
                                      const pai::LabelList &labels,
                                      std::optional<QDeadlineTimer> deadline = std::nullopt);
    ApiCall *deleteModelVersionLabels(const QString &modelId, const QString &versionName,
                                      const QStringList &labelKeys,
                                      std::optional<QDeadlineTimer> deadline = std::nullopt);

    // Whether a call is held to the outer deadline. A read that settles what a timed-out write did
    // may outlive it on a short deadline of its own: without that read the outcome of the write,
    // and so what the command reports, would stay unknown.
    enum class Bound { ByOuterDeadline, OwnDeadlineOnly };

    // Sends any request built by api/requests.h under the deadline (or the default of its kind).
    // Call is the class that reads the operation's result: ApiCall when only the RequestId
    // matters, CreateModelCall for a create, and so on.
    template<typename Call = ApiCall>
    Call *send(RequestSpec spec, std::optional<QDeadlineTimer> deadline = std::nullopt,
               Bound bound = Bound::ByOuterDeadline)
    {
        QDeadlineTimer effective = deadlineFor(spec.kind, deadline);
        if (bound == Bound::OwnDeadlineOnly && deadline)
            effective = *deadline;
        auto *call = new Call(context(), std::move(spec), effective, this);
        scheduleStart(call);
        return call;
    }

private:
    CallContext context() const;
    QDeadlineTimer deadlineFor(OperationKind kind, std::optional<QDeadlineTimer> given) const;
    QDeadlineTimer listAllDeadline(std::optional<QDeadlineTimer> given) const;
    void scheduleStart(ApiCall *call);
    void rememberAcceptedPageSize(PagedListCall *call);

    QNetworkAccessManager *m_network;
    ActivityLog *m_activityLog;
    Endpoint m_endpoint;
    Credentials m_credentials;
    QPointer<CredentialSource> m_credentialSource;
    RetryPolicy m_retryPolicy;
    OperationTimeouts m_timeouts;
    QDeadlineTimer m_outerDeadline{QDeadlineTimer::Forever};
    qint64 m_maxReplyBytes = MaxReplyBytes;
    NetworkSettings m_networkSettings;
    QSslConfiguration m_sslConfiguration;
    int m_maxPagesInFlight = DefaultMaxPagesInFlight;
    int m_listAllPageSize = DefaultListAllPageSize;
    QHash<QString, int> m_acceptedPageSizes; // per operation, after a refusal
};

} // namespace api
