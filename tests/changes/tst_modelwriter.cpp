// The change engine against a real sandbox over sockets. Every case of the fault x operation
// matrix asserts that the outcome ModelWriter reports is what the sandbox really stored, and
// that no create was duplicated and no label lost or doubled.
#include "api/apiclient.h"
#include "changes/modelplan.h"
#include "changes/modelwriter.h"
#include "changes/readbackcomparison.h"
#include "support/sandboxfixture.h"
#include "support/writefaults.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using changes::ModelPlan;
using changes::ModelWriter;
using changes::StepState;
using changes::WriteOutcome;
using testsupport::SandboxFixture;
using Verdict = WriteOutcome::Verdict;

namespace {

using Fault = testsupport::WriteFault;
enum class Operation { Create, UpdateFields, UpdateLabels, UpdateFieldsAndLabels, Delete };

const QStringList writeOperations{u"CreateModel"_s, u"UpdateModel"_s, u"DeleteModel"_s,
                                  u"CreateModelLabels"_s, u"DeleteModelLabels"_s};

sandbox::FaultPlan planFor(Fault fault)
{
    return testsupport::faultPlanFor(fault, writeOperations);
}

int countNamed(sandbox::ModelStore &store, const QString &name)
{
    int count = 0;
    for (const pai::Model &model : store.models())
        count += model.modelName == name ? 1 : 0;
    return count;
}

bool hasDuplicateKeys(const pai::LabelList &labels)
{
    QStringList keys;
    for (const pai::Label &label : labels) {
        if (keys.contains(label.key))
            return true;
        keys.append(label.key);
    }
    return false;
}

// A key the write meant to keep (it is in the start and in the wanted labels) that is gone.
QStringList lostLabels(const pai::LabelList &start, const pai::LabelList &wanted,
                       const pai::LabelList &stored)
{
    QStringList lost;
    for (const pai::Label &label : start) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&](const pai::Label &w) { return w.key == label.key; });
        const bool there = std::any_of(stored.cbegin(), stored.cend(),
                                       [&](const pai::Label &s) { return s.key == label.key; });
        if (kept && !there)
            lost.append(label.key);
    }
    return lost;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestModelWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_workspaceId;

    pai::Model seedModel()
    {
        pai::Model model;
        model.modelName = u"engine-subject"_s;
        model.workspaceId = m_workspaceId;
        model.modelDescription = u"before"_s;
        model.task = u"text-classification"_s;
        model.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, u"nlp"_s}, {u"tier"_s, u"gold"_s}};
        return m_sandbox->store().addModel(model);
    }

    WriteOutcome runToEnd(ModelWriter &writer, const ModelPlan &plan, bool cancelOnFirstWrite)
    {
        QSignalSpy finished(&writer, &ModelWriter::finished);
        if (cancelOnFirstWrite) {
            connect(&writer, &ModelWriter::stepChanged, &writer, [&writer](int index) {
                const changes::WriteStep &step = writer.steps().at(index);
                if (step.isWrite() && step.state == StepState::Running)
                    QTimer::singleShot(300, &writer, [&writer] { writer.cancel(); });
            });
        }
        writer.start(plan);
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        return finished.constFirst().constFirst().value<WriteOutcome>();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_sandbox->isListening());
        m_workspaceId = m_sandbox->store().defaultWorkspaceId();
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        m_client->setRetryPolicy(testsupport::quickRetries());
        api::OperationTimeouts timeouts;
        timeouts.create = timeouts.update = timeouts.remove = std::chrono::milliseconds(1500);
        timeouts.read = std::chrono::seconds(10);
        m_client->setTimeouts(timeouts);
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void matrix_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<Operation>("operation");
        const QList<std::pair<Fault, const char *>> faults{
            {Fault::None, "no fault"},
            {Fault::LatencyPastDeadline, "latency past the deadline"},
            {Fault::DropAfterStore, "drop after the server stored"},
            {Fault::ServerError, "5xx every time"},
            {Fault::ServerErrorOnce, "5xx once"},
            {Fault::Throttling, "throttling"},
            {Fault::CancelMidPlan, "cancel mid-plan"},
        };
        const QList<std::pair<Operation, const char *>> operations{
            {Operation::Create, "create"},
            {Operation::UpdateFields, "update fields"},
            {Operation::UpdateLabels, "labels only"},
            {Operation::UpdateFieldsAndLabels, "fields and labels"},
            {Operation::Delete, "delete"},
        };
        for (const auto &[fault, faultName] : faults) {
            for (const auto &[operation, operationName] : operations) {
                QTest::addRow("%s / %s", faultName, operationName) << fault << operation;
            }
        }
    }

    void matrix()
    {
        QFETCH(Fault, fault);
        QFETCH(Operation, operation);

        std::optional<pai::Model> seeded;
        ModelPlan plan;
        pai::ModelDraft wanted;
        if (operation == Operation::Create) {
            wanted.modelName = u"engine-created"_s;
            wanted.workspaceId = m_workspaceId;
            wanted.modelDescription = u"made by the engine"_s;
            wanted.labels = {{u"env"_s, u"prod"_s}};
            plan = ModelPlan::create(wanted);
        } else {
            seeded = seedModel();
            wanted = pai::ModelDraft::fromModel(*seeded);
            if (operation == Operation::UpdateFields ||
                operation == Operation::UpdateFieldsAndLabels) {
                wanted.modelDescription = u"after"_s;
                wanted.orderNumber = 7;
            }
            if (operation == Operation::UpdateLabels ||
                operation == Operation::UpdateFieldsAndLabels) {
                // A changed value (delete, then create), a removal and an addition.
                wanted.labels = {
                    {u"env"_s, u"prod"_s}, {u"team"_s, u"nlp"_s}, {u"owner"_s, u"ana"_s}};
            }
            plan = operation == Operation::Delete ? ModelPlan::remove(*seeded)
                                                  : ModelPlan::update(*seeded, wanted);
        }

        m_sandbox->server().setFaultPlan(planFor(fault));
        ModelWriter writer(m_client.get());
        const WriteOutcome outcome = runToEnd(writer, plan, fault == Fault::CancelMidPlan);
        QVERIFY2(!writer.isRunning(), "the run did not end");
        m_sandbox->server().setFaultPlan({});
        const QString report = outcome.summary();
        qInfo("%s -> %s: %s", QTest::currentDataTag(),
              qPrintable(WriteOutcome::verdictName(outcome.verdict)), qPrintable(report));

        // What the sandbox really holds decides what the report must say.
        QString storedText; // for the log: the truth each case was checked against
        switch (operation) {
        case Operation::Create: {
            const int created = countNamed(m_sandbox->store(), wanted.modelName);
            QVERIFY2(created <= 1, "a create was duplicated");
            storedText = u"%1 model(s) named so"_s.arg(created);
            QCOMPARE(outcome.verdict, created == 1 ? Verdict::Applied : Verdict::NotApplied);
            if (created == 1) {
                QVERIFY(m_sandbox->store().model(outcome.modelId).has_value());
                QCOMPARE(m_sandbox->store().model(outcome.modelId)->labels, wanted.labels);
            }
            break;
        }
        case Operation::Delete: {
            const bool gone = !m_sandbox->store().model(seeded->modelId).has_value();
            storedText = gone ? u"model gone"_s : u"model still there"_s;
            QCOMPARE(outcome.verdict, gone ? Verdict::Applied : Verdict::NotApplied);
            break;
        }
        default: {
            const std::optional<pai::Model> stored = m_sandbox->store().model(seeded->modelId);
            QVERIFY(stored);
            QVERIFY2(!hasDuplicateKeys(stored->labels), "a label key appears twice");
            QCOMPARE(lostLabels(seeded->labels, wanted.labels, stored->labels), QStringList());
            const auto comparison = changes::ReadBackComparison::compare(
                pai::ModelDraft::fromModel(*seeded), wanted, pai::ModelDraft::fromModel(*stored));
            const Verdict truth = comparison.allApplied()    ? Verdict::Applied
                                  : comparison.noneApplied() ? Verdict::NotApplied
                                                             : Verdict::PartlyApplied;
            QCOMPARE(outcome.verdict, truth);
            QCOMPARE(outcome.missingPaths, comparison.missing());
            storedText = u"has %1; lacks %2"_s.arg(comparison.applied().join(u' '),
                                                   comparison.missing().join(u' '));
            QVERIFY(outcome.server.has_value());
            QCOMPARE(pai::ModelDraft::fromModel(*outcome.server),
                     pai::ModelDraft::fromModel(*stored));
            break;
        }
        }

        qInfo("matrix | %s | %s%s | %s |", QTest::currentDataTag(),
              qPrintable(WriteOutcome::verdictName(outcome.verdict)),
              outcome.confirmedByReadBack ? " (read back)" : "", qPrintable(storedText));

        // The fault decides which evidence the report rests on, and no step is ever "failed"
        // because of a cancel.
        switch (fault) {
        case Fault::None:
        case Fault::ServerErrorOnce:
            QCOMPARE(outcome.verdict, Verdict::Applied);
            break;
        case Fault::LatencyPastDeadline:
            // Only the read-back can know: the answer came after the deadline.
            QVERIFY(outcome.confirmedByReadBack);
            QVERIFY(outcome.timedOut);
            QVERIFY(outcome.readBackOwnDeadline);
            QVERIFY(report.contains(u"allowing up to"_s));
            QVERIFY(outcome.verdict == Verdict::Applied ||
                    outcome.verdict == Verdict::PartlyApplied);
            break;
        case Fault::DropAfterStore:
            // The write was stored: a retried idempotent delete answers 2xx, anything else is
            // settled by reading back; either way the report says it applied.
            QCOMPARE(outcome.verdict, Verdict::Applied);
            break;
        case Fault::ServerError:
        case Fault::Throttling:
            QCOMPARE(outcome.verdict, Verdict::NotApplied);
            break;
        case Fault::CancelMidPlan:
            QVERIFY(outcome.canceled);
            QVERIFY(report.startsWith(u"Canceled"_s));
            for (const changes::WriteStep &step : outcome.steps)
                QVERIFY2(!(step.isWrite() && step.state == StepState::Failed),
                         "canceled shown as failed");
            break;
        }
        // One report never says both "applied" and "not applied" of everything.
        if (outcome.verdict == Verdict::Applied)
            QVERIFY(!report.contains(u"none of the changes"_s) &&
                    !report.contains(u"not created"_s));
        if (outcome.verdict == Verdict::NotApplied)
            QVERIFY(!report.contains(u"confirms that every change"_s));
        for (const changes::WriteStep &step : outcome.steps) {
            QVERIFY2(step.state != StepState::Pending && step.state != StepState::Running,
                     qPrintable(step.title(plan.kind())));
        }
    }

    void unreadableOutcomeStaysUnknown()
    {
        // UpdateModel is stored but its answer is lost, and the model cannot be read back: the
        // report says the outcome is unknown, and never that it applied or did not.
        const pai::Model seeded = seedModel();
        pai::ModelDraft wanted = pai::ModelDraft::fromModel(seeded);
        wanted.modelDescription = u"after"_s;
        const QMetaObject::Connection faults = m_sandbox->loseWriteAndReadsAfter(u"UpdateModel"_s);
        ModelWriter writer(m_client.get());
        writer.setReadBackTimeout(std::chrono::milliseconds(500));
        const WriteOutcome outcome = runToEnd(writer, ModelPlan::update(seeded, wanted), false);
        disconnect(faults);
        QCOMPARE(outcome.verdict, Verdict::Unknown);
        QVERIFY(!outcome.server);
        QVERIFY(outcome.summary().contains(u"unknown"_s));
        QVERIFY(!outcome.summary().contains(u"confirms"_s));
        QCOMPARE(m_sandbox->store().model(seeded.modelId)->modelDescription, u"after"_s);
    }

    void elapsedAndRemainingShareOneDeadline()
    {
        const pai::Model seeded = seedModel();
        pai::ModelDraft wanted = pai::ModelDraft::fromModel(seeded);
        wanted.modelDescription = u"after"_s;
        wanted.labels.append({u"extra"_s, u"1"_s});
        ModelWriter writer(m_client.get());
        QSignalSpy deadlines(&writer, &ModelWriter::deadlineStarted);
        const WriteOutcome outcome = runToEnd(writer, ModelPlan::update(seeded, wanted), false);
        QCOMPARE(outcome.verdict, Verdict::Applied);
        // One deadline for check, writes and read-back together: the update timeout.
        QCOMPARE(deadlines.size(), 1);
        QCOMPARE(deadlines.constFirst().at(1).toLongLong(), 1500);
    }

    void conflictPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("sent");
        QTest::newRow("stop") << int(ModelWriter::ConflictPolicy::Stop) << false;
        QTest::newRow("rebase") << int(ModelWriter::ConflictPolicy::Rebase) << true;
    }

    void conflictPolicies()
    {
        QFETCH(int, policy);
        QFETCH(bool, sent);
        const pai::Model seeded = seedModel();
        pai::ModelDraft wanted = pai::ModelDraft::fromModel(seeded);
        wanted.modelDescription = u"mine"_s;
        // Someone else changes another field after the copy was read, a second later.
        m_sandbox->store().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(5); });
        QVERIFY(m_sandbox->store().updateModel(seeded.modelId,
                                               [](pai::Model &m) { m.task = u"other"_s; }));
        ModelWriter writer(m_client.get());
        writer.setConflictPolicy(ModelWriter::ConflictPolicy(policy));
        const WriteOutcome outcome = runToEnd(writer, ModelPlan::update(seeded, wanted), false);
        const pai::Model stored = *m_sandbox->store().model(seeded.modelId);
        QCOMPARE(stored.task, u"other"_s); // the other writer's value survives either way
        QCOMPARE(stored.modelDescription, sent ? u"mine"_s : u"before"_s);
        QCOMPARE(outcome.conflictDeclined, !sent);
        QCOMPARE(outcome.verdict, sent ? Verdict::Applied : Verdict::NotApplied);
    }

    void ownEarlierWriteIsNoConflict()
    {
        const pai::Model seeded = seedModel();
        pai::Model written = seeded;
        written.modelDescription = u"mine"_s;
        written.gmtModifiedTime = u"2099-01-01T00:00:00Z"_s;
        pai::Model expected = seeded;
        expected.modelDescription = u"mine"_s;
        QVERIFY(!ModelWriter::isConflict(expected, written));
        pai::Model other = written;
        other.task = u"someone else"_s;
        QVERIFY(ModelWriter::isConflict(expected, other));
    }

    void emptyUpdateSendsNothing()
    {
        const pai::Model seeded = seedModel();
        const ModelPlan plan = ModelPlan::update(seeded, pai::ModelDraft::fromModel(seeded));
        QVERIFY(plan.isEmpty());
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        ModelWriter writer(m_client.get());
        const WriteOutcome outcome = runToEnd(writer, plan, false);
        QCOMPARE(outcome.verdict, Verdict::Applied);
        QVERIFY(!requests.wait(200));
    }

    void planTextShowsExactRequests()
    {
        const pai::Model seeded = seedModel();
        pai::ModelDraft wanted = pai::ModelDraft::fromModel(seeded);
        wanted.modelDescription = u"after"_s;
        wanted.labels = {{u"env"_s, u"prod"_s}, {u"team"_s, u"nlp"_s}, {u"tier"_s, u"gold"_s}};
        const ModelPlan plan = ModelPlan::update(seeded, wanted);
        const QString text = plan.toText();
        const QString path = u"/api/v1/models/"_s + seeded.modelId;
        QVERIFY2(text.contains(u"PUT "_s + path), qPrintable(text));
        QVERIFY2(text.contains(u"DELETE "_s + path + u"/labels?LabelKeys=env%2Cteam%2Ctier"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"POST "_s + path + u"/labels"_s));
        QCOMPARE(plan.writeCount(), 3);
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(u"Kind"_s).toString(), u"update"_s);
        QCOMPARE(json.value(u"Requests"_s).toArray().size(), 5); // check, 3 writes, read-back

        // What runs is what was shown: the sandbox sees the same paths and bodies.
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        ModelWriter writer(m_client.get());
        QCOMPARE(runToEnd(writer, plan, false).verdict, Verdict::Applied);
        QStringList seen;
        for (const QList<QVariant> &args : requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            seen.append(QString::fromLatin1(request.method + ' ' + request.rawPath));
        }
        QStringList planned;
        for (const ModelPlan::Step &step : plan.steps())
            planned.append(
                QString::fromLatin1(step.request.method + ' ' + step.request.encodedPath));
        QCOMPARE(seen, planned);
    }
};

QTEST_GUILESS_MAIN(TestModelWriter)
#include "tst_modelwriter.moc"
