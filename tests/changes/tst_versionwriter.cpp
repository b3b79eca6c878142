// The change engine on model versions, against a real sandbox over sockets. Every case of the
// fault x operation matrix asserts that the outcome VersionWriter reports is what the sandbox
// really stored, and that no create ever made a second version, named or numbered.
#include "api/apiclient.h"
#include "changes/readbackcomparison.h"
#include "changes/versionplan.h"
#include "changes/versionwriter.h"
#include "support/sandboxfixture.h"
#include "support/writefaults.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using changes::StepState;
using changes::VersionPlan;
using changes::VersionWriter;
using changes::WriteOutcome;
using testsupport::SandboxFixture;
using Verdict = WriteOutcome::Verdict;

namespace {

using Fault = testsupport::WriteFault;
enum class Operation {
    CreateNamed,
    CreateNumbered,
    UpdateFields,
    UpdateLabels,
    UpdateBoth,
    Delete
};

const QStringList writeOperations{u"CreateModelVersion"_s, u"UpdateModelVersion"_s,
                                  u"DeleteModelVersion"_s, u"CreateModelVersionLabels"_s,
                                  u"DeleteModelVersionLabels"_s};
const QStringList versionReads{u"GetModelVersion"_s, u"ListModelVersions"_s};
const QString CreatedUri = u"oss://paidesk-test.oss-cn-hangzhou.aliyuncs.com/models/new/"_s;

sandbox::FaultPlan planFor(Fault fault)
{
    return testsupport::faultPlanFor(fault, writeOperations);
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

int countWithUri(const QList<pai::ModelVersion> &versions, const QString &uri)
{
    return int(std::count_if(versions.cbegin(), versions.cend(),
                             [&](const pai::ModelVersion &v) { return v.uri == uri; }));
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestVersionWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_modelId;

    sandbox::ModelStore &store() { return m_sandbox->store(); }

    pai::ModelVersion seedVersion()
    {
        pai::ModelVersion version;
        version.versionName = u"1.0.0"_s;
        version.uri = u"oss://paidesk-test.oss-cn-hangzhou.aliyuncs.com/models/seed/"_s;
        version.versionDescription = u"before"_s;
        version.approvalStatus = u"Pending"_s;
        version.sourceType = u"Custom"_s;
        version.metrics = QJsonObject{{u"acc"_s, 0.5}};
        version.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, u"nlp"_s}, {u"tier"_s, u"gold"_s}};
        return *store().addVersion(m_modelId, version);
    }

    pai::ModelVersionDraft createDraft(const QString &name)
    {
        pai::ModelVersionDraft draft;
        draft.versionName = name;
        draft.uri = CreatedUri;
        draft.versionDescription = u"made by the engine"_s;
        draft.formatType = u"ONNX"_s;
        draft.metrics = QJsonObject{{u"Results"_s, QJsonArray{QJsonObject{{u"cer"_s, 0.1}}}}};
        draft.labels = {{u"env"_s, u"prod"_s}};
        return draft;
    }

    WriteOutcome runToEnd(VersionWriter &writer, const VersionPlan &plan, bool cancelOnFirstWrite)
    {
        QSignalSpy finished(&writer, &VersionWriter::finished);
        if (cancelOnFirstWrite) {
            connect(&writer, &VersionWriter::stepChanged, &writer, [&writer](int index) {
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
        pai::Model model;
        model.modelName = u"engine-subject"_s;
        model.workspaceId = store().defaultWorkspaceId();
        m_modelId = store().addModel(model).modelId;
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
            {Operation::CreateNamed, "create named"},
            {Operation::CreateNumbered, "create numbered"},
            {Operation::UpdateFields, "update fields"},
            {Operation::UpdateLabels, "labels only"},
            {Operation::UpdateBoth, "fields and labels"},
            {Operation::Delete, "delete"},
        };
        for (const auto &[fault, faultName] : faults) {
            for (const auto &[operation, operationName] : operations)
                QTest::addRow("%s / %s", faultName, operationName) << fault << operation;
        }
    }

    void matrix()
    {
        QFETCH(Fault, fault);
        QFETCH(Operation, operation);

        const bool create =
            operation == Operation::CreateNamed || operation == Operation::CreateNumbered;
        std::optional<pai::ModelVersion> seeded;
        pai::ModelVersionDraft wanted;
        VersionPlan plan;
        if (create) {
            wanted = createDraft(operation == Operation::CreateNamed ? u"2.0.0"_s : QString());
            plan = VersionPlan::create(m_modelId, wanted);
        } else {
            seeded = seedVersion();
            wanted = pai::ModelVersionDraft::fromVersion(*seeded);
            if (operation == Operation::UpdateFields || operation == Operation::UpdateBoth) {
                wanted.versionDescription = u"after"_s;
                wanted.approvalStatus = u"Approved"_s;
                wanted.metrics.insert(u"loss"_s, 0.2);
            }
            if (operation == Operation::UpdateLabels || operation == Operation::UpdateBoth) {
                wanted.labels = {
                    {u"env"_s, u"prod"_s}, {u"team"_s, u"nlp"_s}, {u"owner"_s, u"ana"_s}};
            }
            plan = operation == Operation::Delete ? VersionPlan::remove(m_modelId, *seeded)
                                                  : VersionPlan::update(m_modelId, *seeded, wanted);
        }

        m_sandbox->server().setFaultPlan(planFor(fault));
        VersionWriter writer(m_client.get());
        const WriteOutcome outcome = runToEnd(writer, plan, fault == Fault::CancelMidPlan);
        QVERIFY2(!writer.isRunning(), "the run did not end");
        m_sandbox->server().setFaultPlan({});
        const QString report = outcome.summary();
        qInfo("%s -> %s: %s", QTest::currentDataTag(),
              qPrintable(WriteOutcome::verdictName(outcome.verdict)), qPrintable(report));
        QCOMPARE(outcome.subject, WriteOutcome::Subject::Version);

        // What the sandbox really holds decides what the report must say.
        const QList<pai::ModelVersion> stored = store().versions(m_modelId);
        if (create) {
            const int created = countWithUri(stored, CreatedUri);
            QVERIFY2(created <= 1, "a create made a second version");
            QCOMPARE(stored.size(), created);
            QCOMPARE(outcome.verdict, created == 1 ? Verdict::Applied : Verdict::NotApplied);
            if (created == 1) {
                const pai::ModelVersion &version = stored.constFirst();
                QCOMPARE(outcome.versionName, version.versionName);
                QCOMPARE(version.versionName,
                         operation == Operation::CreateNamed ? u"2.0.0"_s : u"0.1.0"_s);
                QCOMPARE(version.labels, wanted.labels);
                QVERIFY(VersionWriter::isCreatedVersion(
                    version, wanted, QDateTime::currentDateTimeUtc().addSecs(-30)));
            }
        } else if (operation == Operation::Delete) {
            const bool gone = !store().version(m_modelId, seeded->versionName).has_value();
            QCOMPARE(outcome.verdict, gone ? Verdict::Applied : Verdict::NotApplied);
        } else {
            const std::optional<pai::ModelVersion> now =
                store().version(m_modelId, seeded->versionName);
            QVERIFY(now);
            QVERIFY2(!hasDuplicateKeys(now->labels), "a label key appears twice");
            for (const pai::Label &label : seeded->labels) {
                const bool kept =
                    std::any_of(wanted.labels.cbegin(), wanted.labels.cend(),
                                [&](const pai::Label &w) { return w.key == label.key; });
                const bool there =
                    std::any_of(now->labels.cbegin(), now->labels.cend(),
                                [&](const pai::Label &s) { return s.key == label.key; });
                QVERIFY2(!kept || there, qPrintable(u"lost the label "_s + label.key));
            }
            const auto comparison = changes::ReadBackComparison::compare(
                pai::ModelVersionDraft::fromVersion(*seeded), wanted,
                pai::ModelVersionDraft::fromVersion(*now));
            const Verdict truth = comparison.allApplied()    ? Verdict::Applied
                                  : comparison.noneApplied() ? Verdict::NotApplied
                                                             : Verdict::PartlyApplied;
            QCOMPARE(outcome.verdict, truth);
            QCOMPARE(outcome.missingPaths, comparison.missing());
            QVERIFY(outcome.serverVersion.has_value());
            QCOMPARE(pai::ModelVersionDraft::fromVersion(*outcome.serverVersion),
                     pai::ModelVersionDraft::fromVersion(*now));
        }

        switch (fault) {
        case Fault::None:
        case Fault::ServerErrorOnce:
        case Fault::DropAfterStore:
            QCOMPARE(outcome.verdict, Verdict::Applied);
            break;
        case Fault::LatencyPastDeadline:
            QVERIFY(outcome.confirmedByReadBack);
            QVERIFY(outcome.timedOut);
            QVERIFY(outcome.readBackOwnDeadline);
            QVERIFY(outcome.verdict == Verdict::Applied ||
                    outcome.verdict == Verdict::PartlyApplied);
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
        if (create && fault == Fault::DropAfterStore) {
            QVERIFY(outcome.adopted);
            QVERIFY(report.contains(u"instead of creating a second one"_s));
        }
        if (outcome.verdict == Verdict::Applied)
            QVERIFY(!report.contains(u"none of the changes"_s) &&
                    !report.contains(u"not created"_s));
        for (const changes::WriteStep &step : outcome.steps) {
            QVERIFY2(step.state != StepState::Pending && step.state != StepState::Running,
                     qPrintable(step.title(plan.kind())));
        }
    }

    void lostCreateThatCannotBeLookedUpIsUnknown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("named") << u"3.1.0"_s;
        QTest::newRow("numbered") << QString();
    }

    void lostCreateThatCannotBeLookedUpIsUnknown()
    {
        // The create is stored but its answer is lost, and no read answers afterwards: the
        // outcome is unknown, the create is never sent again, and one version exists.
        QFETCH(QString, name);
        const QMetaObject::Connection faults =
            m_sandbox->loseWriteAndReadsAfter(u"CreateModelVersion"_s, versionReads);
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        VersionWriter writer(m_client.get());
        writer.setReadBackTimeout(std::chrono::milliseconds(500));
        const WriteOutcome outcome =
            runToEnd(writer, VersionPlan::create(m_modelId, createDraft(name)), false);
        disconnect(faults);
        QCOMPARE(outcome.verdict, Verdict::Unknown);
        QVERIFY(outcome.summary().contains(u"no second version"_s));
        QCOMPARE(store().versions(m_modelId).size(), 1);
        int creates = 0;
        for (const QList<QVariant> &args : std::as_const(requests)) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            creates += request.operation == u"CreateModelVersion"_s ? 1 : 0;
        }
        QVERIFY2(creates <= 2, "the create was sent again"); // QNAM's own re-send is dropped
    }

    void numberedLostCreateIsTellingOtherVersionsApart()
    {
        // Someone else makes a version with another Uri while the answer to ours is lost: the
        // look-up adopts ours, not theirs.
        VersionWriter writer(m_client.get());
        sandbox::FaultPlan drop;
        drop.operations = {u"CreateModelVersion"_s};
        drop.dropRate = 1.0;
        drop.applyWritesBeforeFault = true;
        drop.faultLimit = 1;
        m_sandbox->server().setFaultPlan(drop);
        bool theirsMade = false; // once: the client's own re-send of the dropped request drops too
        connect(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled, this,
                [this, &theirsMade](const sandbox::ReceivedRequest &request) {
                    if (request.operation != u"CreateModelVersion"_s || request.status != 0 ||
                        std::exchange(theirsMade, true))
                        return;
                    pai::ModelVersion theirs;
                    theirs.uri = u"https://elsewhere.example/theirs.tar.gz"_s;
                    store().addVersion(m_modelId, theirs);
                });
        const WriteOutcome outcome =
            runToEnd(writer, VersionPlan::create(m_modelId, createDraft(QString())), false);
        QCOMPARE(outcome.verdict, Verdict::Applied);
        QVERIFY(outcome.adopted);
        QCOMPARE(outcome.versionName, u"0.1.0"_s);
        QCOMPARE(store().version(m_modelId, u"0.1.0"_s)->uri, CreatedUri);
        QCOMPARE(store().versions(m_modelId).size(), 2);
        QCOMPARE(countWithUri(store().versions(m_modelId), CreatedUri), 1);
    }

    void namedCreateOfATakenNameIsNotApplied()
    {
        pai::ModelVersion taken;
        taken.versionName = u"2.0.0"_s;
        taken.uri = u"https://elsewhere.example/old.tar.gz"_s;
        QVERIFY(store().addVersion(m_modelId, taken));
        VersionWriter writer(m_client.get());
        const WriteOutcome outcome =
            runToEnd(writer, VersionPlan::create(m_modelId, createDraft(u"2.0.0"_s)), false);
        QCOMPARE(outcome.verdict, Verdict::NotApplied);
        QVERIFY(outcome.error && outcome.error->provesNotApplied());
        QCOMPARE(store().version(m_modelId, u"2.0.0"_s)->uri, taken.uri);
        QCOMPARE(store().versions(m_modelId).size(), 1);
    }

    void immutableChangeIsRefusedAndSendsNothing()
    {
        const pai::ModelVersion seeded = seedVersion();
        pai::ModelVersionDraft wanted = pai::ModelVersionDraft::fromVersion(seeded);
        wanted.uri = u"https://elsewhere.example/m.tar.gz"_s;
        wanted.versionDescription = u"after"_s;
        const VersionPlan plan = VersionPlan::update(m_modelId, seeded, wanted);
        QVERIFY(plan.isRefused());
        QVERIFY(plan.steps().isEmpty());
        QVERIFY(plan.toText().contains(u"Uri cannot change"_s));
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        VersionWriter writer(m_client.get());
        const WriteOutcome outcome = runToEnd(writer, plan, false);
        QCOMPARE(outcome.verdict, Verdict::NotApplied);
        QVERIFY(!requests.wait(200));
        QCOMPARE(*store().version(m_modelId, seeded.versionName), seeded);
    }

    void conflictPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("sent");
        QTest::newRow("stop") << int(VersionWriter::ConflictPolicy::Stop) << false;
        QTest::newRow("rebase") << int(VersionWriter::ConflictPolicy::Rebase) << true;
    }

    void conflictPolicies()
    {
        QFETCH(int, policy);
        QFETCH(bool, sent);
        const pai::ModelVersion seeded = seedVersion();
        pai::ModelVersionDraft wanted = pai::ModelVersionDraft::fromVersion(seeded);
        wanted.versionDescription = u"mine"_s;
        QVERIFY(store().updateVersion(m_modelId, seeded.versionName, [](pai::ModelVersion &v) {
            v.approvalStatus = u"Rejected"_s;
        }));
        VersionWriter writer(m_client.get());
        writer.setConflictPolicy(VersionWriter::ConflictPolicy(policy));
        const WriteOutcome outcome =
            runToEnd(writer, VersionPlan::update(m_modelId, seeded, wanted), false);
        const pai::ModelVersion stored = *store().version(m_modelId, seeded.versionName);
        QCOMPARE(stored.approvalStatus, u"Rejected"_s);
        QCOMPARE(stored.versionDescription, sent ? u"mine"_s : u"before"_s);
        QCOMPARE(outcome.conflictDeclined, !sent);
        QCOMPARE(outcome.verdict, sent ? Verdict::Applied : Verdict::NotApplied);
    }

    void oneDeadlinePerOperation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("timeoutMs");
        QTest::newRow("create") << int(changes::PlanKind::Create) << qint64(1100);
        QTest::newRow("update") << int(changes::PlanKind::Update) << qint64(1200);
        QTest::newRow("delete") << int(changes::PlanKind::Delete) << qint64(1300);
    }

    void oneDeadlinePerOperation()
    {
        QFETCH(int, kind);
        QFETCH(qint64, timeoutMs);
        const pai::ModelVersion seeded = seedVersion();
        api::OperationTimeouts timeouts;
        timeouts.create = std::chrono::milliseconds(1100);
        timeouts.update = std::chrono::milliseconds(1200);
        timeouts.remove = std::chrono::milliseconds(1300);
        VersionWriter writer(m_client.get());
        writer.setTimeouts(timeouts);
        QSignalSpy deadlines(&writer, &VersionWriter::deadlineStarted);
        pai::ModelVersionDraft wanted = pai::ModelVersionDraft::fromVersion(seeded);
        wanted.versionDescription = u"after"_s;
        wanted.labels.append({u"extra"_s, u"1"_s});
        const VersionPlan plan = changes::PlanKind(kind) == changes::PlanKind::Create
                                     ? VersionPlan::create(m_modelId, createDraft(QString()))
                                 : changes::PlanKind(kind) == changes::PlanKind::Update
                                     ? VersionPlan::update(m_modelId, seeded, wanted)
                                     : VersionPlan::remove(m_modelId, seeded);
        QCOMPARE(runToEnd(writer, plan, false).verdict, Verdict::Applied);
        QCOMPARE(deadlines.size(), 1); // check, writes and read-back share it
        QCOMPARE(deadlines.constFirst().at(1).toLongLong(), timeoutMs);
    }

    void planTextShowsExactRequests()
    {
        const pai::ModelVersion seeded = seedVersion();
        pai::ModelVersionDraft wanted = pai::ModelVersionDraft::fromVersion(seeded);
        wanted.approvalStatus = u"Approved"_s;
        wanted.labels = {{u"env"_s, u"prod"_s}, {u"team"_s, u"nlp"_s}, {u"tier"_s, u"gold"_s}};
        const VersionPlan plan = VersionPlan::update(m_modelId, seeded, wanted);
        const QString text = plan.toText();
        const QString path = u"/api/v1/models/%1/versions/1.0.0"_s.arg(m_modelId);
        QVERIFY2(text.contains(u"PUT "_s + path), qPrintable(text));
        QVERIFY2(text.contains(u"DELETE "_s + path + u"/labels?LabelKeys=env%2Cteam%2Ctier"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"POST "_s + path + u"/labels"_s));
        QVERIFY(text.contains(u"read the version back"_s));
        QCOMPARE(plan.writeCount(), 3);
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(u"Requests"_s).toArray().size(), 5);
        QCOMPARE(json.value(u"Requests"_s).toArray().at(1).toObject().value(u"Body"_s).toObject(),
                 (QJsonObject{{u"ApprovalStatus"_s, u"Approved"_s}}));

        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        VersionWriter writer(m_client.get());
        QCOMPARE(runToEnd(writer, plan, false).verdict, Verdict::Applied);
        QStringList seen;
        for (const QList<QVariant> &args : std::as_const(requests)) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            seen.append(QString::fromLatin1(request.method + ' ' + request.rawPath));
        }
        QStringList planned;
        for (const VersionPlan::Step &step : plan.steps())
            planned.append(
                QString::fromLatin1(step.request.method + ' ' + step.request.encodedPath));
        QCOMPARE(seen, planned);
        QCOMPARE(store().version(m_modelId, u"1.0.0"_s)->labels, wanted.labels);

        const VersionPlan numbered = VersionPlan::create(m_modelId, createDraft(QString()));
        QVERIFY(numbered.toText().contains(u"numbered by the service"_s));
        QVERIFY(numbered.requestsText().contains(u"/versions/{VersionName}"_s));
    }
};

QTEST_GUILESS_MAIN(TestVersionWriter)
#include "tst_versionwriter.moc"
