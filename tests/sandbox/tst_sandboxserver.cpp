#include "pai/wirejson.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"
#include "support/signedrequests.h"
#include "support/testcertificates.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::RawRequest;
using testsupport::RawResponse;
using testsupport::SandboxFixture;
using testsupport::SignedRequests;

Q_DECLARE_METATYPE(api::QueryItems)

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const RawResponse &response)
{
    return u"HTTP %1, network error %2: %3"_s.arg(response.status)
        .arg(int(response.error))
        .arg(QString::fromUtf8(response.body.left(600)));
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void operations_data();
    void operations();
    void modelLifecycle();
    void successBodiesHaveNoEnvelope();
    void listModelsPagingAndFilters();
    void tagFilterTakesJson();
    void listWorkspacesPaging();

    void oneChangedByteIsRejected_data();
    void oneChangedByteIsRejected();
    void replayedNonceIsRejected();
    void staleOrFutureDateIsRejected_data();
    void staleOrFutureDateIsRejected();
    void incompleteSignatures_data();
    void incompleteSignatures();
    void unknownAccessKeyIsRejected();
    void plusInQueryIsASpace();
    void encodedPathParameterIsDecoded();
    void signatureCheckCanBeTurnedOff();

    void requestHandledShowsTheWire();
    void faultInjection_data();
    void faultInjection();
    void latencyDelaysTheReply();
    void faultsFollowTheOperationFilter();
    void writesCanLandBeforeTheFault_data();
    void writesCanLandBeforeTheFault();
    void seededFaultsAreReproducible();
    void dataFileSurvivesARestart();
    void tlsFilesAreCheckedAndNamed();

private:
    QString firstModelId() { return m_fixture->store().models().constFirst().modelId; }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<SignedRequests> m_client;
};

void TestSandboxServer::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->isListening());
    m_client = std::make_unique<SignedRequests>(m_fixture->url(), SandboxFixture::credentials());
}

void TestSandboxServer::cleanup()
{
    m_client.reset();
    m_fixture.reset();
}

void TestSandboxServer::operations_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path"); // "{model}" becomes an existing model ID
    QTest::addColumn<api::QueryItems>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageNames"); // text the message must contain

    const QByteArray get = "GET", post = "POST", put = "PUT", del = "DELETE";
    const QString longName(128, u'x');

    QTest::newRow("ListWorkspaces") << get << "/api/v1/workspaces"_ba << api::QueryItems{}
                                    << QByteArray() << 200 << QString() << QString();
    QTest::newRow("GetWorkspace") << get << "/api/v1/workspaces/23802"_ba
                                  << api::QueryItems{{u"Verbose"_s, u"true"_s}} << QByteArray()
                                  << 200 << QString() << QString();
    QTest::newRow("GetWorkspace missing") << get << "/api/v1/workspaces/999"_ba << api::QueryItems{}
                                          << QByteArray() << 404 << u"100400008"_s << u"999"_s;
    QTest::newRow("ListModels") << get << "/api/v1/models"_ba << api::QueryItems{} << QByteArray()
                                << 200 << QString() << QString();
    QTest::newRow("ListModels bad PageSize")
        << get << "/api/v1/models"_ba << api::QueryItems{{u"PageSize"_s, u"ten"_s}} << QByteArray()
        << 400 << u"InvalidParameter"_s << u"PageSize"_s;
    QTest::newRow("ListModels PageSize too large")
        << get << "/api/v1/models"_ba << api::QueryItems{{u"PageSize"_s, u"1000"_s}} << QByteArray()
        << 400 << u"InvalidParameter"_s << u"PageSize"_s;
    QTest::newRow("ListModels bad Order")
        << get << "/api/v1/models"_ba << api::QueryItems{{u"Order"_s, u"UP"_s}} << QByteArray()
        << 400 << u"InvalidParameter"_s << u"Order"_s;
    QTest::newRow("ListModels bad Tag")
        << get << "/api/v1/models"_ba << api::QueryItems{{u"Tag"_s, u"{oops"_s}} << QByteArray()
        << 400 << u"InvalidParameter"_s << u"Tag"_s;
    QTest::newRow("GetModel") << get << "/api/v1/models/{model}"_ba << api::QueryItems{}
                              << QByteArray() << 200 << QString() << QString();
    QTest::newRow("GetModel missing") << get << "/api/v1/models/model-nope"_ba << api::QueryItems{}
                                      << QByteArray() << 404 << u"201900002"_s << u"model-nope"_s;
    QTest::newRow("CreateModel") << post << "/api/v1/models"_ba << api::QueryItems{}
                                 << json({{u"ModelName"_s, u"new"_s},
                                          {u"WorkspaceId"_s, u"23801"_s}})
                                 << 200 << QString() << QString();
    QTest::newRow("CreateModel without name")
        << post << "/api/v1/models"_ba << api::QueryItems{} << json({{u"Domain"_s, u"nlp"_s}})
        << 400 << u"MissingParameter"_s << u"ModelName"_s;
    QTest::newRow("CreateModel 128-character name")
        << post << "/api/v1/models"_ba << api::QueryItems{} << json({{u"ModelName"_s, longName}})
        << 400 << u"InvalidParameter"_s << u"ModelName"_s;
    QTest::newRow("CreateModel label with =")
        << post << "/api/v1/models"_ba << api::QueryItems{}
        << json(
               {{u"ModelName"_s, u"n"_s},
                {u"Labels"_s, QJsonArray{QJsonObject{{u"Key"_s, u"a=b"_s}, {u"Value"_s, u"v"_s}}}}})
        << 400 << u"InvalidParameter"_s << u"Labels[0]"_s;
    QTest::newRow("CreateModel bad Accessibility")
        << post << "/api/v1/models"_ba << api::QueryItems{}
        << json({{u"ModelName"_s, u"n"_s}, {u"Accessibility"_s, u"SECRET"_s}}) << 400
        << u"InvalidParameter"_s << u"Accessibility"_s;
    QTest::newRow("CreateModel OrderNumber not an integer")
        << post << "/api/v1/models"_ba << api::QueryItems{}
        << json({{u"ModelName"_s, u"n"_s}, {u"OrderNumber"_s, u"first"_s}}) << 400
        << u"InvalidParameter"_s << u"OrderNumber"_s;
    QTest::newRow("CreateModel body not JSON")
        << post << "/api/v1/models"_ba << api::QueryItems{} << "ModelName=x"_ba << 400
        << u"InvalidParameter"_s << u"JSON"_s;
    QTest::newRow("CreateModel unknown workspace")
        << post << "/api/v1/models"_ba << api::QueryItems{}
        << json({{u"ModelName"_s, u"n"_s}, {u"WorkspaceId"_s, u"424242"_s}}) << 404
        << u"100400008"_s << u"424242"_s;
    QTest::newRow("UpdateModel") << put << "/api/v1/models/{model}"_ba << api::QueryItems{}
                                 << json({{u"ModelDescription"_s, u"d"_s}}) << 200 << QString()
                                 << QString();
    QTest::newRow("UpdateModel missing")
        << put << "/api/v1/models/model-nope"_ba << api::QueryItems{}
        << json({{u"ModelDescription"_s, u"d"_s}}) << 404 << u"201900002"_s << u"model-nope"_s;
    QTest::newRow("UpdateModel empty name")
        << put << "/api/v1/models/{model}"_ba << api::QueryItems{}
        << json({{u"ModelName"_s, u""_s}}) << 400 << u"InvalidParameter"_s << u"ModelName"_s;
    QTest::newRow("DeleteModel") << del << "/api/v1/models/{model}"_ba << api::QueryItems{}
                                 << QByteArray() << 200 << QString() << QString();
    QTest::newRow("DeleteModel missing")
        << del << "/api/v1/models/model-nope"_ba << api::QueryItems{} << QByteArray() << 404
        << u"201900002"_s << u"model-nope"_s;
    QTest::newRow("CreateModelLabels")
        << post << "/api/v1/models/{model}/labels"_ba << api::QueryItems{}
        << json({{u"Labels"_s, QJsonArray{QJsonObject{{u"Key"_s, u"k"_s}, {u"Value"_s, u"v"_s}}}}})
        << 200 << QString() << QString();
    QTest::newRow("CreateModelLabels without Labels")
        << post << "/api/v1/models/{model}/labels"_ba << api::QueryItems{} << json({}) << 400
        << u"MissingParameter"_s << u"Labels"_s;
    QTest::newRow("CreateModelLabels value with comma")
        << post << "/api/v1/models/{model}/labels"_ba << api::QueryItems{}
        << json(
               {{u"Labels"_s, QJsonArray{QJsonObject{{u"Key"_s, u"k"_s}, {u"Value"_s, u"a,b"_s}}}}})
        << 400 << u"InvalidParameter"_s << u"Labels[0]"_s;
    QTest::newRow("CreateModelLabels missing model")
        << post << "/api/v1/models/model-nope/labels"_ba << api::QueryItems{}
        << json({{u"Labels"_s, QJsonArray{}}}) << 404 << u"201900002"_s << u"model-nope"_s;
    QTest::newRow("DeleteModelLabels") << del << "/api/v1/models/{model}/labels"_ba
                                       << api::QueryItems{{u"LabelKeys"_s, u"license,stage"_s}}
                                       << QByteArray() << 200 << QString() << QString();
    QTest::newRow("DeleteModelLabels with a JSON body")
        << del << "/api/v1/models/{model}/labels"_ba
        << api::QueryItems{{u"LabelKeys"_s, u"license"_s}} << json({{u"ModelId"_s, u"x"_s}}) << 200
        << QString() << QString();
    QTest::newRow("DeleteModelLabels without keys")
        << del << "/api/v1/models/{model}/labels"_ba << api::QueryItems{} << QByteArray() << 400
        << u"MissingParameter"_s << u"LabelKeys"_s;
    QTest::newRow("unknown route")
        << get << "/api/v1/datasets"_ba << api::QueryItems{} << QByteArray() << 404
        << u"InvalidAction.NotFound"_s << u"/api/v1/datasets"_s;
    QTest::newRow("wrong method") << put << "/api/v1/models"_ba << api::QueryItems{} << json({})
                                  << 404 << u"InvalidAction.NotFound"_s << u"PUT"_s;
}

void TestSandboxServer::operations()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(api::QueryItems, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messageNames);

    path.replace("{model}", firstModelId().toLatin1());
    const RawResponse response = m_client->call(method, path, query, body);
    QVERIFY2(response.status == status, qPrintable(describe(response)));
    QVERIFY2(!response.json.isEmpty(), qPrintable(describe(response)));
    const QString requestId = response.json.value(u"RequestId"_s).toString();
    QVERIFY(requestId.size() >= 32);
    QCOMPARE(requestId, requestId.toUpper());
    QCOMPARE(response.code(), code);
    if (!code.isEmpty()) {
        QVERIFY2(response.message().contains(messageNames), qPrintable(response.message()));
        QVERIFY(response.json.contains(u"Message"_s));
    }
}

void TestSandboxServer::modelLifecycle()
{
    const QJsonObject extraInfo{
        {u"Rating"_s, 4.5},
        {u"CoverUris"_s, QJsonArray{u"oss://b/c.png"_s}},
        {u"Training"_s,
         QJsonObject{{u"Epochs"_s, 3}, {u"Data"_s, QJsonArray{QJsonObject{{u"n"_s, 1}}}}}}};
    const QJsonArray labels{QJsonObject{{u"Key"_s, u"z"_s}, {u"Value"_s, u"1"_s}},
                            QJsonObject{{u"Key"_s, u"a"_s}, {u"Value"_s, u"2"_s}}};
    RawResponse created = m_client->call("POST", "/api/v1/models", {},
                                         json({{u"ModelName"_s, u"qwen-support"_s},
                                               {u"WorkspaceId"_s, u"23802"_s},
                                               {u"Domain"_s, u"nlp"_s},
                                               {u"OrderNumber"_s, 0},
                                               {u"Labels"_s, labels},
                                               {u"ExtraInfo"_s, extraInfo},
                                               {u"ModelId"_s, u"ignored"_s}}));
    QVERIFY2(created.status == 200, qPrintable(describe(created)));
    const QString id = created.json.value(u"ModelId"_s).toString();
    QVERIFY(id.startsWith(u"model-"_s));
    QCOMPARE(created.json.size(), 2); // ModelId and RequestId, nothing else

    RawResponse got = m_client->call("GET", "/api/v1/models/" + id.toLatin1());
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"ModelName"_s).toString(), u"qwen-support"_s);
    QCOMPARE(got.json.value(u"WorkspaceId"_s).toString(), u"23802"_s);
    QCOMPARE(got.json.value(u"Accessibility"_s).toString(), u"PRIVATE"_s);
    QCOMPARE(got.json.value(u"OrderNumber"_s).toInt(-1), 0);
    QCOMPARE(got.json.value(u"Labels"_s).toArray(), labels);
    QCOMPARE(got.json.value(u"ExtraInfo"_s).toObject(), extraInfo);
    QVERIFY(!got.json.contains(u"Tags"_s));
    QVERIFY(pai::WireJson::modelFromJson(got.json));
    const QString createdAt = got.json.value(u"GmtCreateTime"_s).toString();
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s)
                .match(createdAt)
                .hasMatch());

    // Terraform-style update: ModelId in the body, only some fields, patch semantics.
    RawResponse updated = m_client->call(
        "PUT", "/api/v1/models/" + id.toLatin1(), {},
        json({{u"ModelId"_s, id}, {u"ModelName"_s, u"qwen-support-v2"_s}, {u"Task"_s, u"chat"_s}}));
    QVERIFY2(updated.status == 200, qPrintable(describe(updated)));
    got = m_client->call("GET", "/api/v1/models/" + id.toLatin1());
    QCOMPARE(got.json.value(u"ModelName"_s).toString(), u"qwen-support-v2"_s);
    QCOMPARE(got.json.value(u"Task"_s).toString(), u"chat"_s);
    QCOMPARE(got.json.value(u"Domain"_s).toString(), u"nlp"_s);
    QCOMPARE(got.json.value(u"ExtraInfo"_s).toObject(), extraInfo);

    // Label replace, as Terraform does it: delete all old keys, then create the new list.
    RawResponse deleted = m_client->call("DELETE", "/api/v1/models/" + id.toLatin1() + "/labels",
                                         {{u"LabelKeys"_s, u"z,a"_s}}, json({{u"ModelId"_s, id}}));
    QCOMPARE(deleted.status, 200);
    const QJsonArray newLabels{QJsonObject{{u"Key"_s, u"b"_s}, {u"Value"_s, u"3"_s}},
                               QJsonObject{{u"Key"_s, u"a"_s}, {u"Value"_s, u"4"_s}}};
    RawResponse added = m_client->call("POST", "/api/v1/models/" + id.toLatin1() + "/labels", {},
                                       json({{u"ModelId"_s, id}, {u"Labels"_s, newLabels}}));
    QCOMPARE(added.status, 200);
    // An existing key keeps its place and takes the new value.
    added = m_client->call(
        "POST", "/api/v1/models/" + id.toLatin1() + "/labels", {},
        json({{u"Labels"_s, QJsonArray{QJsonObject{{u"Key"_s, u"b"_s}, {u"Value"_s, u"5"_s}}}}}));
    QCOMPARE(added.status, 200);
    got = m_client->call("GET", "/api/v1/models/" + id.toLatin1());
    const QJsonArray expectedLabels{QJsonObject{{u"Key"_s, u"b"_s}, {u"Value"_s, u"5"_s}},
                                    QJsonObject{{u"Key"_s, u"a"_s}, {u"Value"_s, u"4"_s}}};
    QCOMPARE(got.json.value(u"Labels"_s).toArray(), expectedLabels);

    RawResponse removed = m_client->call("DELETE", "/api/v1/models/" + id.toLatin1());
    QCOMPARE(removed.status, 200);
    got = m_client->call("GET", "/api/v1/models/" + id.toLatin1());
    QCOMPARE(got.status, 404);
    QCOMPARE(got.code(), u"201900002"_s);
}

void TestSandboxServer::successBodiesHaveNoEnvelope()
{
    const RawResponse list = m_client->call("GET", "/api/v1/models");
    QCOMPARE(list.status, 200);
    QVERIFY(!list.json.contains(u"Code"_s));
    QVERIFY(!list.json.contains(u"Success"_s));
    QVERIFY(list.json.value(u"TotalCount"_s).isDouble());
    const QJsonArray models = list.json.value(u"Models"_s).toArray();
    QCOMPARE(models.size(), 10);
    QVERIFY(models.first().toObject().value(u"WorkspaceId"_s).isString());
    QVERIFY(pai::WireJson::modelPageFromJson(list.json));

    const RawResponse workspaces = m_client->call("GET", "/api/v1/workspaces");
    const QJsonObject first = workspaces.json.value(u"Workspaces"_s).toArray().first().toObject();
    QVERIFY(first.contains(u"resourceGroupId"_s));
    QVERIFY(first.value(u"WorkspaceId"_s).isString());
    QVERIFY(pai::WireJson::workspacePageFromJson(workspaces.json));

    const RawResponse detail = m_client->call("GET", "/api/v1/workspaces/23801");
    QVERIFY(detail.json.contains(u"ResourceGroupId"_s));
    QVERIFY(detail.json.contains(u"DisplayName"_s));
    QVERIFY(!detail.json.contains(u"Owner"_s));
    const RawResponse verbose =
        m_client->call("GET", "/api/v1/workspaces/23801", {{u"Verbose"_s, u"true"_s}});
    QVERIFY(verbose.json.value(u"Owner"_s).isObject());
}

void TestSandboxServer::listModelsPagingAndFilters()
{
    // Without Provider the listing is the caller's own models: the gallery's are left out.
    const QList<pai::Model> stored = m_fixture->store().models();
    const qsizetype total =
        std::count_if(stored.cbegin(), stored.cend(),
                      [](const pai::Model &model) { return !model.isGalleryModel(); });
    QStringList seen;
    for (int page = 1;; ++page) {
        const RawResponse response =
            m_client->call("GET", "/api/v1/models",
                           {{u"PageNumber"_s, QString::number(page)}, {u"PageSize"_s, u"15"_s}});
        QCOMPARE(response.json.value(u"TotalCount"_s).toInteger(), total);
        const QJsonArray models = response.json.value(u"Models"_s).toArray();
        if (models.isEmpty())
            break;
        for (const QJsonValue &model : models)
            seen.append(model.toObject().value(u"ModelId"_s).toString());
    }
    QStringList expected;
    for (const pai::Model &model : stored) {
        if (!model.isGalleryModel())
            expected.append(model.modelId);
    }
    QCOMPARE(seen, expected);

    const RawResponse audio = m_client->call(
        "GET", "/api/v1/models",
        {{u"Domain"_s, u"audio"_s}, {u"ModelType"_s, u"LoRA"_s}, {u"PageSize"_s, u"100"_s}});
    const QJsonArray models = audio.json.value(u"Models"_s).toArray();
    QVERIFY(!models.isEmpty());
    QCOMPARE(audio.json.value(u"TotalCount"_s).toInteger(), models.size());
    for (const QJsonValue &model : models) {
        QCOMPARE(model.toObject().value(u"Domain"_s).toString(), u"audio"_s);
        QCOMPARE(model.toObject().value(u"ModelType"_s).toString(), u"LoRA"_s);
    }

    const RawResponse newest = m_client->call(
        "GET", "/api/v1/models",
        {{u"SortBy"_s, u"GmtCreateTime"_s}, {u"Order"_s, u"DESC"_s}, {u"PageSize"_s, u"1"_s}});
    QCOMPARE(
        newest.json.value(u"Models"_s).toArray().first().toObject().value(u"ModelId"_s).toString(),
        expected.last());
}

void TestSandboxServer::tagFilterTakesJson()
{
    const QString tag = QString::fromUtf8(
        json({}).isEmpty() ? QByteArray()
                           : QJsonDocument(QJsonArray{QJsonObject{{u"Key"_s, u"featured"_s},
                                                                  {u"Value"_s, u"true"_s}}})
                                 .toJson(QJsonDocument::Compact));
    const RawResponse response =
        m_client->call("GET", "/api/v1/models", {{u"Tag"_s, tag}, {u"PageSize"_s, u"100"_s}});
    QCOMPARE(response.status, 200);
    const QJsonArray models = response.json.value(u"Models"_s).toArray();
    QVERIFY(!models.isEmpty());
    QVERIFY(models.size() < m_fixture->store().modelCount());
    for (const QJsonValue &model : models)
        QVERIFY(model.toObject().value(u"Tags"_s).toArray().contains(
            QJsonObject{{u"Key"_s, u"featured"_s}, {u"Value"_s, u"true"_s}}));
}

void TestSandboxServer::listWorkspacesPaging()
{
    for (int i = 0; i < 30; ++i) {
        pai::Workspace workspace;
        workspace.workspaceName = u"extra_%1"_s.arg(i);
        m_fixture->store().addWorkspace(workspace);
    }
    const RawResponse first = m_client->call("GET", "/api/v1/workspaces");
    QCOMPARE(first.json.value(u"TotalCount"_s).toInteger(), 33);
    QCOMPARE(first.json.value(u"Workspaces"_s).toArray().size(), 20);
    const RawResponse second =
        m_client->call("GET", "/api/v1/workspaces", {{u"PageNumber"_s, u"2"_s}});
    QCOMPARE(second.json.value(u"Workspaces"_s).toArray().size(), 13);
}

void TestSandboxServer::oneChangedByteIsRejected_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("path") << u"path"_s;
    QTest::newRow("query") << u"query"_s;
    QTest::newRow("signed header") << u"header"_s;
    QTest::newRow("body") << u"body"_s;
    QTest::newRow("content hash header") << u"hash"_s;
    QTest::newRow("signature") << u"signature"_s;
}

void TestSandboxServer::oneChangedByteIsRejected()
{
    QFETCH(QString, where);
    const QByteArray path = "/api/v1/models/" + firstModelId().toLatin1();
    const QByteArray body = json({{u"ModelDescription"_s, u"changed"_s}});
    RawRequest request = m_client->prepare("PUT", path, {{u"Trace"_s, u"abc"_s}}, body);

    // The untouched request would pass: the same bytes with a fresh nonce.
    {
        RawRequest control = m_client->prepare("PUT", path, {{u"Trace"_s, u"abc"_s}}, body);
        const RawResponse ok = m_client->send(control);
        QVERIFY2(ok.status == 200, qPrintable(describe(ok)));
    }

    const auto flip = [](QByteArray &bytes, qsizetype at) {
        bytes[at] = bytes.at(at) == 'a' ? 'b' : 'a';
    };
    if (where == u"path"_s) {
        flip(request.path, request.path.size() - 1);
    } else if (where == u"query"_s) {
        flip(request.query, request.query.size() - 1);
    } else if (where == u"header"_s) {
        request.setHeader("x-acs-version", "2021-02-05");
    } else if (where == u"body"_s) {
        request.body.replace("changed", "chanGed");
    } else if (where == u"hash"_s) {
        QByteArray hash = request.header("x-acs-content-sha256");
        flip(hash, 0);
        request.setHeader("x-acs-content-sha256", hash);
    } else {
        QByteArray authorization = request.header("Authorization");
        flip(authorization, authorization.size() - 1);
        request.setHeader("Authorization", authorization);
    }
    const int before = int(m_fixture->store().model(firstModelId())->modelDescription.size());

    QSignalSpy handled(&m_fixture->server(), &sandbox::SandboxServer::requestHandled);
    const RawResponse response = m_client->send(request);
    QVERIFY2(response.status == 400, qPrintable(describe(response)));
    QCOMPARE(response.code(), u"SignatureDoesNotMatch"_s);
    if (where != u"hash"_s) {
        QVERIFY2(response.message().contains(u"StringToSign"_s), qPrintable(response.message()));
        QVERIFY(response.message().contains(u"CanonicalRequest"_s));
        QVERIFY(response.message().contains(u"ACS3-HMAC-SHA256\n"_s));
    }
    QCOMPARE(handled.size(), 1);
    // Nothing was written.
    QCOMPARE(int(m_fixture->store().model(firstModelId())->modelDescription.size()), before);
}

void TestSandboxServer::replayedNonceIsRejected()
{
    const RawRequest request = m_client->prepare("GET", "/api/v1/workspaces");
    QCOMPARE(m_client->send(request).status, 200);
    const RawResponse replay = m_client->send(request);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.code(), u"SignatureNonceUsed"_s);

    // A forged request does not burn a nonce: the same nonce still works once, signed properly.
    const QByteArray nonce = api::Acs3::newNonce();
    RawRequest forged = m_client->prepare("GET", "/api/v1/workspaces", {}, {},
                                          QDateTime::currentDateTimeUtc(), nonce);
    forged.setHeader("x-acs-version", "1999-01-01");
    QCOMPARE(m_client->send(forged).code(), u"SignatureDoesNotMatch"_s);
    const RawRequest genuine = m_client->prepare("GET", "/api/v1/workspaces", {}, {},
                                                 QDateTime::currentDateTimeUtc(), nonce);
    QCOMPARE(m_client->send(genuine).status, 200);
}

void TestSandboxServer::staleOrFutureDateIsRejected_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("code");
    QTest::newRow("20 minutes old") << -20 * 60 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("20 minutes ahead") << 20 * 60 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("14 minutes old is fine") << -14 * 60 << QString();
}

void TestSandboxServer::staleOrFutureDateIsRejected()
{
    QFETCH(int, offsetSeconds);
    QFETCH(QString, code);
    const RawRequest request =
        m_client->prepare("GET", "/api/v1/workspaces", {}, {},
                          QDateTime::currentDateTimeUtc().addSecs(offsetSeconds));
    const RawResponse response = m_client->send(request);
    QCOMPARE(response.code(), code);
    QCOMPARE(response.status, code.isEmpty() ? 200 : 400);
}

void TestSandboxServer::incompleteSignatures_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("no Authorization") << u"drop-authorization"_s;
    QTest::newRow("garbled Authorization") << u"garble-authorization"_s;
    QTest::newRow("date not signed") << u"unsign-date"_s;
    QTest::newRow("unsigned x-acs header") << u"extra-header"_s;
    QTest::newRow("no content hash") << u"drop-hash"_s;
}

void TestSandboxServer::incompleteSignatures()
{
    QFETCH(QString, change);
    RawRequest request = m_client->prepare("GET", "/api/v1/workspaces");
    if (change == u"drop-authorization"_s) {
        request.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    } else if (change == u"garble-authorization"_s) {
        request.setHeader("Authorization", "ACS3-HMAC-SHA256 Credential=x");
    } else if (change == u"unsign-date"_s) {
        QByteArray authorization = request.header("Authorization");
        authorization.replace("x-acs-date;", "");
        request.setHeader("Authorization", authorization);
    } else if (change == u"extra-header"_s) {
        request.setHeader("x-acs-extra", "1");
    } else {
        request.headers.removeIf([](const auto &h) { return h.first == "x-acs-content-sha256"; });
    }
    const RawResponse response = m_client->send(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"IncompleteSignature"_s);
}

void TestSandboxServer::unknownAccessKeyIsRejected()
{
    SignedRequests stranger(m_fixture->url(), {u"LTAIstranger"_s, u"secret"_s, QString()});
    const RawResponse response = stranger.call("GET", "/api/v1/workspaces");
    QCOMPARE(response.status, 404);
    QCOMPARE(response.code(), u"InvalidAccessKeyId.NotFound"_s);

    SignedRequests wrongSecret(
        m_fixture->url(), {QString::fromLatin1(SandboxFixture::AccessKeyId), u"nope"_s, QString()});
    QCOMPARE(wrongSecret.call("GET", "/api/v1/workspaces").code(), u"SignatureDoesNotMatch"_s);
}

void TestSandboxServer::plusInQueryIsASpace()
{
    pai::Model model;
    model.modelName = u"my model"_s;
    m_fixture->store().addModel(model);
    // Signed canonically (%20), sent the way form encoders write it ('+').
    RawRequest request =
        m_client->prepare("GET", "/api/v1/models", {{u"ModelName"_s, u"my model"_s}});
    QCOMPARE(request.query, "ModelName=my%20model"_ba);
    request.query = "ModelName=my+model";
    const RawResponse response = m_client->send(request);
    QVERIFY2(response.status == 200, qPrintable(describe(response)));
    QCOMPARE(response.json.value(u"TotalCount"_s).toInt(), 1);
}

void TestSandboxServer::encodedPathParameterIsDecoded()
{
    const QByteArray path = "/api/v1/models/" + api::Acs3::percentEncode(u"model 1/ä"_s);
    QCOMPARE(path, "/api/v1/models/model%201%2F%C3%A4"_ba);
    const RawResponse response = m_client->call("GET", path);
    QVERIFY2(response.status == 404, qPrintable(describe(response)));
    QCOMPARE(response.code(), u"201900002"_s);
    QVERIFY2(response.message().contains(u"model 1/ä"_s), qPrintable(response.message()));
}

void TestSandboxServer::signatureCheckCanBeTurnedOff()
{
    m_fixture->server().setSignatureCheckEnabled(false);
    RawRequest request = m_client->prepare("GET", "/api/v1/workspaces");
    request.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    QCOMPARE(m_client->send(request).status, 200);
}

void TestSandboxServer::requestHandledShowsTheWire()
{
    QSignalSpy handled(&m_fixture->server(), &sandbox::SandboxServer::requestHandled);
    const QByteArray body = json({{u"ModelName"_s, u"wire"_s}});
    RawRequest request = m_client->prepare("POST", "/api/v1/models", {{u"a b"_s, u"c*d"_s}}, body);
    QCOMPARE(m_client->send(request).status, 200);
    QCOMPARE(handled.size(), 1);
    const auto received = handled.first().first().value<sandbox::ReceivedRequest>();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.rawPath, "/api/v1/models"_ba);
    QCOMPARE(received.rawQuery, "a%20b=c%2Ad"_ba);
    QCOMPARE(received.body, body);
    QCOMPARE(received.operation, u"CreateModel"_s);
    QCOMPARE(received.status, 200);
    const auto authorization =
        std::find_if(received.headers.cbegin(), received.headers.cend(),
                     [](const auto &h) { return h.first.toLower() == "authorization"; });
    QVERIFY(authorization != received.headers.cend());
    QCOMPARE(authorization->second, request.header("Authorization"));
}

void TestSandboxServer::faultInjection_data()
{
    QTest::addColumn<sandbox::FaultPlan>("plan");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("json");

    sandbox::FaultPlan throttle;
    throttle.throttleRate = 1.0;
    QTest::newRow("throttled") << throttle << 400 << u"Throttling.User"_s << true;

    sandbox::FaultPlan internal;
    internal.errorRate = 1.0;
    internal.errorStatus = 500;
    QTest::newRow("500") << internal << 500 << u"InternalError"_s << true;

    sandbox::FaultPlan unavailable = internal;
    unavailable.errorStatus = 503;
    QTest::newRow("503") << unavailable << 503 << u"ServiceUnavailable"_s << true;

    sandbox::FaultPlan dropped;
    dropped.dropRate = 1.0;
    QTest::newRow("dropped") << dropped << 0 << QString() << false;

    sandbox::FaultPlan notJson;
    notJson.malformedRate = 1.0;
    notJson.malformed = sandbox::FaultPlan::Malformed::NotJson;
    QTest::newRow("not JSON") << notJson << 200 << QString() << false;

    sandbox::FaultPlan truncated = notJson;
    truncated.malformed = sandbox::FaultPlan::Malformed::Truncated;
    QTest::newRow("truncated") << truncated << 200 << QString() << false;
}

void TestSandboxServer::faultInjection()
{
    QFETCH(sandbox::FaultPlan, plan);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, json);
    m_fixture->server().setFaultPlan(plan);
    QSignalSpy handled(&m_fixture->server(), &sandbox::SandboxServer::requestHandled);

    const RawResponse response = m_client->call("GET", "/api/v1/models");
    QVERIFY2(response.status == status, qPrintable(describe(response)));
    QCOMPARE(response.code(), code);
    QCOMPARE(!response.json.isEmpty(), json);
    if (status == 0)
        QVERIFY(response.error != QNetworkReply::NoError);
    if (status == 200) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    // A dropped request may arrive more than once: the network stack re-sends it by itself.
    QTRY_VERIFY(!handled.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(handled))
        QCOMPARE(arguments.first().value<sandbox::ReceivedRequest>().status, status);
}

void TestSandboxServer::latencyDelaysTheReply()
{
    sandbox::FaultPlan plan;
    plan.latencyMs = 300;
    m_fixture->server().setFaultPlan(plan);
    QElapsedTimer timer;
    timer.start();
    const RawResponse response = m_client->call("GET", "/api/v1/workspaces");
    QCOMPARE(response.status, 200);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxServer::faultsFollowTheOperationFilter()
{
    sandbox::FaultPlan plan;
    plan.throttleRate = 1.0;
    plan.operations = {u"CreateModel"_s};
    m_fixture->server().setFaultPlan(plan);
    QCOMPARE(m_client->call("GET", "/api/v1/models").status, 200);
    const RawResponse create =
        m_client->call("POST", "/api/v1/models", {}, json({{u"ModelName"_s, u"n"_s}}));
    QCOMPARE(create.code(), u"Throttling.User"_s);
    QCOMPARE(m_fixture->server().faultPlan().operations, plan.operations);
}

void TestSandboxServer::writesCanLandBeforeTheFault_data()
{
    QTest::addColumn<bool>("applyWritesBeforeFault");
    QTest::newRow("fault instead of the write") << false;
    QTest::newRow("write, then the fault") << true;
}

void TestSandboxServer::writesCanLandBeforeTheFault()
{
    QFETCH(bool, applyWritesBeforeFault);
    sandbox::FaultPlan plan;
    plan.errorRate = 1.0;
    plan.errorStatus = 500;
    plan.applyWritesBeforeFault = applyWritesBeforeFault;
    m_fixture->server().setFaultPlan(plan);
    const qsizetype before = m_fixture->store().modelCount();
    const RawResponse create =
        m_client->call("POST", "/api/v1/models", {}, json({{u"ModelName"_s, u"n"_s}}));
    QCOMPARE(create.status, 500);
    QCOMPARE(m_fixture->store().modelCount(), before + (applyWritesBeforeFault ? 1 : 0));
}

void TestSandboxServer::seededFaultsAreReproducible()
{
    sandbox::FaultPlan plan;
    plan.throttleRate = 0.5;
    plan.seed = 7;
    const auto run = [&] {
        m_fixture->server().setFaultPlan(plan);
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses.append(m_client->call("GET", "/api/v1/workspaces").status);
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(400));
}

void TestSandboxServer::dataFileSurvivesARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data.json"_s);
    QString id;
    {
        sandbox::SandboxServer server;
        server.addAccessKey(QString::fromLatin1(SandboxFixture::AccessKeyId),
                            QString::fromLatin1(SandboxFixture::AccessKeySecret));
        QVERIFY(server.store().attachFile(path));
        sandbox::DemoData::populate(server.store());
        QVERIFY(server.listen());
        SignedRequests client(server.url(), SandboxFixture::credentials());
        const RawResponse created = client.call(
            "POST", "/api/v1/models", {},
            json({{u"ModelName"_s, u"kept"_s},
                  {u"Labels"_s,
                   QJsonArray{QJsonObject{{u"Key"_s, u"k"_s}, {u"Value"_s, u"v"_s}}}}}));
        QCOMPARE(created.status, 200);
        id = created.json.value(u"ModelId"_s).toString();
    }
    sandbox::SandboxServer restarted;
    restarted.addAccessKey(QString::fromLatin1(SandboxFixture::AccessKeyId),
                           QString::fromLatin1(SandboxFixture::AccessKeySecret));
    QVERIFY(restarted.store().attachFile(path));
    QVERIFY(restarted.listen());
    SignedRequests client(restarted.url(), SandboxFixture::credentials());
    const RawResponse got = client.call("GET", "/api/v1/models/" + id.toLatin1());
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"ModelName"_s).toString(), u"kept"_s);
    QCOMPARE(got.json.value(u"Labels"_s).toArray().size(), 1);
}

void TestSandboxServer::tlsFilesAreCheckedAndNamed()
{
    const testsupport::TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    sandbox::SandboxServer server;
    QVERIFY(!server.isTls());

    const QString missing = certificates.path(u"missing.pem"_s);
    QVERIFY(!server.setTlsFiles(missing, certificates.serverKeyFile()));
    QVERIFY2(server.errorString().contains(missing), qPrintable(server.errorString()));
    // A key is not a certificate, and a certificate is not a key.
    QVERIFY(!server.setTlsFiles(certificates.serverKeyFile(), certificates.serverKeyFile()));
    QVERIFY2(server.errorString().contains(u"no PEM certificate"_s),
             qPrintable(server.errorString()));
    QVERIFY(!server.setTlsFiles(certificates.serverCertificateFile(),
                                certificates.serverCertificateFile()));
    QVERIFY2(server.errorString().contains(certificates.serverCertificateFile()),
             qPrintable(server.errorString()));
    QVERIFY(!server.isTls());

    QVERIFY2(server.setTlsFiles(certificates.serverCertificateFile(), certificates.serverKeyFile()),
             qPrintable(server.errorString()));
    QVERIFY(server.isTls());
    QVERIFY(server.listen());
    QCOMPARE(server.url().scheme(), u"https"_s);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
