#include "terraform/driftcomparer.h"
#include "terraform/ignorelist.h"
#include "terraform/staterevert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using terraform::DriftComparer;
using terraform::DriftFinding;
using terraform::DriftStatus;
using terraform::FieldDrift;
using terraform::StateInstance;

namespace {

// JSON text with placeholders for the strings that hold escaped quotes (JSON inside JSON),
// which read better spelled out once here.
QJsonObject json(const char *text)
{
    QByteArray bytes(text);
    bytes.replace("\"NESTED\"", "\"{\\\"a\\\":[1,2]}\"");
    bytes.replace("\"SPACED\"", "\"{ \\\"a\\\": [1, 2] }\"");
    bytes.replace("\"OPTIONS\"", "\"{\\\"b\\\": 1, \\\"a\\\": 2}\"");
    return QJsonDocument::fromJson(bytes).object();
}

// The attributes Terraform stores after creating `live()`.
QJsonObject stateOfLive()
{
    return json(
        R"({ "accessibility": "PRIVATE", "domain": "aigc", "id": "model-1", "extra_info": {"test": "15", "flag": "true", "nested": "NESTED", "s": "x"}, "labels": [{"key": "base_model", "value": "SD 1.5"}, {"key": "team", "value": "vision"}], "model_description": "Described.", "model_doc": "", "model_name": "terraform_example", "model_type": "Checkpoint", "order_number": 1, "origin": "Civitai", "task": null, "timeouts": null, "workspace_id": "123456"})");
}

pai::Model live()
{
    pai::Model model;
    model.modelId = u"model-1"_s;
    model.modelName = u"terraform_example"_s;
    model.modelDescription = u"Described."_s;
    model.modelType = u"Checkpoint"_s;
    model.domain = u"aigc"_s;
    model.origin = u"Civitai"_s;
    model.accessibility = u"PRIVATE"_s;
    model.orderNumber = 1;
    model.workspaceId = u"123456"_s;
    model.labels = {{u"base_model"_s, u"SD 1.5"_s}, {u"team"_s, u"vision"_s}};
    model.extraInfo =
        json(R"({"test": 15, "flag": true, "nested": {"a": [1, 2]}, "s": "x", "gone": null})");
    model.gmtModifiedTime = u"2025-01-01T00:00:00Z"_s; // not a provider attribute
    return model;
}

StateInstance instance(const QJsonObject &attributes)
{
    StateInstance state;
    state.address = u"alicloud_pai_workspace_model.m"_s;
    state.type = u"alicloud_pai_workspace_model"_s;
    state.sourceFile = u"a.tfstate"_s;
    state.id = attributes.value(u"id"_s).toString();
    state.modelId = state.id;
    state.attributes = attributes;
    return state;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

using ModelChange = std::function<void(pai::Model &)>;
Q_DECLARE_METATYPE(ModelChange)

class TestDriftComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelFields_data();
    void modelFields();
    void taintedStaysTaintedWithItsDifferences();
    void missingAndUnmanaged();
    void versionFields();
    void mapValueText_data();
    void mapValueText();
    void findingJson();
    void revertDraftHoldsTheStateValues();
    void ignoreList_data();
    void ignoreList();
};

void TestDriftComparer::modelFields_data()
{
    QTest::addColumn<QJsonObject>("state");
    QTest::addColumn<ModelChange>("change");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("status");

    const ModelChange none = [](pai::Model &) {};
    const int inSync = int(DriftStatus::InSync);
    const int drifted = int(DriftStatus::Drifted);

    QTest::newRow("as created") << stateOfLive() << none << QStringList() << inSync;
    QTest::newRow("description edited")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.modelDescription = u"Edited"_s; })
        << QStringList{u"model_description"_s} << drifted;
    QTest::newRow("label value edited")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.labels[1].value = u"audio"_s; })
        << QStringList{u"labels"_s} << drifted;
    QTest::newRow("labels reordered: soft, in sync")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.labels.swapItemsAt(0, 1); })
        << QStringList{u"labels"_s} << inSync;
    QTest::newRow("label added") << stateOfLive() << ModelChange([](pai::Model &m) {
        m.labels.append({u"k"_s, u"v"_s});
    }) << QStringList{u"labels"_s}
                                 << drifted;
    QTest::newRow("extra_info number changed")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.extraInfo.insert(u"test"_s, 16); })
        << QStringList{u"extra_info"_s} << drifted;
    QTest::newRow("extra_info nested changed") << stateOfLive() << ModelChange([](pai::Model &m) {
        m.extraInfo.insert(u"nested"_s, QJsonObject{{u"a"_s, QJsonArray{1}}});
    }) << QStringList{u"extra_info"_s} << drifted;
    QTest::newRow("extra_info key added")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.extraInfo.insert(u"new"_s, u""_s); })
        << QStringList{u"extra_info"_s} << drifted;
    QTest::newRow("nested JSON spaced differently in the state")
        << with(stateOfLive(), u"extra_info"_s,
                json(R"({"test": "15.0", "flag": "true", "nested": "SPACED", "s": "x"})"))
        << none << QStringList() << inSync;
    QTest::newRow("empty, null and unset are equal")
        << with(with(with(stateOfLive(), u"model_doc"_s, QJsonValue::Null), u"task"_s, u""_s),
                u"origin"_s, QJsonValue::Undefined)
        << ModelChange([](pai::Model &m) { m.origin.clear(); }) << QStringList() << inSync;
    QTest::newRow("order_number 0 is unset")
        << with(stateOfLive(), u"order_number"_s, 0)
        << ModelChange([](pai::Model &m) { m.orderNumber.reset(); }) << QStringList() << inSync;
    QTest::newRow("order_number changed")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.orderNumber = 2; })
        << QStringList{u"order_number"_s} << drifted;
    QTest::newRow("empty maps and lists are unset")
        << with(with(stateOfLive(), u"labels"_s, QJsonArray()), u"extra_info"_s, QJsonValue::Null)
        << ModelChange([](pai::Model &m) {
               m.labels.clear();
               m.extraInfo = QJsonObject{{u"only"_s, QJsonValue::Null}};
           })
        << QStringList() << inSync;
    QTest::newRow("computed attributes left empty in the state")
        << with(with(stateOfLive(), u"accessibility"_s, u""_s), u"workspace_id"_s, QJsonValue::Null)
        << none << QStringList() << inSync;
    QTest::newRow("accessibility changed")
        << stateOfLive() << ModelChange([](pai::Model &m) { m.accessibility = u"PUBLIC"_s; })
        << QStringList{u"accessibility"_s} << drifted;
    QTest::newRow("several, in attribute order") << stateOfLive() << ModelChange([](pai::Model &m) {
        m.task = u"t"_s;
        m.modelName = u"renamed"_s;
        m.extraInfo.remove(u"s"_s);
    }) << QStringList{u"model_name"_s, u"task"_s, u"extra_info"_s}
                                                 << drifted;
    QTest::newRow("unknown state attributes are not compared")
        << with(stateOfLive(), u"create_time"_s, u"2020"_s) << none << QStringList() << inSync;
}

void TestDriftComparer::modelFields()
{
    QFETCH(QJsonObject, state);
    QFETCH(ModelChange, change);
    QFETCH(QStringList, fields);
    QFETCH(int, status);
    pai::Model model = live();
    change(model);
    const DriftFinding finding = DriftComparer::compare(instance(state), model);
    QCOMPARE(finding.fieldNames(), fields);
    QCOMPARE(int(finding.status), status);
    QCOMPARE(finding.address, u"alicloud_pai_workspace_model.m"_s);
    QCOMPARE(finding.modelName, model.modelName);
}

void TestDriftComparer::taintedStaysTaintedWithItsDifferences()
{
    StateInstance state = instance(stateOfLive());
    state.tainted = true;
    pai::Model model = live();
    QCOMPARE(DriftComparer::compare(state, model).status, DriftStatus::Tainted);
    model.modelDescription = u"Edited"_s;
    const DriftFinding finding = DriftComparer::compare(state, model);
    QCOMPARE(finding.status, DriftStatus::Tainted);
    QCOMPARE(finding.fields,
             (QList<FieldDrift>{{u"model_description"_s, u"Described."_s, u"Edited"_s, false}}));
}

void TestDriftComparer::missingAndUnmanaged()
{
    const DriftFinding missing = DriftComparer::missing(instance(stateOfLive()));
    QCOMPARE(missing.status, DriftStatus::Missing);
    QCOMPARE(missing.modelName, u"terraform_example"_s); // from the state
    QVERIFY(missing.fields.isEmpty());

    const DriftFinding unmanaged = DriftComparer::unmanaged(live());
    QCOMPARE(unmanaged.status, DriftStatus::Unmanaged);
    QVERIFY(unmanaged.address.isEmpty());
    QVERIFY(unmanaged.type.isEmpty());
    QCOMPARE(unmanaged.modelId, u"model-1"_s);
    const QJsonObject object = unmanaged.toJson();
    QVERIFY(!object.contains(u"address"_s));
    QVERIFY(!object.contains(u"type"_s));
    QVERIFY(!object.contains(u"versionName"_s));
    QCOMPARE(object.value(u"status"_s).toString(), u"unmanaged"_s);
}

void TestDriftComparer::versionFields()
{
    StateInstance state;
    state.kind = StateInstance::Kind::Version;
    state.type = u"alicloud_pai_workspace_model_version"_s;
    state.address = u"alicloud_pai_workspace_model_version.v"_s;
    state.id = u"model-1:1.0.0"_s;
    state.modelId = u"model-1"_s;
    state.versionName = u"1.0.0"_s;
    state.attributes = json(
        R"({ "approval_status": "", "extra_info": {}, "format_type": "SavedModel", "framework_type": "TensorFlow", "id": "model-1:1.0.0", "inference_spec": {}, "labels": [{"key": "stage", "value": "gold"}], "metrics": {"acc": "0.91"}, "model_id": "model-1", "options": "OPTIONS", "source_id": null, "source_type": "Custom", "training_spec": {}, "uri": "oss://b/p/", "version_description": "first", "version_name": "1.0.0"})");

    pai::ModelVersion version;
    version.versionName = u"1.0.0"_s;
    version.uri = u"oss://b/p/"_s;
    version.formatType = u"SavedModel"_s;
    version.frameworkType = u"TensorFlow"_s;
    version.approvalStatus = u"Approved"_s; // computed, empty in the state: not drift
    version.sourceType = u"Custom"_s;
    version.versionDescription = u"first"_s;
    version.options = u"{\"a\":2,\"b\":1}"_s;
    version.metrics = QJsonObject{{u"acc"_s, 0.91}};
    version.labels = {{u"stage"_s, u"gold"_s}};

    DriftFinding finding = DriftComparer::compare(state, version);
    QCOMPARE(finding.fieldNames(), QStringList());
    QCOMPARE(finding.status, DriftStatus::InSync);
    QCOMPARE(finding.toJson().value(u"versionName"_s).toString(), u"1.0.0"_s);

    version.versionDescription = u"changed"_s;
    version.metrics.insert(u"acc"_s, 0.93);
    version.options = u"{}"_s;
    finding = DriftComparer::compare(state, version);
    QCOMPARE(finding.fieldNames(),
             (QStringList{u"version_description"_s, u"options"_s, u"metrics"_s}));
    QCOMPARE(finding.status, DriftStatus::Drifted);
}

void TestDriftComparer::mapValueText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::newRow("string") << QJsonValue(u"a b"_s) << u"a b"_s << true;
    QTest::newRow("integer") << QJsonValue(15) << u"15"_s << true;
    QTest::newRow("fraction") << QJsonValue(0.5) << u"0.5"_s << true;
    QTest::newRow("large") << QJsonValue(1e21) << u"1000000000000000000000"_s << true;
    QTest::newRow("boolean") << QJsonValue(false) << u"false"_s << true;
    QTest::newRow("object, keys sorted") << QJsonValue(json(R"({"b": 1, "a": [true, null]})"))
                                         << u"{\"a\":[true,null],\"b\":1}"_s << true;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << false;
}

void TestDriftComparer::mapValueText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QFETCH(bool, present);
    const auto result = DriftComparer::mapValueText(value);
    QCOMPARE(result.has_value(), present);
    if (present)
        QCOMPARE(*result, text);
}

void TestDriftComparer::findingJson()
{
    pai::Model model = live();
    model.modelDescription = u"Edited"_s;
    model.labels[1].value = u"audio"_s;
    const QJsonObject object = DriftComparer::compare(instance(stateOfLive()), model).toJson();
    QCOMPARE(object.value(u"address"_s).toString(), u"alicloud_pai_workspace_model.m"_s);
    QCOMPARE(object.value(u"type"_s).toString(), u"alicloud_pai_workspace_model"_s);
    QCOMPARE(object.value(u"modelId"_s).toString(), u"model-1"_s);
    QVERIFY(!object.contains(u"versionName"_s));
    QCOMPARE(object.value(u"status"_s).toString(), u"drifted"_s);
    const QJsonArray fields = object.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject(),
             json(R"({"name": "model_description", "state": "Described.", "live": "Edited"})"));
    QCOMPARE(
        fields.at(1).toObject(),
        json(
            R"({"name": "labels", "state": [{"key": "base_model", "value": "SD 1.5"}, {"key": "team", "value": "vision"}], "live": [{"key": "base_model", "value": "SD 1.5"}, {"key": "team", "value": "audio"}]})"));
}

void TestDriftComparer::revertDraftHoldsTheStateValues()
{
    const pai::Model original = live();
    pai::Model edited = original;
    edited.modelDescription = u"Edited"_s;
    edited.labels = {{u"team"_s, u"audio"_s}};
    edited.orderNumber.reset();
    edited.extraInfo.insert(u"s"_s, u"y"_s);
    const StateInstance state = instance(stateOfLive());

    const pai::ModelDraft draft = terraform::StateRevert::modelDraft(state, edited);
    QCOMPARE(draft.modelDescription, u"Described."_s);
    QCOMPARE(draft.labels, original.labels);
    QCOMPARE(draft.orderNumber, std::optional<qint64>(1));
    // Values whose text the state holds keep their live JSON type.
    QCOMPARE(draft.extraInfo.value(u"test"_s), QJsonValue(15));
    QCOMPARE(draft.extraInfo.value(u"s"_s), QJsonValue(u"x"_s));

    pai::Model reverted = edited;
    draft.writeTo(reverted);
    QCOMPARE(DriftComparer::compare(state, reverted).status, DriftStatus::InSync);
}

void TestDriftComparer::ignoreList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("modelName");
    QTest::addColumn<bool>("ignored");
    const QString list = u"# comment\n  model-abc  \n\ntmp-*\nexact[1]\nq?\n"_s;
    QTest::newRow("by id") << list << u"model-abc"_s << u"x"_s << true;
    QTest::newRow("by pattern") << list << u"model-2"_s << u"tmp-scratch"_s << true;
    QTest::newRow("pattern is anchored") << list << u"model-2"_s << u"my-tmp-x"_s << false;
    QTest::newRow("brackets are literal") << list << u"model-3"_s << u"exact[1]"_s << true;
    QTest::newRow("question mark") << list << u"model-4"_s << u"qa"_s << true;
    QTest::newRow("comment is no entry") << list << u"model-5"_s << u"# comment"_s << false;
    QTest::newRow("not listed") << list << u"model-6"_s << u"kept"_s << false;
}

void TestDriftComparer::ignoreList()
{
    QFETCH(QString, text);
    QFETCH(QString, modelId);
    QFETCH(QString, modelName);
    QFETCH(bool, ignored);
    pai::Model model;
    model.modelId = modelId;
    model.modelName = modelName;
    const terraform::IgnoreList list = terraform::IgnoreList::parse(text);
    QCOMPARE(list.entries(), (QStringList{u"model-abc"_s, u"tmp-*"_s, u"exact[1]"_s, u"q?"_s}));
    QCOMPARE(list.matches(model), ignored);
}

QTEST_GUILESS_MAIN(TestDriftComparer)
#include "tst_driftcomparer.moc"
