#include "api/apiclient.h"

#include "api/requests.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace api {

namespace {

// Asked per request, so NO_PROXY is decided for the host each request really goes to.
class RulesProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit RulesProxyFactory(ProxyRules rules)
        : m_rules(std::move(rules))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return {m_rules.proxyFor(query.url())};
    }

private:
    ProxyRules m_rules;
};

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_activityLog(new ActivityLog(this))
{
    // Connections are reused across attempts; cookies and caches have no place in a signed API.
    m_network->setCookieJar(nullptr);
    setNetworkSettings({});
}

ApiClient::ApiClient(const Endpoint &endpoint, const Credentials &credentials, QObject *parent)
    : ApiClient(parent)
{
    m_endpoint = endpoint;
    m_credentials = credentials;
}

ApiClient::~ApiClient()
{
    // Calls abort their replies while the network manager still exists.
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void ApiClient::setNetworkSettings(const NetworkSettings &settings)
{
    m_networkSettings = settings;
    m_network->setProxyFactory(new RulesProxyFactory(settings.proxy));
    // Added to the system CAs, never instead of them. Adding to the default configuration is not
    // enough: any explicit CA list stops Qt from loading the system store on demand.
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!settings.extraCaCertificates.isEmpty()) {
        m_sslConfiguration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                             settings.extraCaCertificates);
    }
    m_network->clearConnectionCache();
}

CallContext ApiClient::context() const
{
    CallContext context;
    context.network = m_network;
    context.endpoint = m_endpoint;
    context.credentials = m_credentials;
    context.credentialSource = m_credentialSource;
    context.retryPolicy = m_retryPolicy;
    context.activityLog = m_activityLog;
    context.attemptTimeout = m_timeouts.attempt;
    context.maxReplyBytes = m_maxReplyBytes;
    context.sslConfiguration = m_sslConfiguration;
    return context;
}

QDeadlineTimer ApiClient::deadlineFor(OperationKind kind, std::optional<QDeadlineTimer> given) const
{
    const QDeadlineTimer own =
        given ? *given : QDeadlineTimer(m_timeouts.forKind(kind).count(), Qt::PreciseTimer);
    return std::min(own, m_outerDeadline);
}

QDeadlineTimer ApiClient::listAllDeadline(std::optional<QDeadlineTimer> given) const
{
    const QDeadlineTimer own =
        given ? *given : QDeadlineTimer(m_timeouts.listAll.count(), Qt::PreciseTimer);
    return std::min(own, m_outerDeadline);
}

void ApiClient::scheduleStart(ApiCall *call)
{
    // Next event-loop turn: the caller connects to the signals before anything can happen.
    QTimer::singleShot(0, call, [call] { call->start(); });
}

ListWorkspacesCall *ApiClient::listWorkspaces(const WorkspaceListQuery &query,
                                              std::optional<QDeadlineTimer> deadline)
{
    return send<ListWorkspacesCall>(requests::listWorkspaces(query), deadline);
}

ListAllWorkspacesCall *ApiClient::listAllWorkspaces(const WorkspaceListQuery &query,
                                                    std::optional<QDeadlineTimer> deadline)
{
    auto *call = new ListAllWorkspacesCall(
        this, query, query.pageSize.value_or(listAllPageSizeFor(u"ListWorkspaces"_s)),
        m_maxPagesInFlight, listAllDeadline(deadline), this);
    rememberAcceptedPageSize(call);
    scheduleStart(call);
    return call;
}

GetWorkspaceCall *ApiClient::getWorkspace(const QString &workspaceId, bool verbose,
                                          std::optional<QDeadlineTimer> deadline)
{
    return send<GetWorkspaceCall>(requests::getWorkspace(workspaceId, verbose), deadline);
}

ListModelsCall *ApiClient::listModels(const ModelListQuery &query,
                                      std::optional<QDeadlineTimer> deadline)
{
    return send<ListModelsCall>(requests::listModels(query), deadline);
}

ListAllModelsCall *ApiClient::listAllModels(const ModelListQuery &query,
                                            std::optional<QDeadlineTimer> deadline)
{
    auto *call = new ListAllModelsCall(this, query,
                                       query.pageSize.value_or(listAllPageSizeFor(u"ListModels"_s)),
                                       m_maxPagesInFlight, listAllDeadline(deadline), this);
    rememberAcceptedPageSize(call);
    scheduleStart(call);
    return call;
}

GetModelCall *ApiClient::getModel(const QString &modelId, std::optional<QDeadlineTimer> deadline)
{
    return send<GetModelCall>(requests::getModel(modelId), deadline);
}

CreateModelCall *ApiClient::createModel(const pai::ModelDraft &draft,
                                        std::optional<QDeadlineTimer> deadline)
{
    return send<CreateModelCall>(requests::createModel(draft), deadline);
}

ApiCall *ApiClient::updateModel(const QString &modelId, const pai::ModelUpdate &update,
                                std::optional<QDeadlineTimer> deadline)
{
    return send(requests::updateModel(modelId, update), deadline);
}

ApiCall *ApiClient::deleteModel(const QString &modelId, std::optional<QDeadlineTimer> deadline)
{
    return send(requests::deleteModel(modelId), deadline);
}

ApiCall *ApiClient::createModelLabels(const QString &modelId, const pai::LabelList &labels,
                                      std::optional<QDeadlineTimer> deadline)
{
    return send(requests::createModelLabels(modelId, labels), deadline);
}

ApiCall *ApiClient::deleteModelLabels(const QString &modelId, const QStringList &labelKeys,
                                      std::optional<QDeadlineTimer> deadline)
{
    return send(requests::deleteModelLabels(modelId, labelKeys), deadline);
}

ListModelVersionsCall *ApiClient::listModelVersions(const QString &modelId,
                                                    const VersionListQuery &query,
                                                    std::optional<QDeadlineTimer> deadline)
{
    return send<ListModelVersionsCall>(requests::listModelVersions(modelId, query), deadline);
}

ListAllModelVersionsCall *ApiClient::listAllModelVersions(const QString &modelId,
                                                          const VersionListQuery &query,
                                                          std::optional<QDeadlineTimer> deadline)
{
    auto *call = new ListAllModelVersionsCall(
        this, modelId, query, query.pageSize.value_or(listAllPageSizeFor(u"ListModelVersions"_s)),
        m_maxPagesInFlight, listAllDeadline(deadline), this);
    rememberAcceptedPageSize(call);
    scheduleStart(call);
    return call;
}

GetModelVersionCall *ApiClient::getModelVersion(const QString &modelId, const QString &versionName,
                                                std::optional<QDeadlineTimer> deadline)
{
    return send<GetModelVersionCall>(requests::getModelVersion(modelId, versionName), deadline);
}

CreateModelVersionCall *ApiClient::createModelVersion(const QString &modelId,
                                                      const pai::ModelVersionDraft &draft,
                                                      std::optional<QDeadlineTimer> deadline)
{
    return send<CreateModelVersionCall>(requests::createModelVersion(modelId, draft), deadline);
}

ApiCall *ApiClient::updateModelVersion(const QString &modelId, const QString &versionName,
                                       const pai::ModelVersionUpdate &update,
                                       std::optional<QDeadlineTimer> deadline)
{
    return send(requests::updateModelVersion(modelId, versionName, update), deadline);
}

ApiCall *ApiClient::deleteModelVersion(const QString &modelId, const QString &versionName,
                                       std::optional<QDeadlineTimer> deadline)
{
    return send(requests::deleteModelVersion(modelId, versionName), deadline);
}

ApiCall *ApiClient::createModelVersionLabels(const QString &modelId, const QString &versionName,
                                             const pai::LabelList &labels,
                                             std::optional<QDeadlineTimer> deadline)
{
    return send(requests::createModelVersionLabels(modelId, versionName, labels), deadline);
}

ApiCall *ApiClient::deleteModelVersionLabels(const QString &modelId, const QString &versionName,
                                             const QStringList &labelKeys,
                                             std::optional<QDeadlineTimer> deadline)
{
    return send(requests::deleteModelVersionLabels(modelId, versionName, labelKeys), deadline);
}

} // namespace api

namespace api {

int ApiClient::listAllPageSizeFor(const QString &operation) const
{
    return std::min(m_listAllPageSize, m_acceptedPageSizes.value(operation, m_listAllPageSize));
}

void ApiClient::rememberAcceptedPageSize(PagedListCall *call)
{
    // Once a server has refused a page size, the next listings of this client start with the
    // size it accepted instead of being refused again.
    connect(call, &PagedListCall::pageSizeLowered, this,
            [this, operation = call->operationName()](int pageSize) {
                m_acceptedPageSizes.insert(operation, pageSize);
            });
}

} // namespace api
