#include "pai/wirejson.h"
#include "sandbox/demodata.h"
#include "sandbox/modelstore.h"
#include "sandbox/operationhandler.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sandbox::ModelQuery;
using sandbox::ModelStore;

class TestModelStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDataIsRichAndDeterministic();
    void generatorIsDeterministicAndUnique();
    void pagingCoversEveryModelOnce_data();
    void pagingCoversEveryModelOnce();
    void filters_data();
    void filters();
    void descendingOrderReversesServerOrder();
    void labelsKeepOrderAndReplaceInPlace();
    void writesStampModifiedTime();
    void deleteRemovesOnlyThatModel();
    void persistenceRoundTrip();
    void corruptDataFileIsRejected();
    void workspacePaging();
    void listModelsPageIsWireJson_data();
    void listModelsPageIsWireJson();
};

void TestModelStore::demoDataIsRichAndDeterministic()
{
    const QList<pai::Workspace> workspaces = sandbox::DemoData::workspaces();
    const QList<pai::Model> models = sandbox::DemoData::models();
    QVERIFY(workspaces.size() >= 3);
    QVERIFY(models.size() >= 60);
    QCOMPARE(sandbox::DemoData::models(), models);

    QSet<QString> domains, tasks, origins, types, ids, workspaceIds;
    int nestedObjects = 0, nestedArrays = 0;
    for (const pai::Model &model : models) {
        domains.insert(model.domain);
        tasks.insert(model.task);
        origins.insert(model.origin);
        types.insert(model.modelType);
        ids.insert(model.modelId);
        workspaceIds.insert(model.workspaceId);
        QVERIFY2(model.modelId.startsWith(u"model-"_s), qPrintable(model.modelId));
        QVERIFY(!model.labels.isEmpty());
        for (const QJsonValue &value : model.extraInfo) {
            nestedObjects += value.isObject();
            nestedArrays += value.isArray();
        }
    }
    QCOMPARE(ids.size(), models.size());
    QVERIFY(domains.size() >= 4);
    QVERIFY(tasks.size() >= 8);
    QVERIFY(origins.size() >= 3);
    QVERIFY(types.size() >= 3);
    QCOMPARE(workspaceIds.size(), workspaces.size());
    QVERIFY(nestedObjects >= models.size());
    QVERIFY(nestedArrays >= models.size());

    // Every demo model survives the wire mapping unchanged.
    for (const pai::Model &model : models) {
        const auto parsed = pai::WireJson::modelFromJson(pai::WireJson::modelToJson(model));
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(*parsed.value, model);
    }
}

void TestModelStore::generatorIsDeterministicAndUnique()
{
    const QStringList workspaceIds{u"1"_s, u"2"_s};
    const QList<pai::Model> first = sandbox::DemoData::generate(2000, workspaceIds, 7);
    QCOMPARE(first.size(), 2000);
    QCOMPARE(sandbox::DemoData::generate(2000, workspaceIds, 7), first);
    QVERIFY(sandbox::DemoData::generate(2000, workspaceIds, 8) != first);
    QSet<QString> ids;
    for (const pai::Model &model : first)
        ids.insert(model.modelId);
    QCOMPARE(ids.size(), first.size());
    QCOMPARE(first.at(1).workspaceId, u"2"_s);
    QVERIFY(first.at(0).gmtCreateTime < first.at(1).gmtCreateTime);
}

void TestModelStore::pagingCoversEveryModelOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("default 10") << 10;
    QTest::newRow("7, last page short") << 7;
    QTest::newRow("100, one page") << 100;
    QTest::newRow("1") << 1;
}

void TestModelStore::pagingCoversEveryModelOnce()
{
    QFETCH(int, pageSize);
    ModelStore store;
    sandbox::DemoData::populate(store);
    // A listing without filters is the caller's own models: the gallery's are left out.
    const QList<pai::Model> all = store.models();
    const qsizetype total = std::count_if(
        all.cbegin(), all.cend(), [](const pai::Model &model) { return !model.isGalleryModel(); });

    QStringList seen;
    for (qint64 page = 1;; ++page) {
        ModelQuery query;
        query.pageNumber = page;
        query.pageSize = pageSize;
        const sandbox::ModelQueryResult result = store.listModels(query);
        QCOMPARE(result.totalCount, total);
        if (result.models.isEmpty())
            break;
        QVERIFY(result.models.size() <= pageSize);
        for (const pai::Model &model : result.models)
            seen.append(model.modelId);
    }
    QStringList expected;
    for (const pai::Model &model : all) {
        if (!model.isGalleryModel())
            expected.append(model.modelId);
    }
    QCOMPARE(seen, expected);
}

void TestModelStore::filters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("Domain") << u"Domain"_s << u"audio"_s;
    QTest::newRow("Domain, other case") << u"Domain"_s << u"AIGC"_s;
    QTest::newRow("Task") << u"Task"_s << u"text-to-image"_s;
    QTest::newRow("Origin") << u"Origin"_s << u"Civitai"_s;
    QTest::newRow("ModelType") << u"ModelType"_s << u"LoRA"_s;
    QTest::newRow("WorkspaceId") << u"WorkspaceId"_s << u"23803"_s;
    QTest::newRow("ModelName substring") << u"ModelName"_s << u"whisper"_s;
    QTest::newRow("Label value") << u"Label"_s << u"apache"_s;
    QTest::newRow("Label key") << u"Label"_s << u"language"_s;
    QTest::newRow("Query on name") << u"Query"_s << u"qwen"_s;
    QTest::newRow("Query on task") << u"Query"_s << u"speech"_s;
    QTest::newRow("Query on label") << u"Query"_s << u"llama3"_s;
    QTest::newRow("nothing matches") << u"ModelName"_s << u"no-such-model"_s;
}

void TestModelStore::filters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ModelStore store;
    sandbox::DemoData::populate(store);

    ModelQuery query;
    query.pageSize = 100;
    const auto contains = [&](const QString &text) {
        return text.contains(value, Qt::CaseInsensitive);
    };
    const auto labelContains = [&](const pai::Model &model) {
        return std::any_of(model.labels.cbegin(), model.labels.cend(), [&](const pai::Label &l) {
            return contains(l.key) || contains(l.value);
        });
    };
    std::function<bool(const pai::Model &)> expected;
    if (field == u"Domain"_s) {
        query.domain = value;
        expected = [&](const pai::Model &m) {
            return m.domain.compare(value, Qt::CaseInsensitive) == 0;
        };
    } else if (field == u"Task"_s) {
        query.task = value;
        expected = [&](const pai::Model &m) { return m.task == value; };
    } else if (field == u"Origin"_s) {
        query.origin = value;
        expected = [&](const pai::Model &m) { return m.origin == value; };
    } else if (field == u"ModelType"_s) {
        query.modelType = value;
        expected = [&](const pai::Model &m) { return m.modelType == value; };
    } else if (field == u"WorkspaceId"_s) {
        query.workspaceId = value;
        expected = [&](const pai::Model &m) { return m.workspaceId == value; };
    } else if (field == u"ModelName"_s) {
        query.modelName = value;
        expected = [&](const pai::Model &m) { return contains(m.modelName); };
    } else if (field == u"Label"_s) {
        query.label = value;
        expected = labelContains;
    } else {
        query.query = value;
        expected = [&](const pai::Model &m) {
            return contains(m.modelName) || contains(m.domain) || contains(m.task) ||
                   labelContains(m);
        };
    }

    QStringList wanted;
    for (const pai::Model &model : store.models()) {
        // Without Provider, only the caller's own models: never the gallery's.
        if (!model.isGalleryModel() && expected(model))
            wanted.append(model.modelId);
    }
    const sandbox::ModelQueryResult result = store.listModels(query);
    QStringList got;
    for (const pai::Model &model : result.models)
        got.append(model.modelId);
    QCOMPARE(got, wanted);
    QCOMPARE(result.totalCount, wanted.size());
    if (field != u"ModelName"_s || value != u"no-such-model"_s)
        QVERIFY2(!wanted.isEmpty(), "the demo data should contain a match");
}

void TestModelStore::descendingOrderReversesServerOrder()
{
    ModelStore store;
    sandbox::DemoData::populate(store);
    ModelQuery query;
    query.pageSize = 100;
    QList<pai::Model> ascending = store.listModels(query).models;
    query.newestFirst = true;
    const QList<pai::Model> descending = store.listModels(query).models;
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(descending, ascending);
}

void TestModelStore::labelsKeepOrderAndReplaceInPlace()
{
    ModelStore store;
    pai::Model model;
    model.modelName = u"m"_s;
    model.labels = {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}};
    const QString id = store.addModel(model).modelId;

    QVERIFY(store.putLabels(id, {{u"b"_s, u"20"_s}, {u"d"_s, u"4"_s}}));
    const pai::LabelList expected{
        {u"a"_s, u"1"_s}, {u"b"_s, u"20"_s}, {u"c"_s, u"3"_s}, {u"d"_s, u"4"_s}};
    QCOMPARE(store.model(id)->labels, expected);

    QVERIFY(store.removeLabels(id, {u"a"_s, u"c"_s, u"zzz"_s}));
    const pai::LabelList remaining{{u"b"_s, u"20"_s}, {u"d"_s, u"4"_s}};
    QCOMPARE(store.model(id)->labels, remaining);
    QVERIFY(!store.putLabels(u"model-missing"_s, {}));
}

void TestModelStore::writesStampModifiedTime()
{
    ModelStore store;
    QDateTime now(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    store.setClock([&now] { return now; });
    pai::Model model;
    model.modelName = u"m"_s;
    const pai::Model created = store.addModel(model);
    QCOMPARE(created.gmtCreateTime, u"2025-01-02T03:04:05Z"_s);
    QCOMPARE(created.gmtModifiedTime, created.gmtCreateTime);
    QVERIFY(created.modelId.startsWith(u"model-"_s));

    now = now.addSecs(61);
    QVERIFY(store.updateModel(created.modelId, [](pai::Model &m) { m.task = u"t"_s; }));
    QCOMPARE(store.model(created.modelId)->gmtModifiedTime, u"2025-01-02T03:05:06Z"_s);
    QCOMPARE(store.model(created.modelId)->gmtCreateTime, created.gmtCreateTime);

    now = now.addSecs(1);
    QVERIFY(store.putLabels(created.modelId, {{u"k"_s, u"v"_s}}));
    QCOMPARE(store.model(created.modelId)->gmtModifiedTime, u"2025-01-02T03:05:07Z"_s);
}

void TestModelStore::deleteRemovesOnlyThatModel()
{
    ModelStore store;
    sandbox::DemoData::populate(store);
    const QList<pai::Model> before = store.models();
    const QString victim = before.at(5).modelId;
    QVERIFY(store.deleteModel(victim));
    QVERIFY(!store.deleteModel(victim));
    QVERIFY(!store.model(victim));
    QCOMPARE(store.modelCount(), before.size() - 1);
    // The index still finds the models after the deleted one.
    QCOMPARE(*store.model(before.at(6).modelId), before.at(6));
    QCOMPARE(*store.model(before.last().modelId), before.last());
}

void TestModelStore::persistenceRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.json"_s);
    QString modelId;
    {
        ModelStore store;
        QString error;
        QVERIFY2(store.attachFile(path, &error), qPrintable(error));
        sandbox::DemoData::populate(store);
        pai::Model model;
        model.modelName = u"persisted"_s;
        model.labels = {{u"z"_s, u"1"_s}, {u"a"_s, u"2"_s}};
        model.extraInfo =
            QJsonObject{{u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, u"two"_s}}}}};
        model.orderNumber = 0;
        modelId = store.addModel(model).modelId;
        QVERIFY(store.lastSaveError().isEmpty());
    }
    QVERIFY(QFile::exists(path));
    // QSaveFile leaves nothing else behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"sandbox.json"_s});

    ModelStore reloaded;
    QString error;
    QVERIFY2(reloaded.attachFile(path, &error), qPrintable(error));
    ModelStore reference;
    sandbox::DemoData::populate(reference);
    QCOMPARE(reloaded.workspaces(), reference.workspaces());
    QCOMPARE(reloaded.modelCount(), reference.modelCount() + 1);
    const pai::Model model = *reloaded.model(modelId);
    QCOMPARE(model.modelName, u"persisted"_s);
    const pai::LabelList labels{{u"z"_s, u"1"_s}, {u"a"_s, u"2"_s}};
    QCOMPARE(model.labels, labels);
    QCOMPARE(model.orderNumber, std::optional<qint64>(0));
    QCOMPARE(model.extraInfo.value(u"nested"_s).toObject().value(u"list"_s).toArray(),
             (QJsonArray{1, u"two"_s}));
    for (const pai::Model &demo : reference.models())
        QCOMPARE(*reloaded.model(demo.modelId), demo);

    // A delete reaches the file too.
    QVERIFY(reloaded.deleteModel(modelId));
    ModelStore again;
    QVERIFY(again.attachFile(path));
    QVERIFY(!again.model(modelId));
}

void TestModelStore::corruptDataFileIsRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"Models": [{"ModelId": "model-1", "OrderNumber": "not a number"}]})");
    file.close();

    ModelStore store;
    QString error;
    QVERIFY(!store.attachFile(path, &error));
    QVERIFY2(error.contains(u"OrderNumber"_s), qPrintable(error));
    QVERIFY(store.filePath().isEmpty());
    QCOMPARE(store.modelCount(), 0);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"Models\": [");
    file.close();
    QVERIFY(!store.attachFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestModelStore::workspacePaging()
{
    ModelStore store;
    for (int i = 0; i < 45; ++i) {
        pai::Workspace workspace;
        workspace.workspaceName = u"ws_%1"_s.arg(i);
        store.addWorkspace(workspace);
    }
    sandbox::WorkspaceQuery query;
    QCOMPARE(query.pageSize, 20);
    sandbox::WorkspaceQueryResult result = store.listWorkspaces(query);
    QCOMPARE(result.totalCount, 45);
    QCOMPARE(result.workspaces.size(), 20);
    bool numeric = false;
    result.workspaces.first().workspaceId.toLongLong(&numeric);
    QVERIFY(numeric);
    query.pageNumber = 3;
    QCOMPARE(store.listWorkspaces(query).workspaces.size(), 5);
    query.pageNumber = 1;
    query.workspaceName = u"ws_4"_s;
    QCOMPARE(store.listWorkspaces(query).totalCount, 6); // ws_4, ws_40 .. ws_44
}

namespace {

// Models whose list items exercise every part of the mapping: labels, tags, nested ExtraInfo and
// keys the mapping does not know, plus text that JSON must escape.
QList<pai::Model> richModels()
{
    QList<pai::Model> models;
    for (int i = 0; i < 5; ++i) {
        pai::Model model;
        model.modelId = u"model-rich%1"_s.arg(i);
        model.modelName = u"rich \"quoted\" \u6a21\u578b %1"_s.arg(i);
        model.workspaceId = u"10001"_s;
        model.gmtCreateTime = u"2024-01-0%1T10:00:00Z"_s.arg(i + 1);
        model.labels = {{u"team"_s, u"nlp"_s}, {u"stage"_s, u"v%1"_s.arg(i)}};
        model.tags = {{u"owner"_s, u"a\\b"_s}};
        model.extraInfo = QJsonObject{
            {u"Nested"_s, QJsonObject{{u"Depth"_s, i}, {u"List"_s, QJsonArray{1, u"two"_s, true}}}},
            {u"Empty"_s, QJsonObject()}};
        model.unknownFields = QJsonObject{{u"FutureField"_s, QJsonArray{QJsonObject{{u"X"_s, i}}}},
                                          {u"FutureFlag"_s, false}};
        models.append(model);
    }
    return models;
}

} // namespace

void TestModelStore::listModelsPageIsWireJson_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("pageNumber");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("changeFirst");

    QTest::newRow("first page") << u"ASC"_s << 1 << 3 << false;
    QTest::newRow("last page, newest first") << u"DESC"_s << 2 << 3 << false;
    QTest::newRow("whole list after writes") << u"ASC"_s << 1 << 10 << true;
    QTest::newRow("past the end") << u"ASC"_s << 4 << 3 << false;
}

// ListModels pages are assembled from cached item JSON; the bytes must be what serializing the
// page as one QJsonObject gives, and a write must show in the next page.
void TestModelStore::listModelsPageIsWireJson()
{
    QFETCH(QString, order);
    QFETCH(int, pageNumber);
    QFETCH(int, pageSize);
    QFETCH(bool, changeFirst);

    ModelStore store;
    store.addModels(richModels());
    sandbox::OperationHandler handler(store);
    const api::QueryItems query{{u"PageNumber"_s, QString::number(pageNumber)},
                                {u"PageSize"_s, QString::number(pageSize)},
                                {u"Order"_s, order}};
    const sandbox::Route route{sandbox::Operation::ListModels, {}, {}};
    // A first listing fills the cache, so the writes below must invalidate it.
    QVERIFY(handler.handle(route, query, {}).isSuccess());
    if (changeFirst) {
        QVERIFY(store.updateModel(u"model-rich0"_s, [](pai::Model &model) {
            model.modelName = u"renamed"_s;
            model.extraInfo.insert(u"Nested"_s, QJsonObject{{u"Depth"_s, 42}});
        }));
        QVERIFY(store.putLabels(u"model-rich1"_s, {{u"team"_s, u"cv"_s}}));
        QVERIFY(store.removeLabels(u"model-rich2"_s, {u"stage"_s}));
        QVERIFY(store.deleteModel(u"model-rich3"_s));
        pai::Model added = richModels().constFirst();
        added.modelId = u"model-rich3"_s;
        added.modelName = u"re-added"_s;
        store.addModel(added);
    }

    const sandbox::ApiReply reply = handler.handle(route, query, {});
    QCOMPARE(reply.status, 200);
    const QByteArray bytes = reply.toJson();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QString requestId = document.object().value(u"RequestId"_s).toString();
    QVERIFY(!requestId.isEmpty());

    ModelQuery request;
    request.pageNumber = pageNumber;
    request.pageSize = pageSize;
    request.newestFirst = order == u"DESC"_s;
    const sandbox::ModelQueryResult result = store.listModels(request);
    QJsonArray items;
    for (const pai::Model &model : result.models)
        items.append(pai::WireJson::modelToJson(model, pai::WireJson::ModelShape::ListItem));
    const QJsonObject expected{
        {u"Models"_s, items}, {u"RequestId"_s, requestId}, {u"TotalCount"_s, result.totalCount}};
    QCOMPARE(document.object(), expected);
    QCOMPARE(bytes, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    if (changeFirst) {
        QVERIFY(bytes.contains("\"renamed\""));
        QVERIFY(bytes.contains("\"re-added\""));
        QVERIFY(bytes.contains("42"));
    }
}

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
