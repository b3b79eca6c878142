// Model versions end to end: the api layer's requests and calls against the real sandbox over
// sockets. Every case checks what the sandbox really stored, not only what it answered.
#include "api/apiclient.h"
#include "api/requests.h"
#include "pai/fieldrules.h"
#include "pai/wirejson.h"
#include "sandbox/apireply.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"
#include "support/signedrequests.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using testsupport::RawResponse;
using testsupport::SandboxFixture;
using testsupport::SignedRequests;

Q_DECLARE_METATYPE(api::QueryItems)
Q_DECLARE_METATYPE(api::VersionListQuery)

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const RawResponse &response)
{
    return u"HTTP %1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body.left(400)));
}

// What a failed call said; empty for a call that succeeded (QVERIFY2 builds its message always).
QString failure(const api::ApiCall *call)
{
    return call->error() ? call->error()->userText() : QString();
}

bool waitFor(api::ApiCall *call)
{
    if (call->isFinished())
        return true;
    QSignalSpy finished(call, &api::ApiCall::finished);
    return finished.wait(15000);
}

pai::ModelVersion storedVersion(const QString &name, const QString &uri)
{
    pai::ModelVersion version;
    version.versionName = name;
    version.uri = uri;
    return version;
}

QStringList names(const QList<pai::ModelVersion> &versions)
{
    QStringList result;
    for (const pai::ModelVersion &version : versions)
        result.append(version.versionName);
    return result;
}

const QString SomeUri = u"oss://paidesk-test.oss-cn-hangzhou.aliyuncs.com/models/m/"_s;

} // namespace

class TestModelVersions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<SignedRequests> m_raw;
    QString m_modelId;

    sandbox::ModelStore &store() { return m_sandbox->store(); }

    QString createModel(const QString &name)
    {
        pai::Model model;
        model.modelName = name;
        model.workspaceId = store().defaultWorkspaceId();
        return store().addModel(model).modelId;
    }

    // CreateModelVersion through the client; the name it answered with, or the error code.
    QString createVersion(const pai::ModelVersionDraft &draft, const QString &modelId = {})
    {
        auto *call = m_client->createModelVersion(modelId.isEmpty() ? m_modelId : modelId, draft);
        if (!waitFor(call))
            return u"(no answer)"_s;
        return call->succeeded() ? call->versionName() : u"error "_s + call->error()->code;
    }

    pai::ModelVersionDraft draft(const QString &name = {})
    {
        pai::ModelVersionDraft draft;
        draft.versionName = name;
        draft.uri = SomeUri;
        return draft;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        api::RetryPolicy::Parameters quick;
        quick.initialBackoff = std::chrono::milliseconds(20);
        quick.maxBackoff = std::chrono::milliseconds(50);
        quick.maxAttempts = 2;
        m_client->setRetryPolicy(api::RetryPolicy(quick));
        m_raw = std::make_unique<SignedRequests>(m_sandbox->url(), SandboxFixture::credentials());
        m_modelId = createModel(u"versioned"_s);
    }

    void cleanup()
    {
        m_raw.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void createNamedVersion()
    {
        pai::ModelVersionDraft wanted = draft(u"1.0.0"_s);
        wanted.versionDescription = u"first"_s;
        wanted.formatType = u"Keras H5"_s;
        wanted.frameworkType = u"PyTorch"_s; // not on the list, stored as given (as Terraform sees)
        wanted.options = u"{\"k\":1}"_s;
        wanted.metrics = QJsonObject{{u"Results"_s, QJsonArray{QJsonObject{{u"cer"_s, 0.175}}}}};
        wanted.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, u"nlp"_s}};
        QCOMPARE(createVersion(wanted), u"1.0.0"_s);
        const auto stored = store().version(m_modelId, u"1.0.0"_s);
        QVERIFY(stored);
        QCOMPARE(pai::ModelVersionDraft::fromVersion(*stored).uri, wanted.uri);
        QCOMPARE(stored->frameworkType, u"PyTorch"_s);
        QCOMPARE(stored->options, wanted.options);
        QCOMPARE(stored->metrics, wanted.metrics);
        QCOMPARE(stored->labels, wanted.labels);
        // Defaults the service fills in when they are left out.
        QCOMPARE(stored->sourceType, u"Custom"_s);
        QCOMPARE(stored->approvalStatus, u"Pending"_s);
        QVERIFY(pai::WireJson::parseTimestamp(stored->gmtCreateTime).isValid());
    }

    void autoNumbering_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QStringList>("created"); // names of the unnamed creates, in order
        QTest::newRow("first") << QStringList() << QStringList{u"0.1.0"_s, u"0.2.0"_s, u"0.3.0"_s};
        QTest::newRow("after auto") << QStringList{u"0.1.0"_s} << QStringList{u"0.2.0"_s};
        QTest::newRow("after explicit 1.0.0")
            << QStringList{u"1.0.0"_s} << QStringList{u"1.1.0"_s, u"1.2.0"_s};
        QTest::newRow("highest wins")
            << QStringList{u"0.5.0"_s, u"2.3.4_beta"_s, u"1.9.0"_s} << QStringList{u"2.4.0"_s};
        QTest::newRow("gap is not reused")
            << QStringList{u"0.1.0"_s, u"0.3.0"_s} << QStringList{u"0.4.0"_s};
    }

    void autoNumbering()
    {
        QFETCH(QStringList, existing);
        QFETCH(QStringList, created);
        for (const QString &name : existing)
            QVERIFY(store().addVersion(m_modelId, storedVersion(name, SomeUri)));
        for (const QString &name : created)
            QCOMPARE(createVersion(draft()), name);
        QCOMPARE(names(store().versions(m_modelId)), existing + created);
    }

    void duplicateNameIsRefused()
    {
        QCOMPARE(createVersion(draft(u"1.0.0"_s)), u"1.0.0"_s);
        pai::ModelVersionDraft again = draft(u"1.0.0"_s);
        again.uri = u"https://other.example/m.tar.gz"_s;
        auto *call = m_client->createModelVersion(m_modelId, again);
        QVERIFY(waitFor(call));
        QVERIFY(call->error());
        QCOMPARE(call->error()->code, QString::fromLatin1(sandbox::VersionExistsCode));
        QVERIFY(call->error()->provesNotApplied());
        QCOMPARE(store().versions(m_modelId).size(), 1);
        QCOMPARE(store().version(m_modelId, u"1.0.0"_s)->uri, SomeUri);
        // The same name on another model is fine: names are unique per model.
        QCOMPARE(createVersion(draft(u"1.0.0"_s), createModel(u"other"_s)), u"1.0.0"_s);
    }

    void missingModelOrVersion_data()
    {
        QTest::addColumn<int>("which"); // index into the specs built in the test
        QTest::addColumn<bool>("modelExists");
        QTest::addColumn<QString>("code");
        const QStringList operations{u"ListModelVersions"_s,       u"GetModelVersion"_s,
                                     u"CreateModelVersion"_s,      u"UpdateModelVersion"_s,
                                     u"DeleteModelVersion"_s,      u"CreateModelVersionLabels"_s,
                                     u"DeleteModelVersionLabels"_s};
        for (int i = 0; i < operations.size(); ++i) {
            QTest::addRow("%s, no model", qPrintable(operations.at(i)))
                << i << false << QString::fromLatin1(sandbox::ModelNotFoundCode);
            if (i != 0 && i != 2) {
                QTest::addRow("%s, no version", qPrintable(operations.at(i)))
                    << i << true << QString::fromLatin1(sandbox::VersionNotFoundCode);
            }
        }
    }

    void missingModelOrVersion()
    {
        QFETCH(int, which);
        QFETCH(bool, modelExists);
        QFETCH(QString, code);
        const QString modelId = modelExists ? m_modelId : u"model-nope"_s;
        const QString name = u"9.9.9"_s;
        const QList<api::RequestSpec> specs{
            api::requests::listModelVersions(modelId, {}),
            api::requests::getModelVersion(modelId, name),
            api::requests::createModelVersion(modelId, draft()),
            api::requests::updateModelVersion(modelId, name,
                                              {draft(), {pai::VersionField::VersionDescription}}),
            api::requests::deleteModelVersion(modelId, name),
            api::requests::createModelVersionLabels(modelId, name, {{u"k"_s, u"v"_s}}),
            api::requests::deleteModelVersionLabels(modelId, name, {u"k"_s}),
        };
        auto *call = m_client->send(specs.at(which));
        QVERIFY(waitFor(call));
        QVERIFY(call->error());
        QCOMPARE(call->error()->httpStatus, 404);
        QCOMPARE(call->error()->code, code);
        QVERIFY(call->error()->isNotFound());
        QCOMPARE(store().versionCount(), 0);
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("pathTail"); // after /api/v1/models/<id>
        QTest::addColumn<api::QueryItems>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray post = "POST", put = "PUT", del = "DELETE", get = "GET";
        QTest::newRow("no Uri") << post << "/versions"_ba << api::QueryItems{}
                                << json({{u"VersionName"_s, u"1.0.0"_s}}) << u"MissingParameter"_s
                                << u"Uri"_s;
        QTest::newRow("Uri not a URL")
            << post << "/versions"_ba << api::QueryItems{} << json({{u"Uri"_s, u"models/m"_s}})
            << u"InvalidParameter"_s << u"Uri"_s;
        QTest::newRow("oss Uri without endpoint")
            << post << "/versions"_ba << api::QueryItems{}
            << json({{u"Uri"_s, u"oss://bucket/m/"_s}}) << u"InvalidParameter"_s << u"Uri"_s;
        QTest::newRow("bad name") << post << "/versions"_ba << api::QueryItems{}
                                  << json({{u"Uri"_s, SomeUri}, {u"VersionName"_s, u"v1"_s}})
                                  << u"InvalidParameter"_s << u"VersionName"_s;
        QTest::newRow("Options as object")
            << post << "/versions"_ba << api::QueryItems{}
            << json({{u"Uri"_s, SomeUri}, {u"Options"_s, QJsonObject{}}}) << u"InvalidParameter"_s
            << u"Options"_s;
        QTest::newRow("Metrics too large")
            << post << "/versions"_ba << api::QueryItems{}
            << json({{u"Uri"_s, SomeUri},
                     {u"Metrics"_s, QJsonObject{{u"x"_s, QString(9000, u'x')}}}})
            << u"InvalidParameter"_s << u"Metrics"_s;
        QTest::newRow("label with comma")
            << post << "/versions"_ba << api::QueryItems{}
            << json({{u"Uri"_s, SomeUri},
                     {u"Labels"_s, QJsonArray{QJsonObject{{u"Key"_s, u"a,b"_s}}}}})
            << u"InvalidParameter"_s << u"Labels[0].Key"_s;
        QTest::newRow("update Metrics as text")
            << put << "/versions/0.1.0"_ba << api::QueryItems{} << json({{u"Metrics"_s, u"{}"_s}})
            << u"InvalidParameter"_s << u"Metrics"_s;
        QTest::newRow("delete labels without keys")
            << del << "/versions/0.1.0/labels"_ba << api::QueryItems{} << QByteArray()
            << u"MissingParameter"_s << u"LabelKeys"_s;
        QTest::newRow("list PageSize too large")
            << get << "/versions"_ba << api::QueryItems{{u"PageSize"_s, u"1000"_s}} << QByteArray()
            << u"InvalidParameter"_s << u"PageSize"_s;
        QTest::newRow("list bad Order")
            << get << "/versions"_ba << api::QueryItems{{u"Order"_s, u"UP"_s}} << QByteArray()
            << u"InvalidParameter"_s << u"Order"_s;
    }

    void invalidRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, pathTail);
        QFETCH(api::QueryItems, query);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QVERIFY(store().addVersion(m_modelId, storedVersion(u"0.1.0"_s, SomeUri)));
        const pai::ModelVersion before = *store().version(m_modelId, u"0.1.0"_s);
        const RawResponse response =
            m_raw->call(method, api::requests::modelPath(m_modelId) + pathTail, query, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), code);
        QVERIFY2(response.message().contains(u"\""_s + field + u"\""_s),
                 qPrintable(describe(response)));
        QCOMPARE(store().versions(m_modelId).size(), 1);
        QCOMPARE(*store().version(m_modelId, u"0.1.0"_s), before);
    }

    void getIsFlatWithoutModelId()
    {
        pai::ModelVersionDraft wanted = draft(u"2.3.4_beta"_s);
        wanted.labels = {{u"k"_s, u"v"_s}};
        QCOMPARE(createVersion(wanted), u"2.3.4_beta"_s);
        const RawResponse response =
            m_raw->call("GET", api::requests::versionPath(m_modelId, u"2.3.4_beta"_s));
        QCOMPARE(response.status, 200);
        QVERIFY(!response.json.contains(u"ModelId"_s));
        QVERIFY(!response.json.contains(u"Version"_s)); // no wrapper key
        QVERIFY(!response.json.value(u"RequestId"_s).toString().isEmpty());
        QCOMPARE(response.json.value(u"VersionName"_s).toString(), u"2.3.4_beta"_s);

        auto *call = m_client->getModelVersion(m_modelId, u"2.3.4_beta"_s);
        QVERIFY(waitFor(call));
        QVERIFY(call->version());
        QCOMPARE(*call->version(), *store().version(m_modelId, u"2.3.4_beta"_s));
    }

    void updateIsPatch()
    {
        pai::ModelVersionDraft wanted = draft(u"1.0.0"_s);
        wanted.versionDescription = u"before"_s;
        wanted.metrics = QJsonObject{{u"acc"_s, 0.5}};
        wanted.sourceId = u"job-1"_s;
        QCOMPARE(createVersion(wanted), u"1.0.0"_s);
        store().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(30); });
        const pai::ModelVersion created = *store().version(m_modelId, u"1.0.0"_s);

        pai::ModelVersionDraft changed = wanted;
        changed.versionDescription = u"after"_s;
        changed.approvalStatus = u"Approved"_s;
        changed.sourceId = u"ignored: not listed"_s;
        auto *call = m_client->updateModelVersion(
            m_modelId, u"1.0.0"_s,
            {changed, {pai::VersionField::VersionDescription, pai::VersionField::ApprovalStatus}});
        QVERIFY(waitFor(call));
        QVERIFY2(call->succeeded(), qPrintable(failure(call)));
        const pai::ModelVersion stored = *store().version(m_modelId, u"1.0.0"_s);
        QCOMPARE(stored.versionDescription, u"after"_s);
        QCOMPARE(stored.approvalStatus, u"Approved"_s);
        QCOMPARE(stored.sourceId, u"job-1"_s);
        QCOMPARE(stored.metrics, wanted.metrics);
        QVERIFY(stored.gmtModifiedTime > created.gmtModifiedTime);
        QCOMPARE(stored.gmtCreateTime, created.gmtCreateTime);

        // Immutable fields in a raw body are not update fields: they are ignored.
        const RawResponse response =
            m_raw->call("PUT", api::requests::versionPath(m_modelId, u"1.0.0"_s), {},
                        json({{u"Uri"_s, u"https://elsewhere.example/m"_s},
                              {u"FormatType"_s, u"ONNX"_s},
                              {u"Labels"_s, QJsonArray{}},
                              {u"Options"_s, u""_s}}));
        QCOMPARE(response.status, 200);
        const pai::ModelVersion after = *store().version(m_modelId, u"1.0.0"_s);
        QCOMPARE(after.uri, SomeUri);
        QVERIFY(after.formatType.isEmpty());
        QCOMPARE(after.options, QString());
    }

    void labelOperations()
    {
        pai::ModelVersionDraft wanted = draft(u"1.0.0"_s);
        wanted.labels = {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}};
        QCOMPARE(createVersion(wanted), u"1.0.0"_s);
        auto *remove = m_client->deleteModelVersionLabels(m_modelId, u"1.0.0"_s, {u"a"_s, u"c"_s});
        QVERIFY(waitFor(remove));
        QVERIFY(remove->succeeded());
        QCOMPARE(store().version(m_modelId, u"1.0.0"_s)->labels,
                 (pai::LabelList{{u"b"_s, u"2"_s}}));
        auto *add = m_client->createModelVersionLabels(m_modelId, u"1.0.0"_s,
                                                       {{u"c"_s, u"9"_s}, {u"d"_s, u"4"_s}});
        QVERIFY(waitFor(add));
        QVERIFY(add->succeeded());
        QCOMPARE(store().version(m_modelId, u"1.0.0"_s)->labels,
                 (pai::LabelList{{u"b"_s, u"2"_s}, {u"c"_s, u"9"_s}, {u"d"_s, u"4"_s}}));
        // The wire: LabelKeys comma-joined in the query, no body.
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        auto *again = m_client->deleteModelVersionLabels(m_modelId, u"1.0.0"_s, {u"b"_s, u"d"_s});
        QVERIFY(waitFor(again));
        QTRY_COMPARE(requests.size(), 1);
        const auto request = requests.constFirst().constFirst().value<sandbox::ReceivedRequest>();
        QCOMPARE(request.operation, u"DeleteModelVersionLabels"_s);
        QCOMPARE(request.rawQuery, "LabelKeys=b%2Cd"_ba);
        QVERIFY(request.body.isEmpty());
        QCOMPARE(store().version(m_modelId, u"1.0.0"_s)->labels,
                 (pai::LabelList{{u"c"_s, u"9"_s}}));
    }

    void latestVersionFollowsWrites()
    {
        const pai::Model before = *store().model(m_modelId);
        QVERIFY(before.latestVersion.isEmpty());
        QCOMPARE(createVersion(draft()), u"0.1.0"_s);
        store().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(10); });
        QCOMPARE(createVersion(draft()), u"0.2.0"_s);
        auto latestName = [this] {
            auto *call = m_client->getModel(m_modelId);
            if (!waitFor(call) || !call->model())
                return u"(unread)"_s;
            const auto latest = pai::WireJson::latestVersionOf(*call->model());
            return latest && *latest.value ? (*latest.value)->versionName : QString();
        };
        QCOMPARE(latestName(), u"0.2.0"_s);
        pai::Model model = *store().model(m_modelId);
        QCOMPARE(model.gmtLatestVersionModifiedTime,
                 store().version(m_modelId, u"0.2.0"_s)->gmtModifiedTime);
        // Version writes leave the model's own modification time alone.
        QCOMPARE(model.gmtModifiedTime, before.gmtModifiedTime);

        store().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(20); });
        auto *update = m_client->updateModelVersion(
            m_modelId, u"0.2.0"_s, {draft(), {pai::VersionField::VersionDescription}});
        QVERIFY(waitFor(update));
        model = *store().model(m_modelId);
        QCOMPARE(model.gmtLatestVersionModifiedTime,
                 store().version(m_modelId, u"0.2.0"_s)->gmtModifiedTime);
        QCOMPARE(model.latestVersion,
                 pai::WireJson::versionToJson(*store().version(m_modelId, u"0.2.0"_s)));

        auto *remove = m_client->deleteModelVersion(m_modelId, u"0.2.0"_s);
        QVERIFY(waitFor(remove));
        QVERIFY(remove->succeeded());
        QCOMPARE(latestName(), u"0.1.0"_s);
        auto *last = m_client->deleteModelVersion(m_modelId, u"0.1.0"_s);
        QVERIFY(waitFor(last));
        QCOMPARE(latestName(), QString());
        QVERIFY(store().model(m_modelId)->gmtLatestVersionModifiedTime.isEmpty());
    }

    void deletingTheModelRemovesItsVersions()
    {
        QCOMPARE(createVersion(draft()), u"0.1.0"_s);
        QCOMPARE(createVersion(draft()), u"0.2.0"_s);
        auto *call = m_client->deleteModel(m_modelId);
        QVERIFY(waitFor(call));
        QVERIFY(call->succeeded());
        QCOMPARE(store().versionCount(), 0);
        auto *get = m_client->getModelVersion(m_modelId, u"0.1.0"_s);
        QVERIFY(waitFor(get));
        QVERIFY(get->error());
        QCOMPARE(get->error()->code, QString::fromLatin1(sandbox::ModelNotFoundCode));
    }

    void listFilters_data()
    {
        QTest::addColumn<api::VersionListQuery>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<qint64>("total");
        api::VersionListQuery all;
        QTest::newRow("default page of 10, oldest first")
            << all << QStringList{u"0.1.0"_s, u"0.2.0"_s, u"1.0.0"_s, u"1.1.0_rc"_s, u"2.0.0"_s}
            << qint64(5);
        api::VersionListQuery desc;
        desc.sortBy = u"GmtCreateTime"_s;
        desc.order = u"DESC"_s;
        desc.pageSize = 2;
        QTest::newRow("newest first, page size 2")
            << desc << QStringList{u"2.0.0"_s, u"1.1.0_rc"_s} << qint64(5);
        api::VersionListQuery page2 = desc;
        page2.pageNumber = 3;
        QTest::newRow("last page") << page2 << QStringList{u"0.1.0"_s} << qint64(5);
        api::VersionListQuery name;
        name.versionName = u"1.0"_s; // a substring: 0.1.0 and 1.1.0_rc have it too
        QTest::newRow("VersionName substring")
            << name << QStringList{u"0.1.0"_s, u"1.0.0"_s, u"1.1.0_rc"_s} << qint64(3);
        api::VersionListQuery label;
        label.label = u"PROD"_s;
        QTest::newRow("Label in key or value") << label << QStringList{u"1.0.0"_s} << qint64(1);
        api::VersionListQuery format;
        format.formatType = u"onnx"_s;
        QTest::newRow("FormatType") << format << QStringList{u"0.2.0"_s, u"2.0.0"_s} << qint64(2);
        api::VersionListQuery framework;
        framework.frameworkType = u"TensorFlow"_s;
        QTest::newRow("FrameworkType") << framework << QStringList{u"0.1.0"_s} << qint64(1);
        api::VersionListQuery source;
        source.sourceType = u"TrainingService"_s;
        source.sourceId = u"job-7"_s;
        QTest::newRow("SourceType and SourceId")
            << source << QStringList{u"1.1.0_rc"_s} << qint64(1);
        api::VersionListQuery approval;
        approval.approvalStatus = u"Rejected"_s;
        QTest::newRow("ApprovalStatus") << approval << QStringList{u"0.2.0"_s} << qint64(1);
    }

    void listFilters()
    {
        QFETCH(api::VersionListQuery, query);
        QFETCH(QStringList, expected);
        QFETCH(qint64, total);
        struct Row
        {
            const char *name, *format, *framework, *approval, *sourceType, *sourceId, *label;
        };
        const Row rows[] = {
            {"0.1.0", "SavedModel", "TensorFlow", "Approved", "Custom", "", "stage=dev"},
            {"0.2.0", "ONNX", "Pytorch", "Rejected", "PAIFlow", "run-1", ""},
            {"1.0.0", "TorchScript", "Pytorch", "Approved", "TrainingService", "job-1", "env=prod"},
            {"1.1.0_rc", "TorchScript", "Pytorch", "Pending", "TrainingService", "job-7", ""},
            {"2.0.0", "ONNX", "Pytorch", "Pending", "Custom", "", ""},
        };
        QDateTime time = QDateTime::currentDateTimeUtc().addDays(-1);
        for (const Row &row : rows) {
            pai::ModelVersion version = storedVersion(QString::fromLatin1(row.name), SomeUri);
            version.formatType = QString::fromLatin1(row.format);
            version.frameworkType = QString::fromLatin1(row.framework);
            version.approvalStatus = QString::fromLatin1(row.approval);
            version.sourceType = QString::fromLatin1(row.sourceType);
            version.sourceId = QString::fromLatin1(row.sourceId);
            const QStringList label = QString::fromLatin1(row.label).split(u'=');
            if (label.size() == 2)
                version.labels = {{label.at(0), label.at(1)}};
            time = time.addSecs(60);
            version.gmtCreateTime = sandbox::ModelStore::versionTimestamp(time);
            QVERIFY(store().addVersion(m_modelId, version));
        }
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        auto *call = m_client->listModelVersions(m_modelId, query);
        QVERIFY(waitFor(call));
        QVERIFY2(call->succeeded(), qPrintable(failure(call)));
        QCOMPARE(names(call->page().versions), expected);
        QCOMPARE(call->page().totalCount, total);
        QVERIFY(call->page().skippedRows.isEmpty());
        // The filters travel as plain query parameters under their API names.
        QTRY_COMPARE(requests.size(), 1);
        const auto request = requests.constFirst().constFirst().value<sandbox::ReceivedRequest>();
        for (const auto &[key, value] : query.toQueryItems())
            QVERIFY2(request.rawQuery.contains(key.toLatin1() + '='), request.rawQuery.constData());
    }

    void listAllReadsEveryPage()
    {
        for (int i = 0; i < 23; ++i)
            QVERIFY(store().addVersion(m_modelId, storedVersion({}, SomeUri)));
        m_client->setListAllPageSize(5);
        auto *call = m_client->listAllModelVersions(m_modelId);
        QSignalSpy arrived(call, &api::ListAllModelVersionsCall::versionsArrived);
        QVERIFY(waitFor(call));
        QVERIFY2(call->succeeded(), qPrintable(failure(call)));
        QCOMPARE(call->versions().size(), 23);
        QCOMPARE(call->versions().constFirst().versionName, u"0.1.0"_s);
        QCOMPARE(call->versions().constLast().versionName, u"0.23.0"_s);
        QCOMPARE(call->pageCount(), 5);
        QVERIFY(!arrived.isEmpty());
        QVERIFY(call->warnings().isEmpty());
    }

    void pathParametersAreEncoded()
    {
        QCOMPARE(api::requests::versionPath(u"model/x"_s, u"1.0.0_a b"_s),
                 "/api/v1/models/model%2Fx/versions/1.0.0_a%20b"_ba);
        QCOMPARE(api::requests::versionsPath(u"m"_s), "/api/v1/models/m/versions"_ba);
        // A name that needs encoding reaches the sandbox decoded.
        auto *call = m_client->getModelVersion(m_modelId, u"1.0.0/../x"_s);
        QVERIFY(waitFor(call));
        QVERIFY(call->error());
        QCOMPARE(call->error()->code, QString::fromLatin1(sandbox::VersionNotFoundCode));
        QVERIFY(call->error()->message.contains(u"1.0.0/../x"_s));
        QCOMPARE(api::requests::getModelVersion(u"m-1"_s, u"0.1.0"_s).target, u"m-1:0.1.0"_s);
    }

    void faultsApplyToVersionRoutes()
    {
        // Throttling on the create, by its operation name: nothing is stored.
        sandbox::FaultPlan throttle;
        throttle.operations = {u"CreateModelVersion"_s};
        throttle.throttleRate = 1.0;
        m_sandbox->server().setFaultPlan(throttle);
        auto *create = m_client->createModelVersion(m_modelId, draft(u"1.0.0"_s));
        QVERIFY(waitFor(create));
        QVERIFY(create->error() && create->error()->isThrottling());
        QCOMPARE(store().versionCount(), 0);

        // A dropped answer after the store took the create: stored once, the client cannot know.
        sandbox::FaultPlan drop;
        drop.operations = {u"CreateModelVersion"_s};
        drop.dropRate = 1.0;
        drop.applyWritesBeforeFault = true;
        m_sandbox->server().setFaultPlan(drop);
        auto *lost = m_client->createModelVersion(m_modelId, draft());
        QVERIFY(waitFor(lost));
        QVERIFY(lost->error());
        QVERIFY(!lost->error()->provesNotApplied());
        QCOMPARE(names(store().versions(m_modelId)), QStringList{u"0.1.0"_s});

        // Latency by operation name.
        sandbox::FaultPlan slow;
        slow.latencyMs = 300;
        slow.latencyOperations = {u"GetModelVersion"_s};
        m_sandbox->server().setFaultPlan(slow);
        QElapsedTimer timer;
        timer.start();
        auto *get = m_client->getModelVersion(m_modelId, u"0.1.0"_s);
        QVERIFY(waitFor(get));
        QVERIFY(get->succeeded());
        QVERIFY(timer.elapsed() >= 300);
        timer.restart();
        auto *list = m_client->listModelVersions(m_modelId);
        QVERIFY(waitFor(list));
        QVERIFY(timer.elapsed() < 300);
    }

    void dataFileKeepsVersions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sandbox.json"_s);
        {
            sandbox::ModelStore first;
            QVERIFY(first.attachFile(path));
            for (const pai::Workspace &workspace : sandbox::DemoData::workspaces())
                first.addWorkspace(workspace);
            pai::Model model;
            model.modelName = u"kept"_s;
            const QString id = first.addModel(model).modelId;
            pai::ModelVersion version = storedVersion({}, SomeUri);
            version.metrics = QJsonObject{{u"acc"_s, 0.9}};
            version.options = u"{}"_s;
            QVERIFY(first.addVersion(id, version));
            QVERIFY(first.addVersion(id, storedVersion(u"1.0.0_final"_s, SomeUri)));
        }
        sandbox::ModelStore second;
        QString error;
        QVERIFY2(second.attachFile(path, &error), qPrintable(error));
        const QString id = second.models().constFirst().modelId;
        QCOMPARE(names(second.versions(id)), (QStringList{u"0.1.0"_s, u"1.0.0_final"_s}));
        QCOMPARE(second.version(id, u"0.1.0"_s)->metrics.value(u"acc"_s).toDouble(), 0.9);
        QCOMPARE(second.version(id, u"0.1.0"_s)->options, u"{}"_s);
        QCOMPARE(second.nextVersionName(id), u"1.1.0"_s);
        // The model's LatestVersion came back with it.
        QCOMPARE(second.models().constFirst().latestVersion.value(u"VersionName"_s).toString(),
                 u"1.0.0_final"_s);
    }

    void demoVersionsAreRealistic()
    {
        const QList<pai::Model> models = sandbox::DemoData::models();
        const QHash<QString, QList<pai::ModelVersion>> versions = sandbox::DemoData::versions();
        QCOMPARE(versions.size(), models.size());
        QSet<QString> approvals;
        QSet<int> counts;
        for (const pai::Model &model : models) {
            const QList<pai::ModelVersion> list = versions.value(model.modelId);
            QVERIFY2(list.size() >= 1 && list.size() <= 5, qPrintable(model.modelName));
            counts.insert(int(list.size()));
            QSet<QString> seen;
            for (const pai::ModelVersion &version : list) {
                pai::ModelVersionDraft draft = pai::ModelVersionDraft::fromVersion(version);
                const QList<pai::FieldError> errors = pai::FieldRules::checkVersionDraft(draft);
                QVERIFY2(errors.isEmpty(),
                         qPrintable(errors.isEmpty() ? QString() : errors.first().message));
                QVERIFY(
                    version.uri.startsWith(u"oss://paidesk-demo.oss-cn-hangzhou.aliyuncs.com/"_s));
                QVERIFY(!version.metrics.isEmpty());
                QVERIFY(!seen.contains(version.versionName));
                seen.insert(version.versionName);
                approvals.insert(version.approvalStatus);
            }
            QCOMPARE(model.latestVersion, pai::WireJson::versionToJson(list.constLast()));
        }
        QCOMPARE(approvals, (QSet<QString>{u"Pending"_s, u"Approved"_s, u"Rejected"_s}));
        QCOMPARE(counts, (QSet<int>{1, 2, 3, 4, 5}));
        // In a store, the demo models' LatestVersion is the one the store computes.
        SandboxFixture demo(SandboxFixture::Content::Demo);
        const pai::Model first = demo.store().models().constFirst();
        QCOMPARE(first.latestVersion, models.constFirst().latestVersion);
        QCOMPARE(demo.store().versions(first.modelId), versions.value(first.modelId));
    }
};

QTEST_GUILESS_MAIN(TestModelVersions)
#include "tst_modelversions.moc"
