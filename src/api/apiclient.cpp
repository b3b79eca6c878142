#include "api/apiclient.h"

#include "pai/wirejson.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace api {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

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

QByteArray ApiClient::modelPath(const QString &modelId)
{
    return "/api/v1/models/" + Acs3::percentEncode(modelId);
}

QByteArray ApiClient::workspacePath(const QString &workspaceId)
{
    return "/api/v1/workspaces/" + Acs3::percentEncode(workspaceId);
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
    context.retryPolicy = m_retryPolicy;
    context.activityLog = m_activityLog;
    context.attemptTimeout = m_timeouts.attempt;
    context.sslConfiguration = m_sslConfiguration;
    return context;
}

QDeadlineTimer ApiClient::deadlineFor(OperationKind kind, std::optional<QDeadlineTimer> given) const
{
    if (given)
        return *given;
    return QDeadlineTimer(m_timeouts.forKind(kind).count(), Qt::PreciseTimer);
}

void ApiClient::scheduleStart(ApiCall *call)
{
    // Next event-loop turn: the caller connects to the signals before anything can happen.
    QTimer::singleShot(0, call, [call] { call->start(); });
}

template<typename Call>
Call *ApiClient::launch(RequestSpec spec, std::optional<QDeadlineTimer> deadline)
{
    const QDeadlineTimer effective = deadlineFor(spec.kind, deadline);
    auto *call = new Call(context(), std::move(spec), effective, this);
    scheduleStart(call);
    return call;
}

ListWorkspacesCall *ApiClient::listWorkspaces(const WorkspaceListQuery &query,
                                              std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"ListWorkspaces"_s;
    spec.target = query.pageNumber ? tr("page %1").arg(*query.pageNumber) : QString();
    spec.kind = OperationKind::List;
    spec.method = "GET";
    spec.encodedPath = "/api/v1/workspaces";
    spec.query = query.toQueryItems();
    return launch<ListWorkspacesCall>(std::move(spec), deadline);
}

ListAllWorkspacesCall *ApiClient::listAllWorkspaces(const WorkspaceListQuery &query,
                                                    std::optional<QDeadlineTimer> deadline)
{
    auto *call = new ListAllWorkspacesCall(this, query, query.pageSize.value_or(m_listAllPageSize),
                                           m_maxPagesInFlight,
                                           deadline.value_or(QDeadlineTimer::Forever), this);
    scheduleStart(call);
    return call;
}

GetWorkspaceCall *ApiClient::getWorkspace(const QString &workspaceId, bool verbose,
                                          std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"GetWorkspace"_s;
    spec.target = workspaceId;
    spec.kind = OperationKind::Read;
    spec.method = "GET";
    spec.encodedPath = workspacePath(workspaceId);
    if (verbose)
        spec.query = {{u"Verbose"_s, u"true"_s}};
    return launch<GetWorkspaceCall>(std::move(spec), deadline);
}

ListModelsCall *ApiClient::listModels(const ModelListQuery &query,
                                      std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"ListModels"_s;
    spec.target = query.pageNumber ? tr("page %1").arg(*query.pageNumber) : QString();
    spec.kind = OperationKind::List;
    spec.method = "GET";
    spec.encodedPath = "/api/v1/models";
    spec.query = query.toQueryItems();
    return launch<ListModelsCall>(std::move(spec), deadline);
}

ListAllModelsCall *ApiClient::listAllModels(const ModelListQuery &query,
                                            std::optional<QDeadlineTimer> deadline)
{
    auto *call =
        new ListAllModelsCall(this, query, query.pageSize.value_or(m_listAllPageSize),
                              m_maxPagesInFlight, deadline.value_or(QDeadlineTimer::Forever), this);
    scheduleStart(call);
    return call;
}

GetModelCall *ApiClient::getModel(const QString &modelId, std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"GetModel"_s;
    spec.target = modelId;
    spec.kind = OperationKind::Read;
    spec.method = "GET";
    spec.encodedPath = modelPath(modelId);
    return launch<GetModelCall>(std::move(spec), deadline);
}

CreateModelCall *ApiClient::createModel(const pai::ModelDraft &draft,
                                        std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"CreateModel"_s;
    spec.target = draft.modelName;
    spec.kind = OperationKind::Create;
    spec.method = "POST";
    spec.encodedPath = "/api/v1/models";
    spec.jsonBody = compactJson(pai::WireJson::createModelBody(draft));
    return launch<CreateModelCall>(std::move(spec), deadline);
}

ApiCall *ApiClient::updateModel(const QString &modelId, const pai::ModelUpdate &update,
                                std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"UpdateModel"_s;
    spec.target = modelId;
    spec.kind = OperationKind::Update;
    spec.method = "PUT";
    spec.encodedPath = modelPath(modelId);
    spec.jsonBody = compactJson(pai::WireJson::updateModelBody(update));
    return launch<ApiCall>(std::move(spec), deadline);
}

ApiCall *ApiClient::deleteModel(const QString &modelId, std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"DeleteModel"_s;
    spec.target = modelId;
    spec.kind = OperationKind::Delete;
    spec.method = "DELETE";
    spec.encodedPath = modelPath(modelId);
    return launch<ApiCall>(std::move(spec), deadline);
}

ApiCall *ApiClient::createModelLabels(const QString &modelId, const pai::LabelList &labels,
                                      std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"CreateModelLabels"_s;
    spec.target = modelId;
    spec.kind = OperationKind::Create;
    spec.method = "POST";
    spec.encodedPath = modelPath(modelId) + "/labels";
    spec.jsonBody = compactJson(pai::WireJson::labelsBody(labels));
    return launch<ApiCall>(std::move(spec), deadline);
}

ApiCall *ApiClient::deleteModelLabels(const QString &modelId, const QStringList &labelKeys,
                                      std::optional<QDeadlineTimer> deadline)
{
    RequestSpec spec;
    spec.operation = u"DeleteModelLabels"_s;
    spec.target = modelId;
    spec.kind = OperationKind::Delete;
    spec.method = "DELETE";
    spec.encodedPath = modelPath(modelId) + "/labels";
    spec.query = {{u"LabelKeys"_s, labelKeys.join(u',')}};
    return launch<ApiCall>(std::move(spec), deadline);
}

} // namespace api
