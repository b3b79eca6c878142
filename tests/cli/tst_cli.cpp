#include "api/signer.h"
#include "clirunner.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void versionAndHelp_data();
    void versionAndHelp();
    void workspacesAsJson();
    void modelsFollowEveryPage();
    void modelsFilters_data();
    void modelsFilters();
    void everyModelsFlagReachesTheWire_data();
    void everyModelsFlagReachesTheWire();
    void tableOutput();
    void modelLifecycle();
    void apiErrorExitsWithOne();
    void badInputExitsWithTwoAndSendsNothing_data();
    void badInputExitsWithTwoAndSendsNothing();
    void missingCredentialsExitWithTwo();
    void timeoutExitsWithThree();
    void signMatchesEveryVector_data();
    void signMatchesEveryVector();
    void signAcceptsAWholeVector();
    void sandboxRejectsBadFlags_data();
    void sandboxRejectsBadFlags();

private:
    CliResult cli(const QStringList &arguments)
    {
        return runCli(QStringList{u"--endpoint"_s, m_sandboxUrl, u"--output"_s, u"json"_s} +
                          arguments,
                      m_environment);
    }

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QByteArray m_sandboxOutput;
    QString m_sandboxUrl;
    QProcessEnvironment m_environment;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAIDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_sandbox.setProcessEnvironment(cleanEnvironment());
    m_sandbox.start(QStringLiteral(PAIDESK_CLI_PATH),
                    {u"sandbox"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--demo"_s, u"--data"_s,
                     m_dir.filePath(u"sandbox.json"_s), u"--access-key-id"_s, u"LTAIcliTest"_s,
                     u"--access-key-secret"_s, u"cli-test-secret"_s});
    QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
    connect(&m_sandbox, &QProcess::readyReadStandardOutput, this,
            [this] { m_sandboxOutput += m_sandbox.readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(m_sandboxOutput.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET="), 30000);

    QMap<QString, QString> printed;
    for (const QByteArray &line : m_sandboxOutput.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            printed.insert(QString::fromUtf8(line.left(equals)),
                           QString::fromUtf8(line.mid(equals + 1)));
    }
    m_sandboxUrl = printed.value(u"PAIDESK_SANDBOX_URL"_s);
    QVERIFY2(m_sandboxUrl.startsWith(u"http://127.0.0.1:"_s), m_sandboxOutput.constData());
    QCOMPARE(printed.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), u"LTAIcliTest"_s);
    QCOMPARE(printed.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s), u"cli-test-secret"_s);

    m_environment = cleanEnvironment();
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                         printed.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s));
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                         printed.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s));
}

void TestCli::cleanupTestCase()
{
    if (m_sandbox.state() == QProcess::NotRunning)
        return;
    m_sandbox.terminate(); // SIGTERM: the sandbox stops cleanly
    QVERIFY(m_sandbox.waitForFinished(30000));
    QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sandbox.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"sandbox.json"_s)));
}

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"paidesk-cli 0."_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"sandbox"_s;
    QTest::newRow("models --help") << QStringList{u"models"_s, u"--help"_s} << u"--model-type"_s;
    QTest::newRow("model create --help")
        << QStringList{u"model"_s, u"create"_s, u"--help"_s} << u"--extra-info"_s;
    QTest::newRow("model --help") << QStringList{u"model"_s, u"--help"_s} << u"update"_s;
    QTest::newRow("sandbox --help") << QStringList{u"sandbox"_s, u"--help"_s} << u"--drop-rate"_s;
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult result = runCli(arguments, cleanEnvironment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.out).contains(expected), qPrintable(result.describe()));
}

void TestCli::workspacesAsJson()
{
    const CliResult result = cli({u"workspaces"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray workspaces = result.json().value(u"Workspaces"_s).toArray();
    QCOMPARE(workspaces.size(), sandbox::DemoData::workspaces().size());
    QCOMPARE(workspaces.first().toObject().value(u"WorkspaceId"_s).toString(), u"23801"_s);
    QCOMPARE(workspaces.first().toObject().value(u"WorkspaceName"_s).toString(), u"llm_research"_s);
}

void TestCli::modelsFollowEveryPage()
{
    const CliResult result = cli({u"models"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QStringList expected;
    for (const pai::Model &model : sandbox::DemoData::models())
        expected.append(model.modelId);
    QVERIFY(expected.size() > 50); // more than one page of the list-all call
    QCOMPARE(modelIds(result.json()), expected);
    QCOMPARE(result.json().value(u"TotalCount"_s).toInt(), expected.size());
}

void TestCli::modelsFilters_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("--domain") << QStringList{u"--domain"_s, u"audio"_s} << u"Domain"_s
                              << u"audio"_s;
    QTest::newRow("--task") << QStringList{u"--task"_s, u"text-to-image"_s} << u"Task"_s
                            << u"text-to-image"_s;
    QTest::newRow("--origin") << QStringList{u"--origin"_s, u"Civitai"_s} << u"Origin"_s
                              << u"Civitai"_s;
    QTest::newRow("--model-type") << QStringList{u"--model-type"_s, u"LoRA"_s} << u"ModelType"_s
                                  << u"LoRA"_s;
    QTest::newRow("--workspace") << QStringList{u"--workspace"_s, u"23803"_s} << u"WorkspaceId"_s
                                 << u"23803"_s;
    QTest::newRow("--query") << QStringList{u"--query"_s, u"whisper"_s} << u"ModelName"_s
                             << u"whisper"_s;
    QTest::newRow("--label") << QStringList{u"--label"_s, u"llama3"_s} << u"Labels"_s
                             << u"llama3"_s;
    QTest::newRow("two filters") << QStringList{u"--domain"_s, u"nlp"_s, u"--model-type"_s,
                                                u"Quantized"_s}
                                 << u"ModelType"_s << u"Quantized"_s;
}

void TestCli::modelsFilters()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const CliResult result = cli(QStringList{u"models"_s} + flags);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray models = result.json().value(u"Models"_s).toArray();
    QVERIFY(!models.isEmpty());
    QVERIFY(models.size() < sandbox::DemoData::models().size());
    for (const QJsonValue &item : models) {
        const QJsonValue fieldValue = item.toObject().value(field);
        const QString text = fieldValue.isArray()
                                 ? QString::fromUtf8(QJsonDocument(fieldValue.toArray()).toJson())
                                 : fieldValue.toString();
        QVERIFY2(text.contains(value, Qt::CaseInsensitive), qPrintable(text));
    }
}

void TestCli::everyModelsFlagReachesTheWire_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("wireName");
    QTest::addColumn<QString>("wireValue");

    QTest::newRow("--workspace") << QStringList{u"--workspace"_s, u"23803"_s} << u"WorkspaceId"_s
                                 << u"23803"_s;
    QTest::newRow("--query") << QStringList{u"--query"_s, u"whisper"_s} << u"Query"_s
                             << u"whisper"_s;
    QTest::newRow("--domain") << QStringList{u"--domain"_s, u"nlp"_s} << u"Domain"_s << u"nlp"_s;
    QTest::newRow("--task") << QStringList{u"--task"_s, u"text-generation"_s} << u"Task"_s
                            << u"text-generation"_s;
    QTest::newRow("--origin") << QStringList{u"--origin"_s, u"Civitai"_s} << u"Origin"_s
                              << u"Civitai"_s;
    QTest::newRow("--model-type") << QStringList{u"--model-type"_s, u"LoRA"_s} << u"ModelType"_s
                                  << u"LoRA"_s;
    QTest::newRow("--label") << QStringList{u"--label"_s, u"llama3"_s} << u"Label"_s << u"llama3"_s;
    QTest::newRow("--name") << QStringList{u"--name"_s, u"qwen"_s} << u"ModelName"_s << u"qwen"_s;
    QTest::newRow("--provider") << QStringList{u"--provider"_s, u"pai"_s} << u"Provider"_s
                                << u"pai"_s;
    QTest::newRow("--collections") << QStringList{u"--collections"_s, u"AI4D,QuickStart"_s}
                                   << u"Collections"_s << u"AI4D,QuickStart"_s;
    QTest::newRow("--tag") << QStringList{u"--tag"_s, u"featured=true"_s, u"--tag"_s, u"lang"_s}
                           << u"Tag"_s
                           << uR"([{"Key":"featured","Value":"true"},{"Key":"lang","Value":""}])"_s;
    QTest::newRow("--conditions")
        << QStringList{u"--conditions"_s,
                       uR"([{"Column":"Domain","Operator":"=","Value":"nlp"}])"_s}
        << u"Conditions"_s << uR"([{"Column":"Domain","Operator":"=","Value":"nlp"}])"_s;
    QTest::newRow("--sort-by") << QStringList{u"--sort-by"_s, u"GmtCreateTime"_s} << u"SortBy"_s
                               << u"GmtCreateTime"_s;
    QTest::newRow("--order ASC") << QStringList{u"--order"_s, u"ASC"_s} << u"Order"_s << u"ASC"_s;
    QTest::newRow("--order DESC") << QStringList{u"--order"_s, u"DESC"_s} << u"Order"_s
                                  << u"DESC"_s;
}

void TestCli::everyModelsFlagReachesTheWire()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, wireName);
    QFETCH(QString, wireValue);
    SandboxFixture fixture;
    QVERIFY(fixture.isListening());
    QSignalSpy handled(&fixture.server(), &sandbox::SandboxServer::requestHandled);
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeySecret));
    const CliResult result = runCli(QStringList{u"--endpoint"_s, fixture.url().toString(),
                                                u"--output"_s, u"json"_s, u"models"_s} +
                                        flags,
                                    environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

    int listings = 0;
    for (const QList<QVariant> &arguments : handled) {
        const auto request = arguments.constFirst().value<sandbox::ReceivedRequest>();
        if (request.operation != u"ListModels"_s)
            continue;
        ++listings;
        QStringList values;
        for (const auto &[name, value] : api::Acs3::parseQuery(request.rawQuery)) {
            if (name == wireName)
                values.append(value);
        }
        QCOMPARE(values, QStringList{wireValue});
    }
    QVERIFY(listings > 0);
}

void TestCli::tableOutput()
{
    const CliResult result = runCli(
        {u"--endpoint"_s, m_sandboxUrl, u"models"_s, u"--workspace"_s, u"23803"_s}, m_environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"ID"_s));
    QVERIFY(lines.first().contains(u"Labels"_s));
    QVERIFY(result.out.contains("whisper-large-v3"));
    QVERIFY(!result.out.trimmed().startsWith('{'));
}

void TestCli::modelLifecycle()
{
    const QString extraInfo =
        uR"({"Training":{"Epochs":3,"Data":["a","b"],"Optimizer":{"Name":"adamw"}},"Rating":4.5})"_s;
    CliResult result = cli({u"model"_s,           u"create"_s,
                            u"--name"_s,          u"cli-made-model"_s,
                            u"--workspace"_s,     u"23802"_s,
                            u"--description"_s,   u"made by the CLI"_s,
                            u"--doc"_s,           u"https://example.com/doc"_s,
                            u"--type"_s,          u"LoRA"_s,
                            u"--domain"_s,        u"nlp"_s,
                            u"--task"_s,          u"text-generation"_s,
                            u"--origin"_s,        u"HuggingFace"_s,
                            u"--accessibility"_s, u"PUBLIC"_s,
                            u"--order-number"_s,  u"7"_s,
                            u"--label"_s,         u"env=prod"_s,
                            u"--label"_s,         u"team=search"_s,
                            u"--extra-info"_s,    extraInfo});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QString id = result.json().value(u"ModelId"_s).toString();
    QVERIFY2(id.startsWith(u"model-"_s), qPrintable(result.describe()));
    QVERIFY(!result.json().value(u"RequestId"_s).toString().isEmpty());

    result = cli({u"model"_s, u"get"_s, id});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QJsonObject model = result.json();
    QCOMPARE(model.value(u"ModelName"_s).toString(), u"cli-made-model"_s);
    QCOMPARE(model.value(u"WorkspaceId"_s).toString(), u"23802"_s);
    QCOMPARE(model.value(u"ModelDescription"_s).toString(), u"made by the CLI"_s);
    QCOMPARE(model.value(u"ModelDoc"_s).toString(), u"https://example.com/doc"_s);
    QCOMPARE(model.value(u"ModelType"_s).toString(), u"LoRA"_s);
    QCOMPARE(model.value(u"Accessibility"_s).toString(), u"PUBLIC"_s);
    QCOMPARE(model.value(u"OrderNumber"_s).toInt(), 7);
    const QJsonArray labels{QJsonObject{{u"Key"_s, u"env"_s}, {u"Value"_s, u"prod"_s}},
                            QJsonObject{{u"Key"_s, u"team"_s}, {u"Value"_s, u"search"_s}}};
    QCOMPARE(model.value(u"Labels"_s).toArray(), labels);
    QCOMPARE(model.value(u"ExtraInfo"_s).toObject(),
             QJsonDocument::fromJson(extraInfo.toUtf8()).object());

    result = cli({u"models"_s});
    QVERIFY(modelIds(result.json()).contains(id));
    result = cli({u"models"_s, u"--query"_s, u"cli-made"_s});
    QCOMPARE(modelIds(result.json()), QStringList{id});
    result = cli({u"models"_s, u"--workspace"_s, u"23802"_s, u"--model-type"_s, u"LoRA"_s,
                  u"--label"_s, u"search"_s});
    QVERIFY(modelIds(result.json()).contains(id));
    result = cli({u"models"_s, u"--workspace"_s, u"23801"_s});
    QVERIFY(!modelIds(result.json()).contains(id));

    // Fields only: the labels stay.
    result = cli({u"model"_s, u"update"_s, id, u"--description"_s, u"changed"_s, u"--task"_s,
                  u"summarization"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    model = cli({u"model"_s, u"get"_s, id}).json();
    QCOMPARE(model.value(u"ModelDescription"_s).toString(), u"changed"_s);
    QCOMPARE(model.value(u"Task"_s).toString(), u"summarization"_s);
    QCOMPARE(model.value(u"Domain"_s).toString(), u"nlp"_s);
    QCOMPARE(model.value(u"Labels"_s).toArray(), labels);

    // Any --label replaces the whole list, in the order given.
    result = cli({u"model"_s, u"update"_s, id, u"--label"_s, u"stage=dev"_s, u"--label"_s,
                  u"env=staging"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    model = cli({u"model"_s, u"get"_s, id}).json();
    const QJsonArray replaced{QJsonObject{{u"Key"_s, u"stage"_s}, {u"Value"_s, u"dev"_s}},
                              QJsonObject{{u"Key"_s, u"env"_s}, {u"Value"_s, u"staging"_s}}};
    QCOMPARE(model.value(u"Labels"_s).toArray(), replaced);
    QCOMPARE(model.value(u"ModelDescription"_s).toString(), u"changed"_s);
    QCOMPARE(model.value(u"ExtraInfo"_s).toObject(),
             QJsonDocument::fromJson(extraInfo.toUtf8()).object());

    result = cli({u"model"_s, u"delete"_s, id});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = cli({u"model"_s, u"get"_s, id});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("201900002"));
}

void TestCli::apiErrorExitsWithOne()
{
    const CliResult result = cli({u"model"_s, u"get"_s, u"model-does-not-exist"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("201900002"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("model-does-not-exist"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("RequestId"), qPrintable(result.describe()));
}

void TestCli::badInputExitsWithTwoAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("named"); // texts stderr must contain

    const QString longName(128, u'n');
    QTest::newRow("unknown flag") << QStringList{u"models"_s, u"--colour"_s, u"red"_s}
                                  << QStringList{u"colour"_s};
    QTest::newRow("unknown global flag")
        << QStringList{u"--colour"_s, u"red"_s, u"workspaces"_s} << QStringList{u"colour"_s};
    QTest::newRow("unknown command") << QStringList{u"datasets"_s} << QStringList{u"datasets"_s};
    QTest::newRow("no command") << QStringList{}
                                << QStringList{u"required.\n\nCommands:\n"_s, u"sandbox"_s};
    QTest::newRow("invalid --extra-info JSON")
        << QStringList{u"model"_s, u"create"_s,       u"--name"_s,
                       u"x"_s,     u"--extra-info"_s, u"{\"a\": "_s}
        << QStringList{u"--extra-info"_s, u"ExtraInfo"_s};
    QTest::newRow("--extra-info not an object")
        << QStringList{u"model"_s, u"create"_s, u"--name"_s, u"x"_s, u"--extra-info"_s, u"[1]"_s}
        << QStringList{u"--extra-info"_s, u"ExtraInfo"_s};
    QTest::newRow("128-character name")
        << QStringList{u"model"_s, u"create"_s, u"--name"_s, longName}
        << QStringList{u"--name"_s, u"ModelName"_s, u"127"_s};
    QTest::newRow("label with =") << QStringList{u"model"_s, u"create"_s,  u"--name"_s,
                                                 u"x"_s,     u"--label"_s, u"a=b=c"_s}
                                  << QStringList{u"--label"_s, u"Labels[0].Value"_s, u"="_s};
    QTest::newRow("label with , in the key")
        << QStringList{u"model"_s,   u"create"_s, u"--name"_s,  u"x"_s,
                       u"--label"_s, u"ok=1"_s,   u"--label"_s, u"a,b=c"_s}
        << QStringList{u"Labels[1].Key"_s};
    QTest::newRow("label without =")
        << QStringList{u"model"_s, u"update"_s, u"model-x"_s, u"--label"_s, u"novalue"_s}
        << QStringList{u"--label"_s, u"KEY=VALUE"_s};
    QTest::newRow("bad accessibility") << QStringList{u"model"_s, u"create"_s,          u"--name"_s,
                                                      u"x"_s,     u"--accessibility"_s, u"SHARED"_s}
                                       << QStringList{u"--accessibility"_s, u"Accessibility"_s};
    QTest::newRow("bad order number") << QStringList{u"model"_s, u"create"_s,         u"--name"_s,
                                                     u"x"_s,     u"--order-number"_s, u"first"_s}
                                      << QStringList{u"--order-number"_s, u"OrderNumber"_s};
    QTest::newRow("negative parameter size")
        << QStringList{u"model"_s, u"create"_s, u"--name"_s, u"x"_s, u"--parameter-size"_s, u"-1"_s}
        << QStringList{u"--parameter-size"_s, u"ParameterSize"_s};
    QTest::newRow("parameter size 7B")
        << QStringList{u"model"_s, u"create"_s, u"--name"_s, u"x"_s, u"--parameter-size"_s, u"7B"_s}
        << QStringList{u"--parameter-size"_s, u"ParameterSize"_s};
    QTest::newRow("tag without =")
        << QStringList{u"model"_s, u"create"_s, u"--name"_s, u"x"_s, u"--tag"_s, u"novalue"_s}
        << QStringList{u"--tag"_s, u"KEY=VALUE"_s};
    QTest::newRow("duplicate tag key")
        << QStringList{u"model"_s, u"create"_s, u"--name"_s, u"x"_s,
                       u"--tag"_s, u"a=1"_s,    u"--tag"_s,  u"a=2"_s}
        << QStringList{u"--tag"_s, u"Tag[1].Key"_s};
    QTest::newRow("update with --tag")
        << QStringList{u"model"_s, u"update"_s, u"model-x"_s, u"--tag"_s, u"a=1"_s}
        << QStringList{u"--tag"_s, u"UpdateModel"_s};
    QTest::newRow("bad doc URL") << QStringList{u"model"_s, u"create"_s, u"--name"_s,
                                                u"x"_s,     u"--doc"_s,  u"not a url"_s}
                                 << QStringList{u"--doc"_s, u"ModelDoc"_s};
    QTest::newRow("create without --name")
        << QStringList{u"model"_s, u"create"_s, u"--domain"_s, u"nlp"_s}
        << QStringList{u"--name"_s, u"ModelName"_s};
    QTest::newRow("update moving workspace")
        << QStringList{u"model"_s, u"update"_s, u"model-x"_s, u"--workspace"_s, u"1"_s}
        << QStringList{u"--workspace"_s, u"WorkspaceId"_s};
    QTest::newRow("update with nothing")
        << QStringList{u"model"_s, u"update"_s, u"model-x"_s} << QStringList{u"update"_s};
    QTest::newRow("get without ID") << QStringList{u"model"_s, u"get"_s} << QStringList{u"ID"_s};
    QTest::newRow("unknown model action")
        << QStringList{u"model"_s, u"rename"_s} << QStringList{u"rename"_s};
    QTest::newRow("bad --output") << QStringList{u"--output"_s, u"yaml"_s, u"workspaces"_s}
                                  << QStringList{u"--output"_s};
    QTest::newRow("bad --timeout")
        << QStringList{u"--timeout"_s, u"soon"_s, u"workspaces"_s} << QStringList{u"--timeout"_s};
    QTest::newRow("--order sideways") << QStringList{u"models"_s, u"--order"_s, u"sideways"_s}
                                      << QStringList{u"--order"_s, u"ASC or DESC"_s};
    QTest::newRow("--order lower case") << QStringList{u"models"_s, u"--order"_s, u"desc"_s}
                                        << QStringList{u"--order"_s, u"ASC or DESC"_s};
    QTest::newRow("--sort-by unknown field")
        << QStringList{u"models"_s, u"--sort-by"_s, u"ModelName"_s}
        << QStringList{u"--sort-by"_s, u"SortBy"_s, u"GmtCreateTime"_s};
    QTest::newRow("--tag without a key")
        << QStringList{u"models"_s, u"--tag"_s, u"=x"_s} << QStringList{u"--tag"_s, u"key"_s};
    QTest::newRow("--tag with = in the value")
        << QStringList{u"models"_s, u"--tag"_s, u"a=b=c"_s} << QStringList{u"--tag"_s, u"="_s};
    QTest::newRow("--conditions not an array")
        << QStringList{u"models"_s, u"--conditions"_s, u"{}"_s}
        << QStringList{u"--conditions"_s, u"JSON array"_s};
    QTest::newRow("--conditions without Operator")
        << QStringList{u"models"_s, u"--conditions"_s, uR"([{"Column":"a","Value":"b"}])"_s}
        << QStringList{u"--conditions"_s, u"Conditions[0].Operator"_s};
    QTest::newRow("sign without --request")
        << QStringList{u"sign"_s} << QStringList{u"--request"_s};
}

void TestCli::badInputExitsWithTwoAndSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, named);
    SandboxFixture fixture;
    QVERIFY(fixture.isListening());
    QSignalSpy handled(&fixture.server(), &sandbox::SandboxServer::requestHandled);
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeySecret));

    const CliResult result =
        runCli(QStringList{u"--endpoint"_s, fixture.url().toString()} + arguments, environment);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
    for (const QString &text : named)
        QVERIFY2(QString::fromUtf8(result.err).contains(text), qPrintable(result.describe()));
    QCOMPARE(handled.size(), 0);
}

void TestCli::missingCredentialsExitWithTwo()
{
    const CliResult result =
        runCli({u"--endpoint"_s, m_sandboxUrl, u"workspaces"_s}, cleanEnvironment());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), qPrintable(result.describe()));
}

void TestCli::timeoutExitsWithThree()
{
    SandboxFixture fixture;
    sandbox::FaultPlan plan;
    plan.latencyMs = 5000;
    fixture.server().setFaultPlan(plan);
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeySecret));
    const CliResult result =
        runCli({u"--endpoint"_s, fixture.url().toString(), u"--timeout"_s, u"1"_s, u"workspaces"_s},
               environment);
    QVERIFY2(result.exitCode == 3, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
}

void TestCli::signMatchesEveryVector_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QDir dir(QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/signing"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(!vectors.isEmpty());
        for (const QJsonValue &vector : vectors) {
            const QString row = name + u": "_s + vector.toObject().value(u"name"_s).toString();
            QTest::newRow(qPrintable(row)) << vector.toObject();
        }
    }
}

void TestCli::signMatchesEveryVector()
{
    QFETCH(QJsonObject, vector);
    const QString path = m_dir.filePath(u"request.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(vector.value(u"input"_s).toObject()).toJson());
    file.close();

    const CliResult result = runCli({u"sign"_s, u"--request"_s, path}, cleanEnvironment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonObject signed_ = result.json();
    const QJsonObject expected = vector.value(u"expected"_s).toObject();
    for (const QString &field : {u"canonicalRequest"_s, u"stringToSign"_s, u"authorization"_s})
        QCOMPARE(signed_.value(field).toString(), expected.value(field).toString());
    QCOMPARE(signed_.value(u"headersToSend"_s).toObject(),
             expected.value(u"headersToSend"_s).toObject());
}

void TestCli::signAcceptsAWholeVector()
{
    QFile source(QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/signing/doc-example.json"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QJsonObject vector = QJsonDocument::fromJson(source.readAll()).array().first().toObject();
    const QString path = m_dir.filePath(u"vector.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(vector).toJson());
    file.close();
    const CliResult result = runCli({u"sign"_s, u"--request"_s, path}, cleanEnvironment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(result.json().value(u"authorization"_s).toString(),
             vector.value(u"expected"_s).toObject().value(u"authorization"_s).toString());
}

void TestCli::sandboxRejectsBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("rate above 1") << QStringList{u"--error-rate"_s, u"1.5"_s} << u"--error-rate"_s;
    QTest::newRow("negative latency")
        << QStringList{u"--latency-ms"_s, u"-3"_s} << u"--latency-ms"_s;
    QTest::newRow("listen without port")
        << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
    QTest::newRow("id without secret")
        << QStringList{u"--access-key-id"_s, u"x"_s} << u"--access-key-secret"_s;
    QTest::newRow("models not a number") << QStringList{u"--models"_s, u"many"_s} << u"--models"_s;
    QTest::newRow("certificate without key")
        << QStringList{u"--tls-cert"_s, u"server.pem"_s} << u"--tls-key"_s;
    QTest::newRow("certificate file missing")
        << QStringList{u"--tls-cert"_s, u"no-such-server.pem"_s, u"--tls-key"_s,
                       u"no-such-server.key"_s}
        << u"no-such-server.pem"_s;
}

void TestCli::sandboxRejectsBadFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliResult result = runCli(QStringList{u"sandbox"_s} + arguments, cleanEnvironment());
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.err).contains(named), qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
