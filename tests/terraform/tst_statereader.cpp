#include "terraform/statereader.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using terraform::StateFile;
using terraform::StateInstance;
using terraform::StateReader;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(PAIDESK_TEST_DATA_DIR "/terraform-state/") + name;
}

struct Expected
{
    QString address;
    QString type;
    QString id;
    QString modelId;
    QString versionName;
    bool tainted = false;
};

// What tests/data/terraform-state/modules.tfstate and its show -json twin hold, in file order:
// root count (one tainted), root single (its deposed object skipped), a version with a
// for_each key, a legacy type two modules deep, a for_each inside a for_each module instance
// with a key that needs escaping. The data source, the workspace and the empty 0.12 entry are
// not instances of interest.
QList<Expected> modulesInstances()
{
    const QString model = u"alicloud_pai_workspace_model"_s;
    return {
        {u"alicloud_pai_workspace_model.counted[0]"_s,
         model,
         u"model-count00000000000a"_s,
         u"model-count00000000000a"_s,
         {},
         false},
        {u"alicloud_pai_workspace_model.counted[1]"_s,
         model,
         u"model-count00000000000b"_s,
         u"model-count00000000000b"_s,
         {},
         true},
        {u"alicloud_pai_workspace_model.single"_s,
         model,
         u"model-root0000000000001"_s,
         u"model-root0000000000001"_s,
         {},
         false},
        {u"alicloud_pai_workspace_model_version.v[\"v1\"]"_s,
         u"alicloud_pai_workspace_model_version"_s, u"model-root0000000000001:1.0.0"_s,
         u"model-root0000000000001"_s, u"1.0.0"_s, false},
        {u"module.a[0].module.b.alicloud_p_a_i_workspace_model.legacy"_s,
         u"alicloud_p_a_i_workspace_model"_s,
         u"model-legacy00000000001"_s,
         u"model-legacy00000000001"_s,
         {},
         false},
        {u"module.pai[\"prod\"].alicloud_pai_workspace_model.m[\"a\"]"_s,
         model,
         u"model-prodA000000000001"_s,
         u"model-prodA000000000001"_s,
         {},
         false},
        {u"module.pai[\"prod\"].alicloud_pai_workspace_model.m[\"b\\\"q\"]"_s,
         model,
         u"model-prodB000000000001"_s,
         u"model-prodB000000000001"_s,
         {},
         false},
    };
}

} // namespace

class TestStateReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInstanceWithItsAddress_data();
    void everyInstanceWithItsAddress();
    void attributesAreKeptAsStored();
    void v4HeaderIsRead();
    void flatAttributesOfAnUpgradedState();
    void malformedFilesNameTheFileAndThePath_data();
    void malformedFilesNameTheFileAndThePath();
    void unreadableFile();
    void byteOrderMarkIsTolerated();
    void emptyStates_data();
    void emptyStates();
    void indexSuffix_data();
    void indexSuffix();
};

void TestStateReader::everyInstanceWithItsAddress_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::newRow("state v4") << u"modules.tfstate"_s << int(StateFile::Format::V4);
    QTest::newRow("show -json") << u"show.json"_s << int(StateFile::Format::ShowJson);
    QTest::newRow("plan JSON prior_state") << u"plan.json"_s << int(StateFile::Format::ShowJson);
}

void TestStateReader::everyInstanceWithItsAddress()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const terraform::StateReadResult result = StateReader::readFile(dataFile(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(int(result.state->format), format);

    // Terraform sorts by module first; show -json lists the root before the children. Compare
    // as sets of addresses, then each instance by its address.
    const QList<Expected> expected = modulesInstances();
    QCOMPARE(result.state->instances.size(), expected.size());
    for (const Expected &want : expected) {
        const auto it = std::find_if(
            result.state->instances.cbegin(), result.state->instances.cend(),
            [&](const StateInstance &instance) { return instance.address == want.address; });
        QVERIFY2(it != result.state->instances.cend(), qPrintable(want.address));
        QCOMPARE(it->type, want.type);
        QCOMPARE(it->id, want.id);
        QCOMPARE(it->modelId, want.modelId);
        QCOMPARE(it->versionName, want.versionName);
        QCOMPARE(it->tainted, want.tainted);
        QCOMPARE(it->kind, want.versionName.isEmpty() ? StateInstance::Kind::Model
                                                      : StateInstance::Kind::Version);
        QCOMPARE(it->sourceFile, dataFile(file));
    }
}

void TestStateReader::attributesAreKeptAsStored()
{
    const auto result = StateReader::readFile(dataFile(u"modules.tfstate"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const StateInstance &single = result.state->instances.at(2);
    QCOMPARE(single.address, u"alicloud_pai_workspace_model.single"_s);
    QCOMPARE(single.text(u"model_description"_s), u"Root model."_s);
    QCOMPARE(single.text(u"order_number"_s), u"1"_s);
    QCOMPARE(single.text(u"timeouts"_s), QString());
    QCOMPARE(single.attributes.value(u"labels"_s).toArray().size(), 2);
    QCOMPARE(single.attributes.value(u"extra_info"_s).toObject().value(u"test"_s).toString(),
             u"15"_s);
}

void TestStateReader::v4HeaderIsRead()
{
    const auto result = StateReader::readFile(dataFile(u"modules.tfstate"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.state->terraformVersion, u"1.12.2"_s);
    QCOMPARE(result.state->serial, 42);
    QCOMPARE(result.state->lineage, u"3f1c2a9e-5b7d-4e0a-9c61-2d8f0b4a7e15"_s);
    QCOMPARE(result.state->path, dataFile(u"modules.tfstate"_s));
}

void TestStateReader::flatAttributesOfAnUpgradedState()
{
    const auto result = StateReader::readFile(dataFile(u"legacy_flat.tfstate"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.state->instances.size(), 1);
    const StateInstance &instance = result.state->instances.first();
    QCOMPARE(instance.address, u"alicloud_pai_workspace_model.flat[0]"_s);
    QCOMPARE(instance.modelId, u"model-flat0000000000001"_s);
    QCOMPARE(instance.text(u"model_description"_s), u"from v3"_s);
    const QJsonArray labels = instance.attributes.value(u"labels"_s).toArray();
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels.at(1).toObject().value(u"key"_s).toString(), u"b"_s);
    QCOMPARE(labels.at(1).toObject().value(u"value"_s).toString(), u"2"_s);
    QCOMPARE(instance.attributes.value(u"extra_info"_s).toObject(),
             QJsonObject({{u"k"_s, u"v"_s}}));
}

void TestStateReader::malformedFilesNameTheFileAndThePath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // after "<file>: "

    QTest::newRow("not JSON") << u"not_json.tfstate"_s
                              << u"not a Terraform state: the JSON is broken at byte"_s;
    QTest::newRow("not an object")
        << u"array.tfstate"_s << u"not a Terraform state: expected a JSON object"_s;
    QTest::newRow("legacy version")
        << u"version3.tfstate"_s << u"state version 3 is a legacy format"_s;
    QTest::newRow("newer version")
        << u"version5.tfstate"_s << u"state version 5 is newer than this tool reads"_s;
    QTest::newRow("no version") << u"no_version.json"_s
                                << u"not a Terraform state: no \"version\" number"_s;
    QTest::newRow("encrypted") << u"encrypted.tfstate"_s << u"the state is encrypted"_s;
    QTest::newRow("resources not a list")
        << u"resources_object.tfstate"_s << u"resources: expected an array"_s;
    QTest::newRow("no type") << u"missing_type.tfstate"_s << u"resources[0].type: missing"_s;
    QTest::newRow("no id") << u"missing_id.tfstate"_s
                           << u"resources[0].instances[0].attributes.id: missing"_s;
    QTest::newRow("boolean key")
        << u"bad_index_key.tfstate"_s
        << u"resources[0].instances[0].index_key: expected a whole number or a string"_s;
    QTest::newRow("attributes a string")
        << u"attributes_string.tfstate"_s
        << u"resources[0].instances[1].attributes: expected an object"_s;
    QTest::newRow("version without its model")
        << u"version_bad_id.tfstate"_s
        << u"resources[0].instances[0].attributes.id: expected \"<model ID>:<version name>\""_s;
    QTest::newRow("show -json 2.0")
        << u"show_v2.json"_s << u"the JSON output format 2.0 is not supported"_s;
    QTest::newRow("show -json address that is not its resource's")
        << u"show_address_mismatch.json"_s
        << u"values.root_module.resources[0].address: expected "
           "alicloud_pai_workspace_model.counted[0]"_s;
    QTest::newRow("show -json without values")
        << u"show_no_values.json"_s
        << u"values.root_module.child_modules[0].resources[0].values: missing"_s;
}

void TestStateReader::malformedFilesNameTheFileAndThePath()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = dataFile(u"malformed/"_s + file);
    const auto result = StateReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path + u": "_s + message), qPrintable(result.error));
}

void TestStateReader::unreadableFile()
{
    const QString path = dataFile(u"no-such-file.tfstate"_s);
    const auto result = StateReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path + u": cannot read the file"_s), qPrintable(result.error));
}

void TestStateReader::byteOrderMarkIsTolerated()
{
    QFile file(dataFile(u"modules.tfstate"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto result = StateReader::read("\xEF\xBB\xBF" + file.readAll(), u"bom.tfstate"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.state->instances.size(), modulesInstances().size());
}

void TestStateReader::emptyStates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no resources key") << QByteArray(R"({"version":4,"serial":1})");
    QTest::newRow("empty resources") << QByteArray(R"({"version":4,"resources":[]})");
    QTest::newRow("show -json of an empty state")
        << QByteArray(R"({"format_version":"1.0","terraform_version":"1.9.0"})");
    QTest::newRow("0.12 entry without instances") << QByteArray(
        R"({"version":4,"resources":[{"mode":"managed","type":"alicloud_pai_workspace_model","name":"m","each":"list","provider":"provider.alicloud","instances":[]}]})");
    QTest::newRow("unknown keys everywhere") << QByteArray(
        R"({"version":4,"future":1,"resources":[{"mode":"managed","type":"aws_s3_bucket","name":"b","x":{},"instances":[{"whatever":true}]}]})");
}

void TestStateReader::emptyStates()
{
    QFETCH(QByteArray, json);
    const auto result = StateReader::read(json, u"empty.tfstate"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.state->instances.isEmpty());
}

void TestStateReader::indexSuffix_data()
{
    QTest::addColumn<QJsonValue>("key");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("count") << QJsonValue(3) << u"[3]"_s;
    QTest::newRow("for_each") << QJsonValue(u"prod"_s) << u"[\"prod\"]"_s;
    QTest::newRow("quote and backslash") << QJsonValue(u"a\"b\\c"_s) << u"[\"a\\\"b\\\\c\"]"_s;
    QTest::newRow("newline") << QJsonValue(u"a\nb"_s) << u"[\"a\\nb\"]"_s;
}

void TestStateReader::indexSuffix()
{
    QFETCH(QJsonValue, key);
    QFETCH(QString, suffix);
    QCOMPARE(StateReader::indexSuffix(key), suffix);
}

QTEST_GUILESS_MAIN(TestStateReader)
#include "tst_statereader.moc"
