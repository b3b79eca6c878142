#include "api/apiclient.h"
#include "api/requests.h"
#include "rawhttpserver.h"
#include "sandbox/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Kind = api::ApiError::Kind;

namespace {

const QString AccessKeyId = u"LTAI5tTestKey"_s;
const QString AccessKeySecret = u"test-secret-value"_s;

bool waitFinished(api::ApiCall *call, int timeoutMs = 15000)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &api::ApiCall::finished);
    return spy.wait(timeoutMs) || call->isFinished();
}

QString describe(const api::ApiCall *call)
{
    return call->error() ? call->error()->userText() : QString();
}

QByteArray headerOf(const sandbox::ReceivedRequest &request, const QByteArray &lowerName)
{
    for (const auto &[name, value] : request.headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

api::RetryPolicy fastRetries(int maxAttempts)
{
    api::RetryPolicy::Parameters parameters;
    parameters.initialBackoff = std::chrono::milliseconds(5);
    parameters.maxBackoff = std::chrono::milliseconds(20);
    parameters.maxAttempts = maxAttempts;
    return api::RetryPolicy(parameters);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getModel();
    void listModelsPageWithFilters();
    void listModelsSendsEveryFilter();
    void createModel();
    void updateModelSendsOnlyListedFields();
    void deleteModel();
    void modelLabels();
    void workspaces();
    void listAllModelsConcurrentlyInOrder();
    void listAllModelsSequentially();
    void listAllModelsHandsOverEachModelOnce_data();
    void listAllModelsHandsOverEachModelOnce();
    void listAllCancel();
    void pageSizeAfterRefusal_data();
    void pageSizeAfterRefusal();
    void listAllFallsBackToTheLargestAcceptedPageSize_data();
    void listAllFallsBackToTheLargestAcceptedPageSize();
    void errorsMapToApiError_data();
    void errorsMapToApiError();
    void deadlineWithThrottlingIsTimeout();
    void deadlineAbortsReplyInFlight();
    void createAnswered500IsNotSentAgain();
    void createAnswered503IsRetried();
    void updateDroppedIsNotSentAgain();
    void readsRetryDroppedConnections();
    void everyAttemptHasFreshDateAndNonce();
    void malformedSandboxReplies_data();
    void malformedSandboxReplies();
    void malformedRawReplies_data();
    void malformedRawReplies();
    void wireBytesMatchSignedBytes_data();
    void wireBytesMatchSignedBytes();
    void cancelAbortsAtOnce();
    void activityLogHasNoSecrets();
    void invalidEndpointFailsWithItsReason();

private:
    api::ApiClient *newClient(const QUrl &url, const api::Credentials &credentials);
    pai::Model seedModel(const QString &name, const pai::LabelList &labels = {});
    // Adds `count` models named prefix-N at once and returns every stored ID in server order.
    QStringList seedBulk(const QString &prefix, int count, const QString &description = {});
    QList<sandbox::ReceivedRequest> requestsFor(const QString &operation) const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<api::ApiClient> m_client;
    QList<sandbox::ReceivedRequest> m_received;
    QString m_workspaceId;
};

api::ApiClient *TestApiClient::newClient(const QUrl &url, const api::Credentials &credentials)
{
    const api::Endpoint endpoint = api::Endpoint::fromUrl(url);
    Q_ASSERT(endpoint.isValid());
    auto *client = new api::ApiClient(endpoint, credentials);
    client->setRetryPolicy(fastRetries(3));
    return client;
}

void TestApiClient::init()
{
    m_received.clear();
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->addAccessKey(AccessKeyId, AccessKeySecret);
    connect(m_server.get(), &sandbox::SandboxServer::requestHandled, this,
            [this](const sandbox::ReceivedRequest &request) { m_received.append(request); });
    pai::Workspace workspace;
    workspace.workspaceName = u"research"_s;
    workspace.displayName = u"Research"_s;
    workspace.isDefault = true;
    m_workspaceId = m_server->store().addWorkspace(workspace).workspaceId;
    QVERIFY(!m_workspaceId.isEmpty());
    m_client.reset(newClient(m_server->url(), {AccessKeyId, AccessKeySecret, {}}));
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QStringList TestApiClient::seedBulk(const QString &prefix, int count, const QString &description)
{
    QList<pai::Model> seeded;
    for (int i = 0; i < count; ++i) {
        pai::Model model;
        model.modelName = u"%1-%2"_s.arg(prefix).arg(i);
        model.modelDescription = description;
        model.workspaceId = m_workspaceId;
        seeded.append(model);
    }
    m_server->store().addModels(seeded);
    QStringList ids;
    for (const pai::Model &model : m_server->store().models())
        ids.append(model.modelId);
    return ids;
}

pai::Model TestApiClient::seedModel(const QString &name, const pai::LabelList &labels)
{
    pai::Model model;
    model.modelName = name;
    model.workspaceId = m_workspaceId;
    model.domain = u"nlp"_s;
    model.task = u"text-generation"_s;
    model.accessibility = u"PRIVATE"_s;
    model.labels = labels;
    return m_server->store().addModel(model);
}

QList<sandbox::ReceivedRequest> TestApiClient::requestsFor(const QString &operation) const
{
    QList<sandbox::ReceivedRequest> matching;
    for (const auto &request : m_received) {
        if (request.operation == operation)
            matching.append(request);
    }
    return matching;
}

void TestApiClient::getModel()
{
    pai::Model seeded;
    seeded.modelName = u"qwen2-7b"_s;
    seeded.workspaceId = m_workspaceId;
    seeded.orderNumber = 7;
    seeded.labels = {{u"family"_s, u"qwen"_s}, {u"size"_s, u"7b"_s}};
    seeded.extraInfo =
        QJsonObject{{u"CoverUris"_s, QJsonArray{u"oss://a"_s, u"oss://b"_s}},
                    {u"Nested"_s, QJsonObject{{u"Deep"_s, QJsonObject{{u"Value"_s, 3}}}}}};
    seeded = m_server->store().addModel(seeded);

    QSignalSpy attempts(m_client->activityLog(), &api::ActivityLog::entryAdded);
    auto *call = m_client->getModel(seeded.modelId);
    QSignalSpy started(call, &api::ApiCall::attemptStarted);
    QVERIFY(waitFinished(call));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));
    QCOMPARE(call->operationName(), u"GetModel"_s);
    QCOMPARE(call->target(), seeded.modelId);
    QCOMPARE(call->attempt(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY(call->model());
    const pai::Model &model = *call->model();
    QCOMPARE(model.modelId, seeded.modelId);
    QCOMPARE(model.modelName, u"qwen2-7b"_s);
    QCOMPARE(model.orderNumber, std::optional<qint64>(7));
    QCOMPARE(model.labels, seeded.labels);
    QCOMPARE(model.extraInfo, seeded.extraInfo);
    QVERIFY(!call->requestId().isEmpty());
    QCOMPARE(attempts.size(), 1);
    const api::ActivityEntry &entry = m_client->activityLog()->entries().constLast();
    QCOMPARE(entry.operation, u"GetModel"_s);
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.requestId, call->requestId());
    QCOMPARE(entry.outcome, u"ok"_s);
    QCOMPARE(entry.method, "GET"_ba);
    QCOMPARE(entry.pathAndQuery, api::requests::modelPath(seeded.modelId));
    delete call;
}

void TestApiClient::listModelsPageWithFilters()
{
    for (int i = 0; i < 15; ++i)
        seedModel(u"model-%1"_s.arg(i, 2, 10, QChar(u'0')));
    pai::Model vision;
    vision.modelName = u"vit-base"_s;
    vision.workspaceId = m_workspaceId;
    vision.domain = u"cv"_s;
    m_server->store().addModel(vision);

    auto *page = m_client->listModels({});
    QVERIFY(waitFinished(page));
    QVERIFY(page->succeeded());
    QCOMPARE(page->page().totalCount, 16);
    QCOMPARE(page->page().models.size(), 10); // the API's default page size
    QCOMPARE(page->page().models.constFirst().modelName, u"model-00"_s);

    api::ModelListQuery query;
    query.domain = u"cv"_s;
    auto *filtered = m_client->listModels(query);
    QVERIFY(waitFinished(filtered));
    QVERIFY(filtered->succeeded());
    QCOMPARE(filtered->page().totalCount, 1);
    QCOMPARE(filtered->page().models.constFirst().modelName, u"vit-base"_s);

    api::ModelListQuery second;
    second.pageNumber = 2;
    second.pageSize = 5;
    auto *paged = m_client->listModels(second);
    QVERIFY(waitFinished(paged));
    QCOMPARE(paged->page().models.size(), 5);
    QCOMPARE(paged->page().models.constFirst().modelName, u"model-05"_s);
}

void TestApiClient::listModelsSendsEveryFilter()
{
    api::ModelListQuery query;
    query.pageNumber = 1;
    query.pageSize = 20;
    query.sortBy = u"GmtCreateTime"_s;
    query.order = u"DESC"_s;
    query.workspaceId = m_workspaceId;
    query.modelName = u"qwen"_s;
    query.label = u"family"_s;
    query.provider = u"pai"_s;
    query.domain = u"nlp"_s;
    query.task = u"text-generation"_s;
    query.origin = u"ModelScope"_s;
    query.modelType = u"Checkpoint"_s;
    query.query = u"chat"_s;
    query.collections = u"AI4D,QuickStart"_s;
    query.tags = {{u"team"_s, u"nlp"_s}, {u"stage"_s, u"prod"_s}};
    query.conditions = QJsonArray{QJsonObject{
        {u"Column"_s, u"ModelName"_s}, {u"Operator"_s, u"like"_s}, {u"Value"_s, u"q"_s}}};

    auto *call = m_client->listModels(query);
    QVERIFY(waitFinished(call));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));
    const auto received = requestsFor(u"ListModels"_s);
    QCOMPARE(received.size(), 1);
    const api::QueryItems items = api::Acs3::parseQuery(received.constFirst().rawQuery);
    QMap<QString, QString> sent;
    for (const auto &[name, value] : items)
        sent.insert(name, value);
    QCOMPARE(sent.size(), 16);
    QCOMPARE(sent.value(u"PageSize"_s), u"20"_s);
    QCOMPARE(sent.value(u"Order"_s), u"DESC"_s);
    QCOMPARE(sent.value(u"Collections"_s), u"AI4D,QuickStart"_s);
    QCOMPARE(sent.value(u"Tag"_s),
             uR"([{"Key":"team","Value":"nlp"},{"Key":"stage","Value":"prod"}])"_s);
    QCOMPARE(sent.value(u"Conditions"_s),
             uR"([{"Column":"ModelName","Operator":"like","Value":"q"}])"_s);
    QCOMPARE(sent.value(u"Provider"_s), u"pai"_s);
    QCOMPARE(sent.value(u"ModelType"_s), u"Checkpoint"_s);
}

void TestApiClient::createModel()
{
    pai::ModelDraft draft;
    draft.modelName = u"llama-3-8b"_s;
    draft.workspaceId = m_workspaceId;
    draft.modelDescription = u"Meta Llama 3 8B, 模型"_s;
    draft.accessibility = u"PUBLIC"_s;
    draft.orderNumber = 3;
    draft.labels = {{u"family"_s, u"llama"_s}, {u"license"_s, u"llama3"_s}};
    draft.extraInfo =
        QJsonObject{{u"Rating"_s, 4.5}, {u"Nested"_s, QJsonObject{{u"List"_s, QJsonArray{1, 2}}}}};

    auto *call = m_client->createModel(draft);
    QVERIFY(waitFinished(call));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));
    QVERIFY(call->modelId().startsWith(u"model-"_s));
    const auto stored = m_server->store().model(call->modelId());
    QVERIFY(stored);
    QCOMPARE(stored->modelName, draft.modelName);
    QCOMPARE(stored->modelDescription, draft.modelDescription);
    QCOMPARE(stored->accessibility, u"PUBLIC"_s);
    QCOMPARE(stored->labels, draft.labels);
    QCOMPARE(stored->extraInfo, draft.extraInfo);
    QCOMPARE(stored->orderNumber, std::optional<qint64>(3));
    const auto received = requestsFor(u"CreateModel"_s);
    QCOMPARE(received.size(), 1);
    QCOMPARE(headerOf(received.constFirst(), "content-type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(headerOf(received.constFirst(), "x-acs-action"), "CreateModel"_ba);
}

void TestApiClient::updateModelSendsOnlyListedFields()
{
    const pai::Model seeded = seedModel(u"before"_s);
    pai::ModelUpdate update;
    update.values.modelName = u"not-sent"_s;
    update.values.modelDescription = u"new description"_s;
    update.values.orderNumber = 42;
    update.fields = {pai::ModelField::ModelDescription, pai::ModelField::OrderNumber};

    auto *call = m_client->updateModel(seeded.modelId, update);
    QVERIFY(waitFinished(call));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));
    QVERIFY(!call->requestId().isEmpty());
    const auto stored = m_server->store().model(seeded.modelId);
    QCOMPARE(stored->modelName, u"before"_s);
    QCOMPARE(stored->modelDescription, u"new description"_s);
    QCOMPARE(stored->orderNumber, std::optional<qint64>(42));
    const auto received = requestsFor(u"UpdateModel"_s);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().method, "PUT"_ba);
    const QJsonObject body = QJsonDocument::fromJson(received.constFirst().body).object();
    QCOMPARE(body.keys(), (QStringList{u"ModelDescription"_s, u"OrderNumber"_s}));
}

void TestApiClient::deleteModel()
{
    const pai::Model seeded = seedModel(u"doomed"_s);
    auto *call = m_client->deleteModel(seeded.modelId);
    QVERIFY(waitFinished(call));
    QVERIFY(call->succeeded());
    QVERIFY(!m_server->store().model(seeded.modelId));

    auto *again = m_client->deleteModel(seeded.modelId);
    QVERIFY(waitFinished(again));
    QVERIFY(again->error());
    QVERIFY(again->error()->isNotFound());
    QCOMPARE(requestsFor(u"DeleteModel"_s).size(), 2); // a 404 is an answer, not retried
}

void TestApiClient::modelLabels()
{
    const pai::Model seeded = seedModel(u"labelled"_s, {{u"a"_s, u"1"_s}});
    auto *add =
        m_client->createModelLabels(seeded.modelId, {{u"b"_s, u"2"_s}, {u"c,d"_s.left(1), u"3"_s}});
    QVERIFY(waitFinished(add));
    QVERIFY2(add->succeeded(), qPrintable(describe(add)));
    QCOMPARE(m_server->store().model(seeded.modelId)->labels,
             (pai::LabelList{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}}));

    auto *remove = m_client->deleteModelLabels(seeded.modelId, {u"a"_s, u"c"_s});
    QVERIFY(waitFinished(remove));
    QVERIFY2(remove->succeeded(), qPrintable(describe(remove)));
    QCOMPARE(m_server->store().model(seeded.modelId)->labels, (pai::LabelList{{u"b"_s, u"2"_s}}));
    const auto received = requestsFor(u"DeleteModelLabels"_s);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().rawQuery, "LabelKeys=a%2Cc"_ba);
}

void TestApiClient::workspaces()
{
    for (int i = 0; i < 24; ++i) {
        pai::Workspace workspace;
        workspace.workspaceName = u"ws_%1"_s.arg(i);
        m_server->store().addWorkspace(workspace);
    }
    auto *page = m_client->listWorkspaces({});
    QVERIFY(waitFinished(page));
    QVERIFY2(page->succeeded(), qPrintable(describe(page)));
    QCOMPARE(page->page().totalCount, 25);
    QCOMPARE(page->page().workspaces.size(), 20);

    auto *all = m_client->listAllWorkspaces({});
    QSignalSpy arrived(all, &api::ListAllWorkspacesCall::workspacesArrived);
    QVERIFY(waitFinished(all));
    QVERIFY(all->succeeded());
    QCOMPARE(all->workspaces().size(), 25);
    QCOMPARE(all->workspaces().constFirst().workspaceId, m_workspaceId);
    QVERIFY(arrived.size() >= 1);

    auto *one = m_client->getWorkspace(m_workspaceId, true);
    QVERIFY(waitFinished(one));
    QVERIFY2(one->succeeded(), qPrintable(describe(one)));
    QCOMPARE(one->workspace()->workspaceId, m_workspaceId);
    QCOMPARE(one->workspace()->displayName, u"Research"_s);
    QCOMPARE(requestsFor(u"GetWorkspace"_s).constLast().rawQuery, "Verbose=true"_ba);
}

void TestApiClient::listAllModelsConcurrentlyInOrder()
{
    const QStringList expectedIds = seedBulk(u"bulk"_s, 250);
    QCOMPARE(expectedIds.size(), 250);

    sandbox::FaultPlan plan;
    plan.latencyMs = 30; // long enough for pages to overlap
    m_server->setFaultPlan(plan);

    api::ModelListQuery query;
    query.pageSize = 10;
    auto *call = m_client->listAllModels(query);
    QSignalSpy total(call, &api::ListAllModelsCall::totalCountKnown);
    QStringList arrivedIds;
    int chunks = 0;
    int firstChunkSize = 0;
    connect(call, &api::ListAllModelsCall::modelsArrived, this,
            [&](const QList<pai::Model> &models) {
                if (chunks++ == 0)
                    firstChunkSize = int(models.size());
                for (const pai::Model &model : models)
                    arrivedIds.append(model.modelId);
            });
    QVERIFY(waitFinished(call, 30000));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));

    QCOMPARE(total.size(), 1);
    QCOMPARE(total.constFirst().constFirst().toLongLong(), 250);
    QCOMPARE(firstChunkSize, 10); // page 1 is shown before the others are asked for
    QCOMPARE(arrivedIds, expectedIds);
    QStringList keptIds;
    for (const pai::Model &model : call->models())
        keptIds.append(model.modelId);
    QCOMPARE(keptIds, expectedIds);
    QCOMPARE(call->pageCount(), 25);

    // Each page was asked for once, and never more than six were in flight at a time.
    const auto received = requestsFor(u"ListModels"_s);
    QCOMPARE(received.size(), 25);
    QSet<QString> pages;
    for (const auto &request : received) {
        for (const auto &[name, value] : api::Acs3::parseQuery(request.rawQuery)) {
            if (name == u"PageNumber"_s)
                pages.insert(value);
        }
    }
    QCOMPARE(pages.size(), 25);

    QList<std::pair<qint64, int>> edges; // time, +1 start / -1 end
    for (const api::ActivityEntry &entry : m_client->activityLog()->entries()) {
        const qint64 start = entry.time.toMSecsSinceEpoch();
        edges.append({start, +1});
        edges.append({start + entry.durationMs, -1});
    }
    std::sort(edges.begin(), edges.end()); // an end sorts before a start at the same time
    int inFlight = 0;
    int maxInFlight = 0;
    for (const auto &edge : edges) {
        inFlight += edge.second;
        maxInFlight = std::max(maxInFlight, inFlight);
    }
    QVERIFY2(maxInFlight >= 2, "pages were fetched one after the other");
    QVERIFY2(maxInFlight <= api::ApiClient::DefaultMaxPagesInFlight,
             qPrintable(QString::number(maxInFlight)));
}

void TestApiClient::listAllModelsSequentially()
{
    for (int i = 0; i < 23; ++i)
        seedModel(u"seq-%1"_s.arg(i));
    m_client->setMaxPagesInFlight(1);
    api::ModelListQuery query;
    query.pageSize = 5;
    query.domain = u"nlp"_s;
    auto *call = m_client->listAllModels(query);
    QVERIFY(waitFinished(call));
    QVERIFY(call->succeeded());
    QCOMPARE(call->models().size(), 23);
    QCOMPARE(call->models().constLast().modelName, u"seq-22"_s);
    QCOMPARE(requestsFor(u"ListModels"_s).size(), 5);
}

void TestApiClient::listAllModelsHandsOverEachModelOnce_data()
{
    QTest::addColumn<bool>("keepModels");
    QTest::addColumn<int>("maxInFlight");

    QTest::newRow("kept, concurrent") << true << int(api::ApiClient::DefaultMaxPagesInFlight);
    QTest::newRow("handed over, concurrent")
        << false << int(api::ApiClient::DefaultMaxPagesInFlight);
    QTest::newRow("handed over, one page at a time") << false << 1;
}

void TestApiClient::listAllModelsHandsOverEachModelOnce()
{
    QFETCH(bool, keepModels);
    QFETCH(int, maxInFlight);

    QStringList expectedIds = seedBulk(u"once"_s, 95, u"kept on the wire"_s);
    QCOMPARE(expectedIds.size(), 95);
    sandbox::FaultPlan plan;
    plan.latencyMs = 10;
    m_server->setFaultPlan(plan);
    m_client->setMaxPagesInFlight(maxInFlight);

    api::ModelListQuery query;
    query.pageSize = 10;
    auto *call = m_client->listAllModels(query);
    call->setKeepModels(keepModels);
    // Once page 1 is in, an older model appears at the front: every later page starts with the
    // last model of the page before it, which must not be handed over twice.
    connect(call, &api::ListAllModelsCall::totalCountKnown, this, [this] {
        pai::Model older;
        older.modelName = u"older"_s;
        older.workspaceId = m_workspaceId;
        older.gmtCreateTime = u"2000-01-01T00:00:00Z"_s;
        m_server->store().addModel(older);
    });
    QStringList arrivedIds;
    QStringList descriptions;
    int emptyRuns = 0;
    // Each progress report counts what was handed over by then.
    QList<std::pair<qint64, qint64>> progress;
    QList<qint64> arrivedAtProgress;
    QObject context; // the call outlives this function; these handlers must not
    connect(call, &api::ListAllModelsCall::modelsArrived, &context,
            [&](const QList<pai::Model> &models) {
                emptyRuns += models.isEmpty() ? 1 : 0;
                for (const pai::Model &model : models) {
                    arrivedIds.append(model.modelId);
                    descriptions.append(model.modelDescription);
                }
            });
    connect(call, &api::ApiCall::progress, &context, [&](qint64 received, qint64 total) {
        progress.append({received, total});
        arrivedAtProgress.append(arrivedIds.size());
    });
    QVERIFY(waitFinished(call, 30000));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));

    // The shift did happen: page 2 as the server now lists it repeats the end of page 1.
    sandbox::ModelQuery secondPage;
    secondPage.pageNumber = 2;
    secondPage.pageSize = 10;
    QCOMPARE(m_server->store().listModels(secondPage).models.constFirst().modelId,
             expectedIds.at(9));

    QCOMPARE(arrivedIds, expectedIds); // server order, each model once
    QCOMPARE(emptyRuns, 0);
    QCOMPARE(descriptions, QStringList(95, u"kept on the wire"_s)); // handed over whole
    if (keepModels) {
        QStringList keptIds;
        for (const pai::Model &model : call->models())
            keptIds.append(model.modelId);
        QCOMPARE(keptIds, expectedIds);
    } else {
        QVERIFY(call->models().isEmpty());
    }
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), (std::pair<qint64, qint64>(95, 95)));
    for (qsizetype i = 0; i < progress.size(); ++i)
        QCOMPARE(progress.at(i).first, arrivedAtProgress.at(i));
    QCOMPARE(requestsFor(u"ListModels"_s).size(), 10);
}

void TestApiClient::pageSizeAfterRefusal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("refused");
    QTest::addColumn<int>("expected");
    QTest::newRow("the sandbox's words") << 400 << u"InvalidParameter"_s
                                         << uR"(The parameter "PageSize" is invalid: must be at most 30)"_s
                                         << 100 << 30;
    QTest::newRow("a range") << 400 << u"InvalidParameter"_s
                             << u"PageSize should be between 1 and 50."_s << 100 << 50;
    QTest::newRow("named in the code, no number") << 400 << u"InvalidParameter.PageSize"_s
                                                  << u"The specified parameter is invalid."_s
                                                  << 100 << 50;
    QTest::newRow("no number: next step down") << 400 << u"InvalidParameter"_s
                                               << u"PageSize is too large"_s << 50 << 20;
    QTest::newRow("a number not below the refused size") << 400 << u"InvalidParameter"_s
                                                         << u"PageSize must not exceed 200"_s
                                                         << 100 << 50;
    QTest::newRow("another parameter") << 400 << u"InvalidParameter"_s
                                       << uR"(The parameter "Order" is invalid: must be ASC)"_s
                                       << 100 << 0;
    QTest::newRow("not a parameter error") << 400 << u"Throttling.User"_s
                                           << u"PageSize requests too fast"_s << 100 << 0;
    QTest::newRow("a server error") << 500 << u"InvalidParameter"_s << u"PageSize"_s << 100
                                    << 0;
    QTest::newRow("nothing smaller than 1") << 400 << u"InvalidParameter"_s
                                            << u"PageSize must be at most 0"_s << 1 << 0;
}

void TestApiClient::pageSizeAfterRefusal()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, refused);
    QFETCH(int, expected);
    api::ApiError error;
    error.kind = api::ApiError::Kind::Api;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    QCOMPARE(api::PagedListCall::acceptedPageSizeAfter(error, refused), expected);
}

// A gateway with a smaller limit than 100 refuses page 1; the listing asks again with the size
// it names, reads everything, and the client's next listing starts with that size.
void TestApiClient::listAllFallsBackToTheLargestAcceptedPageSize_data()
{
    QTest::addColumn<int>("maxPageSize");
    QTest::addColumn<int>("models");
    QTest::newRow("limit 30, 95 models") << 30 << 95;
    QTest::newRow("limit 1, 3 models") << 1 << 3;
    QTest::newRow("limit 100: nothing refused") << 100 << 120;
}

void TestApiClient::listAllFallsBackToTheLargestAcceptedPageSize()
{
    QFETCH(int, maxPageSize);
    QFETCH(int, models);
    const QStringList expectedIds = seedBulk(u"paged"_s, models);
    m_server->setMaxPageSize(maxPageSize);
    const auto pageSizesSent = [this] {
        QList<int> sizes;
        for (const auto &request : requestsFor(u"ListModels"_s)) {
            for (const auto &[name, value] : api::Acs3::parseQuery(request.rawQuery)) {
                if (name == u"PageSize"_s)
                    sizes.append(value.toInt());
            }
        }
        return sizes;
    };

    auto *call = m_client->listAllModels({});
    QSignalSpy lowered(call, &api::PagedListCall::pageSizeLowered);
    QVERIFY(waitFinished(call, 30000));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));
    QStringList listedIds;
    for (const pai::Model &model : call->models())
        listedIds.append(model.modelId);
    QCOMPARE(listedIds, expectedIds);
    const int pages = (models + maxPageSize - 1) / maxPageSize;
    QList<int> expectedSizes;
    if (maxPageSize < api::ApiClient::DefaultListAllPageSize)
        expectedSizes.append(api::ApiClient::DefaultListAllPageSize); // refused
    for (int page = 0; page < pages; ++page)
        expectedSizes.append(maxPageSize);
    QCOMPARE(pageSizesSent(), expectedSizes);
    QCOMPARE(lowered.size(), maxPageSize < api::ApiClient::DefaultListAllPageSize ? 1 : 0);
    QCOMPARE(m_client->listAllPageSizeFor(u"ListModels"_s), maxPageSize);

    // The next listing is not refused first.
    m_received.clear();
    auto *again = m_client->listAllModels({});
    QVERIFY(waitFinished(again, 30000));
    QVERIFY2(again->succeeded(), qPrintable(describe(again)));
    QCOMPARE(again->models().size(), models);
    QCOMPARE(pageSizesSent(), QList<int>(pages, maxPageSize));
    delete call;
    delete again;
}

void TestApiClient::listAllCancel()
{
    for (int i = 0; i < 60; ++i)
        seedModel(u"c-%1"_s.arg(i));
    sandbox::FaultPlan plan;
    plan.latencyMs = 300;
    m_server->setFaultPlan(plan);
    api::ModelListQuery query;
    query.pageSize = 5;
    auto *call = m_client->listAllModels(query);
    QSignalSpy total(call, &api::ListAllModelsCall::totalCountKnown);
    QSignalSpy arrived(call, &api::ListAllModelsCall::modelsArrived);
    QVERIFY(total.wait(10000));
    QCOMPARE(arrived.size(), 1);
    QElapsedTimer timer;
    timer.start();
    call->cancel();
    QVERIFY(call->isFinished());
    QVERIFY(timer.elapsed() < 100);
    QCOMPARE(call->error()->kind, Kind::Canceled);
    QCOMPARE(call->models().size(), 5);
    // Replies that were in flight must not deliver anything now.
    QVERIFY(!arrived.wait(400));
    QCOMPARE(arrived.size(), 1);
}

void TestApiClient::errorsMapToApiError_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("requests");

    QTest::newRow("missing model") << u"missing-model"_s << 404 << u"201900002"_s << QString() << 1;
    QTest::newRow("missing workspace")
        << u"missing-workspace"_s << 404 << u"100400008"_s << QString() << 1;
    QTest::newRow("invalid parameter")
        << u"invalid-parameter"_s << 400 << u"InvalidParameter"_s << u"Order"_s << 1;
    QTest::newRow("missing parameter")
        << u"missing-parameter"_s << 400 << u"MissingParameter"_s << u"LabelKeys"_s << 1;
    QTest::newRow("signature mismatch")
        << u"bad-secret"_s << 400 << u"SignatureDoesNotMatch"_s << u"StringToSign"_s << 1;
    QTest::newRow("throttling") << u"throttle"_s << 400 << u"Throttling.User"_s << QString() << 3;
    QTest::newRow("internal error") << u"500"_s << 500 << u"InternalError"_s << QString() << 3;
    QTest::newRow("unavailable") << u"503"_s << 503 << u"ServiceUnavailable"_s << QString() << 3;
}

void TestApiClient::errorsMapToApiError()
{
    QFETCH(QString, scenario);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QFETCH(int, requests);

    const pai::Model seeded = seedModel(u"present"_s);
    sandbox::FaultPlan plan;
    plan.throttleRate = scenario == u"throttle"_s ? 1.0 : 0.0;
    plan.errorRate = scenario == u"500"_s || scenario == u"503"_s ? 1.0 : 0.0;
    plan.errorStatus = scenario == u"500"_s ? 500 : 503;
    m_server->setFaultPlan(plan);

    std::unique_ptr<api::ApiClient> wrongKey;
    api::ApiCall *call = nullptr;
    if (scenario == u"missing-model"_s) {
        call = m_client->getModel(u"model-doesnotexist"_s);
    } else if (scenario == u"missing-workspace"_s) {
        call = m_client->getWorkspace(u"999999"_s);
    } else if (scenario == u"invalid-parameter"_s) {
        api::ModelListQuery query;
        query.order = u"SIDEWAYS"_s;
        call = m_client->listModels(query);
    } else if (scenario == u"missing-parameter"_s) {
        call = m_client->deleteModelLabels(seeded.modelId, {});
    } else if (scenario == u"bad-secret"_s) {
        wrongKey.reset(newClient(m_server->url(), {AccessKeyId, u"not-the-secret"_s, {}}));
        call = wrongKey->getModel(seeded.modelId);
    } else {
        call = m_client->getModel(seeded.modelId);
    }
    QSignalSpy retrying(call, &api::ApiCall::retrying);
    QVERIFY(waitFinished(call));
    QVERIFY(call->error());
    const api::ApiError &error = *call->error();
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.code, code);
    QVERIFY(!error.requestId.isEmpty());
    QCOMPARE(call->requestId(), error.requestId);
    if (!messagePart.isEmpty())
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY(error.userText().contains(code));
    QVERIFY(error.userText().contains(error.requestId));
    QCOMPARE(int(m_received.size()), requests);
    QCOMPARE(int(retrying.size()), requests - 1);
    QCOMPARE(call->attempt(), requests);
    QCOMPARE(error.isNotFound(), httpStatus == 404);
    QCOMPARE(error.isThrottling(), scenario == u"throttle"_s);
}

void TestApiClient::deadlineWithThrottlingIsTimeout()
{
    const pai::Model seeded = seedModel(u"busy"_s);
    sandbox::FaultPlan plan;
    plan.throttleRate = 1.0;
    m_server->setFaultPlan(plan);
    m_client->setRetryPolicy(api::RetryPolicy()); // the real backoff

    QElapsedTimer timer;
    timer.start();
    auto *call = m_client->getModel(seeded.modelId, QDeadlineTimer(2000, Qt::PreciseTimer));
    QSignalSpy retrying(call, &api::ApiCall::retrying);
    QVERIFY(waitFinished(call, 10000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(call->error());
    QCOMPARE(call->error()->kind, Kind::Timeout);
    QVERIFY2(elapsed >= 1700 && elapsed <= 2300, qPrintable(QString::number(elapsed)));
    QVERIFY(retrying.size() >= 1);
    QCOMPARE(int(m_received.size()), call->attempt());
    QVERIFY(call->error()->message.contains(u"Throttling.User"_s));
}

void TestApiClient::deadlineAbortsReplyInFlight()
{
    const pai::Model seeded = seedModel(u"slow"_s);
    sandbox::FaultPlan plan;
    plan.latencyMs = 5000;
    m_server->setFaultPlan(plan);
    QElapsedTimer timer;
    timer.start();
    auto *call = m_client->getModel(seeded.modelId, QDeadlineTimer(500, Qt::PreciseTimer));
    QVERIFY(waitFinished(call, 4000));
    QVERIFY(timer.elapsed() < 1500);
    QCOMPARE(call->error()->kind, Kind::Timeout);
    QCOMPARE(m_client->activityLog()->entries().constLast().outcome, u"timeout"_s);
}

void TestApiClient::createAnswered500IsNotSentAgain()
{
    sandbox::FaultPlan plan;
    plan.errorRate = 1.0;
    plan.errorStatus = 500;
    plan.operations = {u"CreateModel"_s};
    plan.applyWritesBeforeFault = true;
    m_server->setFaultPlan(plan);
    QSignalSpy handled(m_server.get(), &sandbox::SandboxServer::requestHandled);

    pai::ModelDraft draft;
    draft.modelName = u"maybe-created"_s;
    auto *call = m_client->createModel(draft);
    QSignalSpy retrying(call, &api::ApiCall::retrying);
    QVERIFY(waitFinished(call));
    QVERIFY(call->error());
    QCOMPARE(call->error()->httpStatus, 500);
    QCOMPARE(call->error()->code, u"InternalError"_s);
    QVERIFY(call->modelId().isEmpty());
    // A wrongly scheduled retry would reach the sandbox within this window.
    QVERIFY(!handled.wait(200));
    QCOMPARE(handled.size(), 1);
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(m_server->store().modelCount(), 1); // it did run: a retry would duplicate it
}

void TestApiClient::createAnswered503IsRetried()
{
    sandbox::FaultPlan plan;
    plan.errorRate = 1.0;
    plan.errorStatus = 503;
    plan.operations = {u"CreateModel"_s};
    m_server->setFaultPlan(plan);
    pai::ModelDraft draft;
    draft.modelName = u"later"_s;
    auto *call = m_client->createModel(draft);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error()->code, u"ServiceUnavailable"_s);
    QCOMPARE(requestsFor(u"CreateModel"_s).size(), 3);
    QCOMPARE(m_server->store().modelCount(), 0);
}

void TestApiClient::updateDroppedIsNotSentAgain()
{
    const pai::Model seeded = seedModel(u"update-me"_s);
    sandbox::FaultPlan plan;
    plan.dropRate = 1.0;
    plan.operations = {u"UpdateModel"_s, u"CreateModel"_s};
    plan.applyWritesBeforeFault = true;
    m_server->setFaultPlan(plan);
    pai::ModelUpdate update;
    update.values.modelDescription = u"x"_s;
    update.fields = {pai::ModelField::ModelDescription};
    QSignalSpy handled(m_server.get(), &sandbox::SandboxServer::requestHandled);
    auto *call = m_client->updateModel(seeded.modelId, update);
    pai::ModelDraft draft;
    draft.modelName = u"once"_s;
    auto *create = m_client->createModel(draft);
    QVERIFY(waitFinished(call));
    QVERIFY(waitFinished(create));
    // Let the network layer's own re-sends arrive: go on once the sandbox has been quiet a while.
    while (handled.wait(200)) {
    }

    for (api::ApiCall *write : {call, static_cast<api::ApiCall *>(create)}) {
        QVERIFY2(write->error()->kind == Kind::Network, qPrintable(describe(write)));
        QCOMPARE(write->attempt(), 1);
        // The network layer may repeat a request whose connection dropped, but only with the
        // same signature: the sandbox turns the copies away as replays, so nothing runs twice.
        const auto received = requestsFor(write->operationName());
        QVERIFY(!received.isEmpty());
        for (const auto &request : received) {
            QCOMPARE(headerOf(request, "x-acs-signature-nonce"),
                     headerOf(received.constFirst(), "x-acs-signature-nonce"));
        }
    }
    QCOMPARE(m_server->store().modelCount(), 2); // the seeded one and one created
}

void TestApiClient::readsRetryDroppedConnections()
{
    const pai::Model seeded = seedModel(u"flaky"_s);
    sandbox::FaultPlan plan;
    plan.dropRate = 1.0;
    m_server->setFaultPlan(plan);
    auto *call = m_client->getModel(seeded.modelId);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error()->kind, Kind::Network);
    QCOMPARE(call->attempt(), 3);
    QSet<QByteArray> nonces; // one per attempt; the network layer may repeat each one
    for (const auto &request : requestsFor(u"GetModel"_s))
        nonces.insert(headerOf(request, "x-acs-signature-nonce"));
    QCOMPARE(nonces.size(), 3);

    plan.dropRate = 0.5;
    plan.seed = 7;
    m_server->setFaultPlan(plan);
    m_client->setRetryPolicy(fastRetries(20));
    auto *recovered = m_client->deleteModel(seeded.modelId);
    QVERIFY(waitFinished(recovered));
    QVERIFY2(recovered->succeeded(), qPrintable(describe(recovered)));
    QVERIFY(!m_server->store().model(seeded.modelId));
}

void TestApiClient::everyAttemptHasFreshDateAndNonce()
{
    const pai::Model seeded = seedModel(u"retry"_s);
    sandbox::FaultPlan plan;
    plan.throttleRate = 1.0;
    m_server->setFaultPlan(plan);
    m_client->setRetryPolicy(fastRetries(4));
    auto *call = m_client->getModel(seeded.modelId);
    QVERIFY(waitFinished(call));
    QCOMPARE(m_received.size(), 4);
    QSet<QByteArray> nonces;
    for (const auto &request : m_received) {
        nonces.insert(headerOf(request, "x-acs-signature-nonce"));
        QVERIFY(!headerOf(request, "x-acs-date").isEmpty());
        QCOMPARE(request.status, 400); // throttled, never SignatureNonceUsed
    }
    QCOMPARE(nonces.size(), 4);
    QCOMPARE(call->error()->code, u"Throttling.User"_s);
}

void TestApiClient::malformedSandboxReplies_data()
{
    QTest::addColumn<int>("malformed");
    QTest::newRow("not json") << int(sandbox::FaultPlan::Malformed::NotJson);
    QTest::newRow("truncated") << int(sandbox::FaultPlan::Malformed::Truncated);
}

void TestApiClient::malformedSandboxReplies()
{
    QFETCH(int, malformed);
    const pai::Model seeded = seedModel(u"garbled"_s);
    sandbox::FaultPlan plan;
    plan.malformedRate = 1.0;
    plan.malformed = sandbox::FaultPlan::Malformed(malformed);
    m_server->setFaultPlan(plan);

    auto *get = m_client->getModel(seeded.modelId);
    auto *list = m_client->listModels({});
    auto *all = m_client->listAllModels({});
    QVERIFY(waitFinished(get));
    QVERIFY(waitFinished(list));
    QVERIFY(waitFinished(all));
    for (api::ApiCall *call : {static_cast<api::ApiCall *>(get), static_cast<api::ApiCall *>(list),
                               static_cast<api::ApiCall *>(all)}) {
        QVERIFY(call->error());
        QCOMPARE(call->error()->kind, Kind::MalformedResponse);
        QCOMPARE(call->error()->httpStatus, 200);
    }
    QVERIFY(!get->model());
    QVERIFY(list->page().models.isEmpty());
    QVERIFY(all->models().isEmpty());
    QCOMPARE(m_received.size(), 3); // malformed replies are not retried
}

void TestApiClient::malformedRawReplies_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("response");

    const QByteArray model =
        R"({"RequestId":"R","ModelId":"model-1","ModelName":"m","OrderNumber":"seven"})";
    QTest::newRow("wrong type in model") << u"GetModel"_s << RawHttpServer::okJson(model);
    QTest::newRow("labels not an array")
        << u"GetModel"_s
        << RawHttpServer::okJson(R"({"RequestId":"R","ModelId":"model-1","Labels":{"Key":"a"}})");
    QTest::newRow("model without id")
        << u"GetModel"_s << RawHttpServer::okJson(R"({"RequestId":"R"})");
    QTest::newRow("array body") << u"GetModel"_s << RawHttpServer::okJson("[]");
    QTest::newRow("empty body") << u"GetModel"_s << RawHttpServer::okJson("");
    QTest::newRow("cut short by content-length")
        << u"GetModel"_s << RawHttpServer::okJson(model.left(30), model.size());
    QTest::newRow("models not an array")
        << u"ListModels"_s
        << RawHttpServer::okJson(R"({"RequestId":"R","TotalCount":1,"Models":{}})");
    QTest::newRow("total count text")
        << u"ListModels"_s
        << RawHttpServer::okJson(R"({"RequestId":"R","TotalCount":"many","Models":[]})");
    // A bad row in a page is skipped with a warning instead: tst_hostilereplies.
    QTest::newRow("create without model id")
        << u"CreateModel"_s << RawHttpServer::okJson(R"({"RequestId":"R","ModelId":12})");
}

void TestApiClient::malformedRawReplies()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, response);
    RawHttpServer raw;
    raw.response = response;
    QVERIFY(raw.listen());
    std::unique_ptr<api::ApiClient> client(
        newClient(raw.url(), {AccessKeyId, AccessKeySecret, {}}));

    api::ApiCall *call = nullptr;
    if (operation == u"GetModel"_s) {
        auto *get = client->getModel(u"model-1"_s);
        QVERIFY(waitFinished(get));
        QVERIFY(!get->model());
        call = get;
    } else if (operation == u"ListModels"_s) {
        auto *list = client->listModels({});
        QVERIFY(waitFinished(list));
        QVERIFY(list->page().models.isEmpty());
        call = list;
    } else {
        pai::ModelDraft draft;
        draft.modelName = u"m"_s;
        auto *create = client->createModel(draft);
        QVERIFY(waitFinished(create));
        QVERIFY(create->modelId().isEmpty());
        call = create;
    }
    QVERIFY(call->error());
    QCOMPARE(call->error()->kind, Kind::MalformedResponse);
    QVERIFY(!call->error()->userText().isEmpty());
    QCOMPARE(raw.requests, 1);
}

void TestApiClient::wireBytesMatchSignedBytes_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("modelName");
    QTest::addColumn<QString>("label");

    QTest::newRow("plain") << u"model-abc"_s << u"abc"_s << u"k"_s;
    QTest::newRow("space slash umlaut") << u"model 1/ä"_s << u"a b"_s << u"k=v&x"_s;
    QTest::newRow("plus star tilde") << u"m+*~'()!"_s << u"a+b*c~d"_s << u"x+y"_s;
    QTest::newRow("cjk and percent") << u"模型%20"_s << u"模型 名称"_s << u"%2B"_s;
}

void TestApiClient::wireBytesMatchSignedBytes()
{
    QFETCH(QString, modelId);
    QFETCH(QString, modelName);
    QFETCH(QString, label);

    auto *get = m_client->getModel(modelId);
    QVERIFY(waitFinished(get));
    // The sandbox checked the signature over what it received: a 404 means it matched.
    QVERIFY(get->error());
    QCOMPARE(get->error()->code, u"201900002"_s);
    QCOMPARE(m_received.size(), 1);
    const sandbox::ReceivedRequest &path = m_received.constFirst();
    QCOMPARE(path.rawPath, api::requests::modelPath(modelId));
    QCOMPARE(path.rawPath, get->wirePathAndQuery());
    QVERIFY(path.rawQuery.isEmpty());
    QCOMPARE(headerOf(path, "host"), m_client->endpoint().hostHeader());

    api::ModelListQuery query;
    query.modelName = modelName;
    query.label = label;
    query.query = modelName + label;
    auto *list = m_client->listModels(query);
    QVERIFY(waitFinished(list));
    QVERIFY2(list->succeeded(), qPrintable(describe(list)));
    QCOMPARE(m_received.size(), 2);
    const sandbox::ReceivedRequest &listed = m_received.constLast();
    QCOMPARE(listed.rawPath + '?' + listed.rawQuery, list->wirePathAndQuery());
    QCOMPARE(listed.rawQuery, api::Acs3::canonicalQueryString(query.toQueryItems()));
    QCOMPARE(api::Acs3::parseQuery(listed.rawQuery), [&] {
        api::QueryItems sorted = query.toQueryItems();
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }());
}

void TestApiClient::cancelAbortsAtOnce()
{
    const pai::Model seeded = seedModel(u"slow"_s);
    sandbox::FaultPlan plan;
    plan.latencyMs = 3000;
    m_server->setFaultPlan(plan);
    auto *call = m_client->getModel(seeded.modelId);
    QSignalSpy started(call, &api::ApiCall::attemptStarted);
    QSignalSpy finished(call, &api::ApiCall::finished);
    QVERIFY(started.wait(5000));
    QElapsedTimer timer;
    timer.start();
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(timer.elapsed() < 100);
    QCOMPARE(call->error()->kind, Kind::Canceled);
    call->cancel(); // a second cancel changes nothing
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_client->activityLog()->entries().constLast().outcome, u"canceled"_s);

    auto *never = m_client->getModel(seeded.modelId);
    QSignalSpy neverStarted(never, &api::ApiCall::attemptStarted);
    never->cancel(); // before it started
    QVERIFY(!neverStarted.wait(50));
    QCOMPARE(never->error()->kind, Kind::Canceled);
    QCOMPARE(never->attempt(), 0);
}

void TestApiClient::activityLogHasNoSecrets()
{
    const QString stsId = u"STS.NTestStsKeyId"_s;
    const QString token = u"CAISsecret-token+/="_s;
    m_server->addAccessKey(stsId, u"sts-secret"_s);
    std::unique_ptr<api::ApiClient> sts(
        newClient(m_server->url(), {stsId, u"sts-secret"_s, token}));
    const pai::Model seeded = seedModel(u"sts"_s);
    auto *call = sts->getModel(seeded.modelId);
    QVERIFY(waitFinished(call));
    QVERIFY2(call->succeeded(), qPrintable(describe(call)));
    QCOMPARE(headerOf(m_received.constFirst(), "x-acs-security-token"), token.toUtf8());
    const QByteArray authorization = headerOf(m_received.constFirst(), "authorization");
    QVERIFY(!authorization.isEmpty());

    const QByteArray lines = sts->activityLog()->toJsonLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY(!lines.contains("CAISsecret"));
    QVERIFY(!lines.contains(authorization.mid(authorization.lastIndexOf('=') + 1)));
    QVERIFY(!lines.contains("sts-secret"));
    QVERIFY(lines.contains(seeded.modelId.toUtf8()));
}

void TestApiClient::invalidEndpointFailsWithItsReason()
{
    api::ApiClient client(api::Endpoint::fromUrl(QUrl(u"http://pai.example.com"_s)),
                          {AccessKeyId, AccessKeySecret, {}});
    auto *call = client.getModel(u"model-1"_s);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error()->kind, Kind::Network);
    QVERIFY2(call->error()->message.contains(u"loopback"_s), qPrintable(describe(call)));
    QCOMPARE(call->attempt(), 0);

    api::ApiClient unset;
    auto *none = unset.listModels({});
    QVERIFY(waitFinished(none));
    QCOMPARE(none->error()->kind, Kind::Network);
    QVERIFY(!none->error()->message.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
