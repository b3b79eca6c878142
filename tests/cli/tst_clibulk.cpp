// `paidesk-cli bulk` and `bulk undo`: the real executable against an in-process sandbox, with
// faults injected and every request counted. Assertions are about what the sandbox stored.
#include "clirunner.h"
#include "pai/modeldraft.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

namespace {

const QStringList writeOperations{u"CreateModel"_s, u"UpdateModel"_s, u"DeleteModel"_s,
                                  u"CreateModelLabels"_s, u"DeleteModelLabels"_s};

} // namespace

class TestCliBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_fixture->isListening());
        m_ids.clear();
        m_seeded.clear();
        for (int i = 0; i < 4; ++i) {
            pai::Model model;
            model.modelName = u"cli-bulk-%1"_s.arg(i);
            model.workspaceId = m_fixture->store().defaultWorkspaceId();
            model.modelDescription = u"before"_s;
            model.accessibility = u"PRIVATE"_s;
            model.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, i < 2 ? u"nlp"_s : u"cv"_s}};
            model.extraInfo = QJsonObject{{u"size"_s, i}};
            m_seeded.append(m_fixture->store().addModel(model));
            m_ids.append(m_seeded.constLast().modelId);
        }
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
        QTest::addColumn<QStringList>("pick");
        QTest::addColumn<int>("planned");
        QTest::newRow("by --model")
            << QStringList{u"--model"_s, u"{0}"_s, u"--model"_s, u"{1}"_s} << 2;
        QTest::newRow("by --workspace") << QStringList{u"--workspace"_s, u"{ws}"_s} << 4;
        QTest::newRow("by a filter of models") << QStringList{u"--label"_s, u"cv"_s} << 2;
    }

    void dryRunSendsNoWrite()
    {
        QFETCH(QStringList, pick);
        QFETCH(int, planned);
        const QStringList actions{u"--add-label"_s, u"owner=ana"_s, u"--dry-run"_s};
        const CliResult json = run(expand(pick) + actions);
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QVERIFY(json.json().value(u"DryRun"_s).toBool());
        const QJsonObject plan = json.json().value(u"Plan"_s).toObject();
        QCOMPARE(plan.value(u"Planned"_s).toInt(), planned);
        QCOMPARE(plan.value(u"Models"_s).toArray().size(), planned);
        const QJsonObject first = plan.value(u"Models"_s).toArray().first().toObject();
        QVERIFY(!first.value(u"Plan"_s).toObject().value(u"Requests"_s).toArray().isEmpty());

        const CliResult text = run(expand(pick) + actions + QStringList{u"--output"_s, u"table"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("POST /api/v1/models/"), qPrintable(text.describe()));

        QCOMPARE(writesSent(), QStringList());
        for (const pai::Model &model : m_seeded)
            QCOMPARE(*m_fixture->store().model(model.modelId), model);
    }

    void yesRuns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("deletes");
        QTest::newRow("labels, extra info, accessibility") << QStringList{u"--model"_s,
                                                                          u"{0}"_s,
                                                                          u"--model"_s,
                                                                          u"{2}"_s,
                                                                          u"--add-label"_s,
                                                                          u"owner=ana"_s,
                                                                          u"--remove-label"_s,
                                                                          u"env"_s,
                                                                          u"--set-extra-info"_s,
                                                                          u"config={\"a\":[1,2]}"_s,
                                                                          u"--set-extra-info"_s,
                                                                          u"note=\"x\""_s,
                                                                          u"--remove-extra-info"_s,
                                                                          u"size"_s,
                                                                          u"--accessibility"_s,
                                                                          u"PUBLIC"_s}
                                                           << false;
        QTest::newRow("delete") << QStringList{u"--model"_s, u"{0}"_s, u"--model"_s, u"{2}"_s,
                                               u"--delete"_s}
                                << true;
    }

    void yesRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, deletes);
        const CliResult result = run(expand(arguments) + QStringList{u"--yes"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

        // The JSON lists every model with its outcome and RequestIds.
        const QJsonObject json = result.json();
        QCOMPARE(json.value(u"Done"_s).toInt(), 2);
        QCOMPARE(json.value(u"Failed"_s).toInt(), 0);
        const QJsonArray models = json.value(u"Models"_s).toArray();
        QCOMPARE(models.size(), 2);
        for (const QJsonValue &value : models) {
            const QJsonObject model = value.toObject();
            QVERIFY(m_ids.contains(model.value(u"ModelId"_s).toString()));
            QCOMPARE(model.value(u"State"_s).toString(), u"done"_s);
            QCOMPARE(model.value(u"Outcome"_s).toString(), u"applied"_s);
            QCOMPARE(model.value(u"Changed"_s).toString(), u"yes"_s);
            QCOMPARE(model.value(u"Kind"_s).toString(), deletes ? u"delete"_s : u"update"_s);
            QVERIFY(!model.value(u"RequestIds"_s).toArray().isEmpty());
            QVERIFY(model.value(u"Before"_s).isObject());
        }

        for (int i = 0; i < m_seeded.size(); ++i) {
            const std::optional<pai::Model> stored = m_fixture->store().model(m_ids.at(i));
            if (i == 1 || i == 3) {
                QCOMPARE(*stored, m_seeded.at(i)); // not named: untouched
                continue;
            }
            if (deletes) {
                QVERIFY(!stored);
                continue;
            }
            const pai::LabelList labels{{u"team"_s, m_seeded.at(i).labels.at(1).value},
                                        {u"owner"_s, u"ana"_s}};
            QCOMPARE(stored->labels, labels);
            QCOMPARE(stored->accessibility, u"PUBLIC"_s);
            const QJsonObject extra{{u"config"_s, QJsonObject{{u"a"_s, QJsonArray{1, 2}}}},
                                    {u"note"_s, u"x"_s}};
            QCOMPARE(stored->extraInfo, extra);
            QCOMPARE(stored->modelDescription, u"before"_s);
        }
    }

    void refusesWithoutTerminal()
    {
        // QProcess gives the CLI a pipe for stdin: nobody can confirm.
        const CliResult result = run({u"--model"_s, m_ids.at(0), u"--add-label"_s, u"a=b"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--yes"), qPrintable(result.describe()));
        QCOMPARE(m_requests->size(), 0); // refused before reading anything
        QCOMPARE(*m_fixture->store().model(m_ids.at(0)), m_seeded.at(0));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no action") << QStringList{u"--model"_s, u"{0}"_s, u"--yes"_s};
        QTest::newRow("no models") << QStringList{u"--add-label"_s, u"a=b"_s, u"--yes"_s};
        QTest::newRow("--model with a filter")
            << QStringList{u"--model"_s,     u"{0}"_s, u"--workspace"_s, u"{ws}"_s,
                           u"--add-label"_s, u"a=b"_s, u"--yes"_s};
        QTest::newRow("delete with an edit") << QStringList{
            u"--model"_s, u"{0}"_s, u"--delete"_s, u"--add-label"_s, u"a=b"_s, u"--yes"_s};
        QTest::newRow("not JSON") << QStringList{u"--model"_s, u"{0}"_s, u"--set-extra-info"_s,
                                                 u"k=unquoted"_s, u"--yes"_s};
        QTest::newRow("bad accessibility")
            << QStringList{u"--model"_s, u"{0}"_s, u"--accessibility"_s, u"OPEN"_s, u"--yes"_s};
        QTest::newRow("bad label")
            << QStringList{u"--model"_s, u"{0}"_s, u"--add-label"_s, u"novalue"_s, u"--yes"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = run(expand(arguments));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(m_requests->size(), 0);
    }

    void failedModelExitsOne()
    {
        // Every label write answers 500 and is not stored: the engine reads back, finds nothing,
        // tries again a few times and reports the models as failed, each with its error.
        sandbox::FaultPlan plan;
        plan.operations = {u"CreateModelLabels"_s};
        plan.errorRate = 1.0;
        plan.errorStatus = 500;
        m_fixture->server().setFaultPlan(plan);
        const CliResult result =
            run({u"--model"_s, m_ids.at(0), u"--model"_s, m_ids.at(1), u"--accessibility"_s,
                 u"PRIVATE"_s, u"--add-label"_s, u"owner=ana"_s, u"--yes"_s});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(u"Failed"_s).toInt(), 2);
        for (const QJsonValue &value : json.value(u"Models"_s).toArray()) {
            const QJsonObject model = value.toObject();
            QCOMPARE(model.value(u"State"_s).toString(), u"failed"_s);
            QCOMPARE(model.value(u"Changed"_s).toString(), u"no"_s);
            const QJsonObject error = model.value(u"Error"_s).toObject();
            QCOMPARE(error.value(u"HttpStatus"_s).toInt(), 500);
            QVERIFY(!error.value(u"Code"_s).toString().isEmpty());
            QVERIFY(!error.value(u"RequestId"_s).toString().isEmpty());
        }
        QCOMPARE(*m_fixture->store().model(m_ids.at(0)), m_seeded.at(0));
        QCOMPARE(*m_fixture->store().model(m_ids.at(1)), m_seeded.at(1));
    }

    void undoFromTheJsonOutput()
    {
        const CliResult done = run({u"--workspace"_s, m_fixture->store().defaultWorkspaceId(),
                                    u"--add-label"_s, u"owner=ana"_s, u"--yes"_s});
        QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"result.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(done.out);
        file.close();
        m_fixture->store().updateModel(
            m_ids.at(2), [](pai::Model &model) { model.modelDescription = u"edited elsewhere"_s; });
        const pai::Model changedNow = *m_fixture->store().model(m_ids.at(2));

        m_requests->clear();
        const CliResult dry = run({u"undo"_s, file.fileName(), u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QCOMPARE(dry.json().value(u"Plan"_s).toObject().value(u"Planned"_s).toInt(), 3);
        QCOMPARE(writesSent(), QStringList());

        const CliResult undo = run({u"undo"_s, file.fileName(), u"--yes"_s});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
        QCOMPARE(undo.json().value(u"Done"_s).toInt(), 3);
        QCOMPARE(undo.json().value(u"Skipped"_s).toInt(), 1);
        for (int i = 0; i < m_seeded.size(); ++i) {
            const pai::Model stored = *m_fixture->store().model(m_ids.at(i));
            if (i == 2)
                QCOMPARE(stored, changedNow);
            else
                QCOMPARE(pai::ModelDraft::fromModel(stored),
                         pai::ModelDraft::fromModel(m_seeded.at(i)));
        }
    }

private:
    QStringList expand(QStringList arguments) const
    {
        for (int i = 0; i < m_ids.size(); ++i)
            arguments.replaceInStrings(u"{%1}"_s.arg(i), m_ids.at(i));
        arguments.replaceInStrings(u"{ws}"_s, m_fixture->store().defaultWorkspaceId());
        return arguments;
    }

    QStringList writesSent() const
    {
        QStringList writes;
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            if (writeOperations.contains(request.operation))
                writes.append(request.operation);
        }
        return writes;
    }

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
        return runCli(all + QStringList{u"bulk"_s} + arguments, environment);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QSignalSpy> m_requests;
    QList<pai::Model> m_seeded;
    QStringList m_ids;
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_clibulk.moc"
