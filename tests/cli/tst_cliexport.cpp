#include "clirunner.h"
#include "hclcheck.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

namespace {

// hcl2json shows every block as an array of bodies; the exporter writes each one once.
QJsonObject single(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return array.size() == 1 ? array.first().toObject() : QJsonObject();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void wholeWorkspace_data();
    void wholeWorkspace();
    void selectedModelsToAFile();
    void headerAndImportsCanBeLeftOut();
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();
    void missingModelExitsWithOne();

private:
    struct Export
    {
        CliResult result;
        hclcheck::Result check;
    };

    CliResult run(const QStringList &arguments);
    static QStringList workspaceExportArguments(const QString &workspaceRef,
                                                const QString &resourceName);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_fixture;
    // Every export is made up front and parsed in one batch: the parser takes seconds to start.
    QHash<QString, Export> m_exports;
};

QStringList TestCliExport::workspaceExportArguments(const QString &workspaceRef,
                                                    const QString &resourceName)
{
    return {u"export"_s,  u"--workspace"_s,     u"23803"_s,  u"--workspace-ref"_s,
            workspaceRef, u"--resource-name"_s, resourceName};
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (const QString reason = hclcheck::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->isListening());

    QMap<QString, QStringList> commands;
    for (const QString &ref : {u"literal"_s, u"variable"_s, u"resource"_s}) {
        for (const QString &name : {u"pai_workspace_model"_s, u"p_a_i_workspace_model"_s})
            commands.insert(ref + u'/' + name, workspaceExportArguments(ref, name));
    }
    const QList<pai::Model> models = m_fixture->store().models();
    commands.insert(u"selected"_s, {u"export"_s, u"--model"_s, models.at(3).modelId, u"--model"_s,
                                    models.at(1).modelId});
    commands.insert(u"bare"_s, {u"export"_s, u"--all"_s, u"--no-import"_s, u"--no-provider"_s});

    QList<QByteArray> files;
    for (auto it = commands.constBegin(); it != commands.constEnd(); ++it) {
        Export exported;
        exported.result = run(it.value());
        QVERIFY2(exported.result.exitCode == 0, qPrintable(exported.result.describe()));
        files.append(exported.result.out);
        m_exports.insert(it.key(), exported);
    }
    const QList<hclcheck::Result> checks = hclcheck::check(files);
    QCOMPARE(checks.size(), files.size());
    qsizetype index = 0;
    for (auto it = commands.constBegin(); it != commands.constEnd(); ++it)
        m_exports[it.key()].check = checks.at(index++);
}

void TestCliExport::cleanupTestCase()
{
    m_fixture.reset();
}

CliResult TestCliExport::run(const QStringList &arguments)
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

void TestCliExport::wholeWorkspace_data()
{
    QTest::addColumn<QString>("workspaceRef");
    QTest::addColumn<QString>("resourceName");
    QTest::addColumn<QString>("terraformType");
    QTest::addColumn<bool>("withVersions");

    QTest::newRow("literal, pai_workspace_model")
        << u"literal"_s << u"pai_workspace_model"_s << u"alicloud_pai_workspace_model"_s << false;
    QTest::newRow("variable, pai_workspace_model")
        << u"variable"_s << u"pai_workspace_model"_s << u"alicloud_pai_workspace_model"_s << false;
    QTest::newRow("resource, pai_workspace_model")
        << u"resource"_s << u"pai_workspace_model"_s << u"alicloud_pai_workspace_model"_s << false;
    QTest::newRow("literal, p_a_i_workspace_model") << u"literal"_s << u"p_a_i_workspace_model"_s
                                                    << u"alicloud_p_a_i_workspace_model"_s << false;
    QTest::newRow("resource, p_a_i_workspace_model")
        << u"resource"_s << u"p_a_i_workspace_model"_s << u"alicloud_p_a_i_workspace_model"_s
        << false;
    QTest::newRow("resource, pai_workspace_model, versions")
        << u"resource"_s << u"pai_workspace_model"_s << u"alicloud_pai_workspace_model"_s << true;
    QTest::newRow("resource, p_a_i_workspace_model, versions")
        << u"resource"_s << u"p_a_i_workspace_model"_s << u"alicloud_p_a_i_workspace_model"_s
        << true;
}

void TestCliExport::wholeWorkspace()
{
    QFETCH(QString, workspaceRef);
    QFETCH(QString, resourceName);
    QFETCH(QString, terraformType);
    QFETCH(bool, withVersions);
    const QString workspaceId = u"23803"_s;
    const bool legacy = resourceName == u"p_a_i_workspace_model"_s;
    const QString workspaceType =
        legacy ? u"alicloud_p_a_i_workspace_workspace"_s : u"alicloud_pai_workspace_workspace"_s;

    QStringList arguments{u"export"_s,  u"--workspace"_s,     workspaceId, u"--workspace-ref"_s,
                          workspaceRef, u"--resource-name"_s, resourceName};
    if (withVersions)
        arguments.append(u"--with-versions"_s);
    QSignalSpy handled(&m_fixture->server(), &sandbox::SandboxServer::requestHandled);
    const CliResult result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("warning: "), "nested demo extra_info should warn on stderr");
    // The legacy fork has no version resource: said on stderr, and nothing fetched for it.
    QCOMPARE(result.err.contains("no version resource"), withVersions && legacy);
    int versionListings = 0;
    for (const QList<QVariant> &args : std::as_const(handled)) {
        if (args.constFirst().value<sandbox::ReceivedRequest>().operation == u"ListModelVersions"_s)
            ++versionListings;
    }
    QCOMPARE(versionListings > 0, withVersions && !legacy);

    const QList<hclcheck::Result> checks = hclcheck::check({result.out});
    QCOMPARE(checks.size(), 1);
    const hclcheck::Result &check = checks.first();
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    QCOMPARE(check.formatted, QString::fromUtf8(result.out)); // terraform fmt changes nothing

    QList<pai::Model> expected;
    for (const pai::Model &model : m_fixture->store().models()) {
        if (model.workspaceId == workspaceId)
            expected.append(model);
    }
    QVERIFY(!expected.isEmpty());

    const QJsonObject parsed = check.parsed;
    const QJsonObject resources =
        parsed.value(u"resource"_s).toObject().value(terraformType).toObject();
    QCOMPARE(resources.size(), expected.size());
    QHash<QString, QJsonObject> byName;
    for (auto it = resources.constBegin(); it != resources.constEnd(); ++it) {
        const QJsonObject body = single(it.value());
        byName.insert(body.value(u"model_name"_s).toString(), body);
    }

    const QJsonObject workspaceResources =
        parsed.value(u"resource"_s).toObject().value(workspaceType).toObject();
    QCOMPARE(workspaceResources.size(), workspaceRef == u"resource"_s ? 1 : 0);
    if (workspaceRef == u"resource"_s) {
        const QJsonObject workspace = single(workspaceResources.constBegin().value());
        QCOMPARE(workspace.value(u"workspace_name"_s).toString(), u"speech_prod"_s);
        QCOMPARE(workspace.value(u"display_name"_s).toString(), u"Speech Production"_s);
    }

    for (const pai::Model &model : expected) {
        const QJsonObject body = byName.value(model.modelName);
        QVERIFY2(!body.isEmpty(), qPrintable(model.modelName));
        QCOMPARE(body.value(u"domain"_s).toString(), model.domain);
        QCOMPARE(body.value(u"model_type"_s).toString(), model.modelType);
        QCOMPARE(body.value(u"labels"_s).toArray().size(), model.labels.size());
        QCOMPARE(body.value(u"labels"_s).toArray().first().toObject().value(u"key"_s).toString(),
                 model.labels.first().key);
        const QJsonObject extraInfo = body.value(u"extra_info"_s).toObject();
        QCOMPARE(extraInfo.value(u"Training"_s).toObject().value(u"__jsonencode__"_s).toObject(),
                 model.extraInfo.value(u"Training"_s).toObject());
        const QString written = body.value(u"workspace_id"_s).toString();
        if (workspaceRef == u"literal"_s) {
            QCOMPARE(written, workspaceId);
        } else if (workspaceRef == u"variable"_s) {
            QVERIFY2(written.startsWith(u"${var."_s), qPrintable(written));
        } else {
            QVERIFY2(QRegularExpression(u"^\\$\\{"_s + workspaceType + u"\\.\\w+\\.id\\}$"_s)
                         .match(written)
                         .hasMatch(),
                     qPrintable(written));
        }
    }

    // One import per resource, pointing at the model (and workspace) IDs.
    QSet<QString> importedIds;
    for (const QJsonValue &import : parsed.value(u"import"_s).toArray())
        importedIds.insert(import.toObject().value(u"id"_s).toString());
    QSet<QString> expectedIds;
    for (const pai::Model &model : expected)
        expectedIds.insert(model.modelId);
    if (workspaceRef == u"resource"_s)
        expectedIds.insert(workspaceId);

    // Versions: one resource each, model_id pointing at its model's resource, imported as
    // "<model_id>:<version_name>".
    const QJsonObject versionResources = parsed.value(u"resource"_s)
                                             .toObject()
                                             .value(u"alicloud_pai_workspace_model_version"_s)
                                             .toObject();
    qsizetype versionCount = 0;
    if (withVersions && !legacy) {
        QHash<QString, QString> modelReferences; // model ID -> ${...id} of its resource
        for (auto it = resources.constBegin(); it != resources.constEnd(); ++it) {
            const QString name = single(it.value()).value(u"model_name"_s).toString();
            for (const pai::Model &model : expected) {
                if (model.modelName == name)
                    modelReferences.insert(model.modelId,
                                           u"${%1.%2.id}"_s.arg(terraformType, it.key()));
            }
        }
        QHash<QString, QJsonObject> versionsByUri;
        for (auto it = versionResources.constBegin(); it != versionResources.constEnd(); ++it) {
            const QJsonObject body = single(it.value());
            versionsByUri.insert(body.value(u"uri"_s).toString(), body);
        }
        for (const pai::Model &model : expected) {
            for (const pai::ModelVersion &version : m_fixture->store().versions(model.modelId)) {
                ++versionCount;
                expectedIds.insert(model.modelId + u':' + version.versionName);
                const QJsonObject body = versionsByUri.value(version.uri);
                QVERIFY2(!body.isEmpty(), qPrintable(version.uri));
                QCOMPARE(body.value(u"version_name"_s).toString(), version.versionName);
                QCOMPARE(body.value(u"model_id"_s).toString(),
                         modelReferences.value(model.modelId));
                QCOMPARE(body.value(u"labels"_s).toArray().size(), version.labels.size());
            }
        }
        QVERIFY(versionCount > 0);
    }
    QCOMPARE(versionResources.size(), versionCount);
    QCOMPARE(importedIds, expectedIds);

    const QJsonObject provider =
        single(parsed.value(u"provider"_s).toObject().value(u"alicloud"_s));
    QCOMPARE(provider.value(u"region"_s).toString(), u"cn-shanghai"_s);
}

void TestCliExport::selectedModelsToAFile()
{
    const QList<pai::Model> models = m_fixture->store().models();
    const QString first = models.at(3).modelId;
    const QString second = models.at(1).modelId;
    const QString path = m_dir.filePath(u"selected.tf"_s);
    const CliResult toFile =
        run({u"export"_s, u"--model"_s, first, u"--model"_s, second, u"-o"_s, path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.describe()));
    QVERIFY(toFile.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();

    const CliResult toStdout = run({u"export"_s, u"--model"_s, first, u"--model"_s, second});
    QCOMPARE(written, toStdout.out);

    // The models keep the order they were given in.
    const qsizetype firstAt = written.indexOf(models.at(3).modelName.toUtf8() + '"');
    const qsizetype secondAt = written.indexOf(models.at(1).modelName.toUtf8() + '"');
    QVERIFY(firstAt > 0 && secondAt > 0);
    QVERIFY(firstAt < secondAt);
    const Export &selected = m_exports[u"selected"_s];
    QCOMPARE(selected.result.out, written);
    QVERIFY2(selected.check.error.isEmpty(), qPrintable(selected.check.error));
    QCOMPARE(selected.check.parsed.value(u"import"_s).toArray().size(), 2);
}

void TestCliExport::headerAndImportsCanBeLeftOut()
{
    const hclcheck::Result &check = m_exports[u"bare"_s].check;
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    const QJsonObject parsed = check.parsed;
    QVERIFY(!parsed.contains(u"import"_s));
    QVERIFY(!parsed.contains(u"provider"_s));
    QVERIFY(!parsed.contains(u"terraform"_s));
    QCOMPARE(parsed.value(u"resource"_s)
                 .toObject()
                 .value(u"alicloud_pai_workspace_model"_s)
                 .toObject()
                 .size(),
             sandbox::DemoData::models().size()); // --all: the caller's own, not the gallery
}

void TestCliExport::badInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no selection") << QStringList{u"export"_s} << u"--all"_s;
    QTest::newRow("two selections")
        << QStringList{u"export"_s, u"--all"_s, u"--workspace"_s, u"23801"_s} << u"--workspace"_s;
    QTest::newRow("bad --workspace-ref")
        << QStringList{u"export"_s, u"--all"_s, u"--workspace-ref"_s, u"pointer"_s}
        << u"--workspace-ref"_s;
    QTest::newRow("bad --resource-name")
        << QStringList{u"export"_s, u"--all"_s, u"--resource-name"_s, u"model"_s}
        << u"--resource-name"_s;
    QTest::newRow("unknown flag") << QStringList{u"export"_s, u"--all"_s, u"--yaml"_s} << u"yaml"_s;
}

void TestCliExport::badInputExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QSignalSpy handled(&m_fixture->server(), &sandbox::SandboxServer::requestHandled);
    const CliResult result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.err).contains(named), qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(handled.size(), 0);
}

void TestCliExport::missingModelExitsWithOne()
{
    const QString path = m_dir.filePath(u"never.tf"_s);
    const CliResult result = run({u"export"_s, u"--model"_s, u"model-missing"_s, u"-o"_s, path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("201900002"));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
