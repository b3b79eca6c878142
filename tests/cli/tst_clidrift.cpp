#include "clirunner.h"
#include "hclcheck.h"
#include "support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

namespace {

QString stateFile(const QString &name)
{
    return QStringLiteral(PAIDESK_TEST_DATA_DIR "/terraform-state/") + name;
}

pai::Model sandboxModel(const QString &id, const QString &name, const QString &description,
                        const pai::LabelList &labels, const QJsonObject &extraInfo,
                        const QString &workspaceId = u"23802"_s)
{
    pai::Model model;
    model.modelId = id;
    model.modelName = name;
    model.modelDescription = description;
    model.modelType = u"Checkpoint"_s;
    model.domain = u"nlp"_s;
    model.accessibility = u"PRIVATE"_s;
    model.workspaceId = workspaceId;
    model.labels = labels;
    model.extraInfo = extraInfo;
    return model;
}

QString address(const QString &key)
{
    return u"module.pai.alicloud_pai_workspace_model.m[\"%1\"]"_s.arg(key);
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

// `paidesk-cli drift` against the sandbox, with the state of tests/data/terraform-state/
// sandbox.tfstate: Terraform created three models in workspace 23802; since then one was edited
// in the console (its description and a label value), one deleted, and two were made by hand,
// one of them a scratch model the ignore list names.
class TestCliDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void findingsAsJson();
    void table();
    void allWorkspacesAndNoIgnoreList();
    void inSyncExitsWithZero();
    void severalStatesWithVersions();
    void exportUnmanagedWithImportBlocks();
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();

private:
    CliResult run(const QStringList &arguments);

    std::unique_ptr<SandboxFixture> m_fixture;
    QTemporaryDir m_dir;
};

void TestCliDrift::init()
{
    m_fixture = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
    QVERIFY(m_fixture->isListening());
    sandbox::ModelStore &store = m_fixture->store();
    // As Terraform left it, but for ExtraInfo's number, which the provider stores as "3".
    store.addModel(sandboxModel(u"model-insync00000000001"_s, u"insync_model"_s,
                                u"Kept as Terraform wrote it."_s, {{u"env"_s, u"prod"_s}},
                                QJsonObject{{u"epochs"_s, 3}}));
    store.addModel(sandboxModel(
        u"model-drifted0000000002"_s, u"drifted_model"_s, u"Edited in the console."_s,
        {{u"env"_s, u"staging"_s}, {u"team"_s, u"ml"_s}}, QJsonObject{{u"owner"_s, u"ml-team"_s}}));
    store.addModel(sandboxModel(u"model-unmanaged00000004"_s, u"adhoc_model"_s, u"Made by hand."_s,
                                {{u"env"_s, u"dev"_s}}, {}));
    store.addModel(sandboxModel(u"model-ignored0000000005"_s, u"tmp-scratch"_s, {}, {}, {}));
    store.addModel(
        sandboxModel(u"model-elsewhere00000006"_s, u"elsewhere_model"_s, {}, {}, {}, u"23801"_s));
}

void TestCliDrift::cleanup()
{
    m_fixture.reset();
}

CliResult TestCliDrift::run(const QStringList &arguments)
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeySecret));
    environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"cn-shanghai"_s);
    return runCli(QStringList{u"--endpoint"_s, m_fixture->url().toString()} + arguments,
                  environment);
}

void TestCliDrift::findingsAsJson()
{
    const CliResult result =
        run({u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s), u"--ignore"_s,
             stateFile(u"sandbox.ignore"_s), u"--output"_s, u"json"_s});
    QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("1 unmanaged model left out by the ignore list"),
             qPrintable(result.describe()));
    QVERIFY2(result.err.contains("serial 9, lineage 6c2d7e10-aa41-4e7b-9d3e-1f0c8b9a2e77"),
             qPrintable(result.describe()));

    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(findings.size(), 4);
    const QString state = stateFile(u"sandbox.tfstate"_s);

    QJsonObject drifted = parse(
        R"({"type": "alicloud_pai_workspace_model", "modelId": "model-drifted0000000002", "modelName": "drifted_model", "workspaceId": "23802", "status": "drifted", "fields": [ {"name": "model_description", "state": "Described in Terraform.", "live": "Edited in the console."}, {"name": "labels", "state": [{"key": "env", "value": "prod"}, {"key": "team", "value": "ml"}], "live": [{"key": "env", "value": "staging"}, {"key": "team", "value": "ml"}]}]})");
    drifted.insert(u"state"_s, state);
    drifted.insert(u"address"_s, address(u"drifted"_s));
    QCOMPARE(findings.at(0).toObject(), drifted);

    QJsonObject missing = parse(
        R"({"type": "alicloud_pai_workspace_model", "modelId": "model-deleted0000000003", "modelName": "deleted_model", "workspaceId": "23802", "status": "missing", "fields": []})");
    missing.insert(u"state"_s, state);
    missing.insert(u"address"_s, address(u"gone"_s));
    QCOMPARE(findings.at(1).toObject(), missing);

    QJsonObject inSync = parse(
        R"({"type": "alicloud_pai_workspace_model", "modelId": "model-insync00000000001", "modelName": "insync_model", "workspaceId": "23802", "status": "in-sync", "fields": []})");
    inSync.insert(u"state"_s, state);
    inSync.insert(u"address"_s, address(u"insync"_s));
    QCOMPARE(findings.at(2).toObject(), inSync);

    QCOMPARE(
        findings.at(3).toObject(),
        parse(
            R"({"modelId": "model-unmanaged00000004", "modelName": "adhoc_model", "workspaceId": "23802", "status": "unmanaged", "fields": []})"));
}

void TestCliDrift::table()
{
    const CliResult result = run({u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s),
                                  u"--ignore"_s, stateFile(u"sandbox.ignore"_s)});
    QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(u"STATUS"_s));
    QVERIFY(lines.at(1).startsWith(u"drifted"_s));
    QVERIFY(lines.at(1).endsWith(u"model_description, labels"_s));
    QVERIFY(lines.at(2).startsWith(u"missing"_s));
    QVERIFY(lines.at(3).startsWith(u"in-sync"_s));
    QVERIFY(lines.at(4).startsWith(u"unmanaged"_s));
    QVERIFY(lines.at(4).contains(u"model-unmanaged00000004 (adhoc_model)"_s));
}

void TestCliDrift::allWorkspacesAndNoIgnoreList()
{
    const CliResult result = run({u"--output"_s, u"json"_s, u"drift"_s, u"--state"_s,
                                  stateFile(u"sandbox.tfstate"_s), u"--all"_s});
    QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    QStringList unmanaged;
    for (const QJsonValue &finding : QJsonDocument::fromJson(result.out).array()) {
        if (finding[u"status"_s].toString() == u"unmanaged"_s)
            unmanaged.append(finding[u"modelId"_s].toString());
    }
    unmanaged.sort();
    QCOMPARE(unmanaged, (QStringList{u"model-elsewhere00000006"_s, u"model-ignored0000000005"_s,
                                     u"model-unmanaged00000004"_s}));
}

void TestCliDrift::inSyncExitsWithZero()
{
    // Put the live models back as the state has them, drop the ones Terraform does not know.
    sandbox::ModelStore &store = m_fixture->store();
    QVERIFY(store.updateModel(u"model-drifted0000000002"_s, [](pai::Model &model) {
        model.modelDescription = u"Described in Terraform."_s;
        model.labels = {{u"env"_s, u"prod"_s}, {u"team"_s, u"ml"_s}};
    }));
    store.addModel(sandboxModel(u"model-deleted0000000003"_s, u"deleted_model"_s,
                                u"Deleted in the console."_s, {}, {}));
    QVERIFY(store.deleteModel(u"model-unmanaged00000004"_s));

    const CliResult result =
        run({u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s), u"--ignore"_s,
             stateFile(u"sandbox.ignore"_s), u"--output"_s, u"json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(findings.size(), 3);
    for (const QJsonValue &finding : findings)
        QCOMPARE(finding[u"status"_s].toString(), u"in-sync"_s);
}

void TestCliDrift::severalStatesWithVersions()
{
    // The second state tracks two versions of the in-sync model: one whose description was
    // edited in the console, one that was never made.
    pai::ModelVersion version;
    version.versionName = u"1.0.0"_s;
    version.uri = u"oss://models.oss-cn-shanghai.aliyuncs.com/insync/1.0.0/"_s;
    version.versionDescription = u"Edited in the console."_s;
    version.formatType = u"SavedModel"_s;
    version.frameworkType = u"PyTorch"_s;
    version.approvalStatus = u"Pending"_s;
    version.options = u"{}"_s;
    version.metrics = QJsonObject{{u"accuracy"_s, 0.91}};
    version.labels = {{u"stage"_s, u"gold"_s}};
    QVERIFY(m_fixture->store().addVersion(u"model-insync00000000001"_s, version));

    const CliResult result =
        run({u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s), u"--state"_s,
             stateFile(u"sandbox_versions.tfstate"_s), u"--ignore"_s,
             stateFile(u"sandbox.ignore"_s), u"--output"_s, u"json"_s});
    QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(findings.size(), 6); // three models and two versions tracked, one model unmanaged

    QJsonObject drifted = parse(
        R"({"type": "alicloud_pai_workspace_model_version", "modelId": "model-insync00000000001", "versionName": "1.0.0", "modelName": "insync_model", "workspaceId": "23802", "status": "drifted", "fields": [{"name": "version_description", "state": "First release.", "live": "Edited in the console."}]})");
    drifted.insert(u"address"_s, u"alicloud_pai_workspace_model_version.v[\"1.0.0\"]"_s);
    drifted.insert(u"state"_s, stateFile(u"sandbox_versions.tfstate"_s));
    QCOMPARE(findings.at(3).toObject(), drifted);

    const QJsonObject missing = findings.at(4).toObject();
    QCOMPARE(missing.value(u"address"_s).toString(),
             u"alicloud_pai_workspace_model_version.v[\"2.0.0\"]"_s);
    QCOMPARE(missing.value(u"versionName"_s).toString(), u"2.0.0"_s);
    QCOMPARE(missing.value(u"status"_s).toString(), u"missing"_s);
    QCOMPARE(findings.at(5).toObject().value(u"status"_s).toString(), u"unmanaged"_s);
}

void TestCliDrift::exportUnmanagedWithImportBlocks()
{
    if (const QString reason = hclcheck::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"adopt.tf"_s);
    const CliResult result = run({u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s),
                                  u"--workspace"_s, u"23802"_s, u"--export-unmanaged"_s, path});
    QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray hcl = file.readAll();

    const QList<hclcheck::Result> checks = hclcheck::check({hcl});
    QCOMPARE(checks.size(), 1);
    const hclcheck::Result &check = checks.first();
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    QCOMPARE(check.formatted, QString::fromUtf8(hcl)); // terraform fmt changes nothing

    QStringList imported;
    for (const QJsonValue &import : check.parsed.value(u"import"_s).toArray())
        imported.append(import.toObject().value(u"id"_s).toString());
    imported.sort();
    QCOMPARE(imported, (QStringList{u"model-ignored0000000005"_s, u"model-unmanaged00000004"_s}));
    const QJsonObject resources = check.parsed.value(u"resource"_s)
                                      .toObject()
                                      .value(u"alicloud_pai_workspace_model"_s)
                                      .toObject();
    QCOMPARE(resources.size(), 2);
    QVERIFY(resources.contains(u"adhoc_model"_s));
}

void TestCliDrift::badInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no state") << QStringList{u"drift"_s} << u"at least one --state FILE"_s;
    QTest::newRow("workspace and all")
        << QStringList{u"drift"_s,       u"--state"_s, stateFile(u"sandbox.tfstate"_s),
                       u"--workspace"_s, u"1"_s,       u"--all"_s}
        << u"not both"_s;
    QTest::newRow("malformed state")
        << QStringList{u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s), u"--state"_s,
                       stateFile(u"malformed/missing_id.tfstate"_s)}
        << stateFile(u"malformed/missing_id.tfstate"_s) +
               u": resources[0].instances[0].attributes.id: missing"_s;
    QTest::newRow("encrypted state")
        << QStringList{u"drift"_s, u"--state"_s, stateFile(u"malformed/encrypted.tfstate"_s)}
        << u"the state is encrypted"_s;
    QTest::newRow("missing ignore file")
        << QStringList{u"drift"_s, u"--state"_s, stateFile(u"sandbox.tfstate"_s), u"--ignore"_s,
                       stateFile(u"no-such.ignore"_s)}
        << u"cannot read the ignore list"_s;
    QTest::newRow("bad output") << QStringList{u"drift"_s, u"--state"_s,
                                               stateFile(u"sandbox.tfstate"_s), u"--output"_s,
                                               u"yaml"_s}
                                << u"is not json or table"_s;
}

void TestCliDrift::badInputExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QSignalSpy handled(&m_fixture->server(), &sandbox::SandboxServer::requestHandled);
    const CliResult result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.err).contains(message), qPrintable(result.describe()));
    QCOMPARE(handled.size(), 0); // nothing was sent
}

QTEST_GUILESS_MAIN(TestCliDrift)
#include "tst_clidrift.moc"
