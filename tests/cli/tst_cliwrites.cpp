// `model create|update|delete` on the change engine: the real executable against an in-process
// sandbox, so each test can inject faults and count what reached the server.
#include "clirunner.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

namespace {

const QStringList writeOperations{u"CreateModel"_s, u"UpdateModel"_s, u"DeleteModel"_s,
                                  u"CreateModelLabels"_s, u"DeleteModelLabels"_s};

} // namespace

class TestCliWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_fixture->isListening());
        pai::Model model;
        model.modelName = u"cli-subject"_s;
        model.workspaceId = m_fixture->store().defaultWorkspaceId();
        model.modelDescription = u"before"_s;
        model.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, u"nlp"_s}};
        m_modelId = m_fixture->store().addModel(model).modelId;
        m_requests = std::make_unique<QSignalSpy>(&m_fixture->server(),
                                                  &sandbox::SandboxServer::requestHandled);
    }

    void cleanup()
    {
        m_requests.reset();
        m_fixture.reset();
    }

    void dryRunSendsNoWrite_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("planned"); // a request the plan must show
        QTest::newRow("create") << QStringList{u"model"_s, u"create"_s, u"--name"_s, u"dry"_s}
                                << u"POST /api/v1/models"_s;
        QTest::newRow("update") << QStringList{u"model"_s, u"update"_s, u"{id}"_s,
                                               u"--description"_s, u"after"_s}
                                << u"PUT /api/v1/models/{id}"_s;
        QTest::newRow("labels") << QStringList{u"model"_s,     u"update"_s,
                                               u"{id}"_s,      u"--add-label"_s,
                                               u"owner=ana"_s, u"--remove-label"_s,
                                               u"team"_s}
                                << u"DELETE /api/v1/models/{id}/labels?LabelKeys=team"_s;
        QTest::newRow("delete") << QStringList{u"model"_s, u"delete"_s, u"{id}"_s}
                                << u"DELETE /api/v1/models/{id}"_s;
    }

    void dryRunSendsNoWrite()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, planned);
        arguments.replaceInStrings(u"{id}"_s, m_modelId);
        planned.replace(u"{id}"_s, m_modelId);
        const qsizetype modelsBefore = m_fixture->store().modelCount();
        const pai::Model before = *m_fixture->store().model(m_modelId);

        CliResult text =
            run(QStringList{u"--output"_s, u"table"_s} + arguments + QStringList{u"--dry-run"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(QString::fromUtf8(text.out).contains(planned), qPrintable(text.describe()));

        CliResult json =
            run(QStringList{u"--output"_s, u"json"_s} + arguments + QStringList{u"--dry-run"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QVERIFY(json.json().value(u"DryRun"_s).toBool());
        QVERIFY(!json.json().value(u"Plan"_s).toObject().value(u"Requests"_s).toArray().isEmpty());

        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(!writeOperations.contains(request.operation), qPrintable(request.operation));
        }
        QCOMPARE(m_fixture->store().modelCount(), modelsBefore);
        QCOMPARE(*m_fixture->store().model(m_modelId), before);
    }

    void parameterSizeAndTagsReachTheStore()
    {
        CliResult result =
            run({u"model"_s, u"create"_s, u"--name"_s, u"sized"_s, u"--parameter-size"_s,
                 u"7000000000"_s, u"--tag"_s, u"featured=true"_s, u"--tag"_s, u"lang=en"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QJsonObject createBody;
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            if (request.operation == u"CreateModel"_s)
                createBody = QJsonDocument::fromJson(request.body).object();
        }
        QCOMPARE(createBody.value(u"ParameterSize"_s).toInteger(), 7000000000);
        QCOMPARE(createBody.value(u"Tag"_s).toArray().size(), 2);
        std::optional<pai::Model> created;
        for (const pai::Model &model : m_fixture->store().models()) {
            if (model.modelName == u"sized"_s)
                created = model;
        }
        QVERIFY(created);
        QCOMPARE(created->parameterSize, std::optional<qint64>(7000000000));
        const pai::LabelList tags{{u"featured"_s, u"true"_s}, {u"lang"_s, u"en"_s}};
        QCOMPARE(created->tags, tags);

        // UpdateModel sends ParameterSize alone; it has no Tag, so --tag is refused there.
        m_requests->clear();
        result = run({u"model"_s, u"update"_s, created->modelId, u"--parameter-size"_s, u"42"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QJsonObject updateBody;
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            if (request.operation == u"UpdateModel"_s)
                updateBody = QJsonDocument::fromJson(request.body).object();
        }
        QCOMPARE(updateBody.keys(), QStringList{u"ParameterSize"_s});
        QCOMPARE(m_fixture->store().model(created->modelId)->parameterSize,
                 std::optional<qint64>(42));
        QCOMPARE(m_fixture->store().model(created->modelId)->tags, tags);

        m_requests->clear();
        result = run({u"model"_s, u"update"_s, created->modelId, u"--tag"_s, u"x=y"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--tag") && result.err.contains("UpdateModel"),
                 qPrintable(result.describe()));
        QCOMPARE(m_requests->size(), 0);
    }

    void addAndRemoveLabels()
    {
        const CliResult result =
            run({u"model"_s, u"update"_s, m_modelId, u"--add-label"_s, u"owner=ana"_s,
                 u"--add-label"_s, u"env=prod"_s, u"--remove-label"_s, u"team"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(result.json().value(u"Outcome"_s).toString(), u"applied"_s);
        const pai::LabelList wanted{{u"env"_s, u"prod"_s}, {u"owner"_s, u"ana"_s}};
        QCOMPARE(m_fixture->store().model(m_modelId)->labels, wanted);
        QCOMPARE(m_fixture->store().model(m_modelId)->modelDescription, u"before"_s);
    }

    void labelSetKeepsWhatItCan()
    {
        // --label sets the exact list through the minimal plan: the unchanged first label is
        // neither deleted nor re-created.
        const CliResult result = run({u"model"_s, u"update"_s, m_modelId, u"--label"_s,
                                      u"env=dev"_s, u"--label"_s, u"stage=beta"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QStringList keysDeleted;
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            if (request.operation == u"DeleteModelLabels"_s)
                keysDeleted.append(QString::fromUtf8(request.rawQuery));
        }
        QCOMPARE(keysDeleted, QStringList{u"LabelKeys=team"_s});
        const pai::LabelList wanted{{u"env"_s, u"dev"_s}, {u"stage"_s, u"beta"_s}};
        QCOMPARE(m_fixture->store().model(m_modelId)->labels, wanted);
    }

    void droppedCreateIsAdopted()
    {
        sandbox::FaultPlan plan;
        plan.operations = {u"CreateModel"_s};
        plan.dropRate = 1.0;
        plan.applyWritesBeforeFault = true;
        plan.faultLimit = 1;
        m_fixture->server().setFaultPlan(plan);
        const CliResult result =
            run({u"model"_s, u"create"_s, u"--name"_s, u"adopt-me"_s, u"--label"_s, u"env=prod"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.json().value(u"Adopted"_s).toBool());
        int named = 0;
        QString id;
        for (const pai::Model &model : m_fixture->store().models()) {
            if (model.modelName == u"adopt-me"_s) {
                ++named;
                id = model.modelId;
            }
        }
        QCOMPARE(named, 1);
        QCOMPARE(result.json().value(u"ModelId"_s).toString(), id);
    }

    void timedOutUpdateIsReadBack()
    {
        // The update is stored at once but answered after the command's timeout: the CLI reads
        // the model back, finds every change there, and says so with exit 0.
        sandbox::FaultPlan plan;
        plan.latencyMs = 3000;
        plan.latencyOperations = {u"UpdateModel"_s};
        m_fixture->server().setFaultPlan(plan);
        const CliResult result = run({u"--timeout"_s, u"1"_s, u"--output"_s, u"table"_s, u"model"_s,
                                      u"update"_s, m_modelId, u"--description"_s, u"after"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY2(result.out.contains("confirms that every change was applied"),
                 qPrintable(result.describe()));
        QCOMPARE(m_fixture->store().model(m_modelId)->modelDescription, u"after"_s);
    }

    void unsettledWriteExitsWithThree()
    {
        // Every update answers 500 and is never stored: reading back proves nothing arrived, so
        // the CLI says what the server holds and exits 1; a timeout that cannot be settled is 3.
        sandbox::FaultPlan plan;
        plan.operations = {u"UpdateModel"_s};
        plan.errorRate = 1.0;
        plan.errorStatus = 500;
        m_fixture->server().setFaultPlan(plan);
        CliResult result = run({u"--output"_s, u"table"_s, u"model"_s, u"update"_s, m_modelId,
                                u"--description"_s, u"after"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("none of the changes were applied"),
                 qPrintable(result.describe()));
        QVERIFY2(result.err.contains("the server has \"before\""), qPrintable(result.describe()));

        plan = {};
        plan.operations = {u"UpdateModel"_s};
        plan.latencyMs = 3000;
        plan.latencyOperations = {u"UpdateModel"_s, u"GetModel"_s};
        plan.throttleRate = 0.0;
        m_fixture->server().setFaultPlan(plan);
        result = run({u"--timeout"_s, u"1"_s, u"--output"_s, u"json"_s, u"model"_s, u"update"_s,
                      m_modelId, u"--description"_s, u"later"_s});
        // The plan's own read is slow too, so the command ends before any write: exit 3.
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(m_fixture->store().model(m_modelId)->modelDescription, u"before"_s);
    }

    void deleteReportsAndRemoves()
    {
        const CliResult result = run({u"model"_s, u"delete"_s, m_modelId});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(result.json().value(u"Outcome"_s).toString(), u"applied"_s);
        QVERIFY(!m_fixture->store().model(m_modelId).has_value());
    }

private:
    CliResult run(const QStringList &arguments)
    {
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                           QString::fromLatin1(SandboxFixture::AccessKeyId));
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                           QString::fromLatin1(SandboxFixture::AccessKeySecret));
        QStringList all{u"--endpoint"_s, m_fixture->url().toString()};
        if (!arguments.contains(u"--output"_s))
            all += QStringList{u"--output"_s, u"json"_s};
        return runCli(all + arguments, environment);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QSignalSpy> m_requests;
    QString m_modelId;
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
