// Bulk edits on the change engine against a real sandbox over sockets: every assertion is about
// what the sandbox stored, and the run's report must say the same.
#include "api/apiclient.h"
#include "changes/bulkplan.h"
#include "changes/bulkplanner.h"
#include "changes/bulkresult.h"
#include "changes/bulkrunner.h"
#include "changes/bulkundo.h"
#include "credentials/providers/providerbuilder.h"
#include "pai/gallery.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"
#include "support/wiresamples.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using changes::BulkEdit;
using changes::BulkModelResult;
using changes::BulkPlan;
using changes::BulkPlanner;
using changes::BulkResult;
using changes::BulkRunner;
using testsupport::SandboxFixture;
using State = BulkModelResult::State;

namespace {

const QStringList writeOperations{u"CreateModel"_s, u"UpdateModel"_s, u"DeleteModel"_s,
                                  u"CreateModelLabels"_s, u"DeleteModelLabels"_s};

api::RetryPolicy quickRetries(int maxAttempts = 0)
{
    api::RetryPolicy::Parameters parameters;
    parameters.initialBackoff = std::chrono::milliseconds(10);
    parameters.maxBackoff = std::chrono::milliseconds(80);
    parameters.maxAttempts = maxAttempts;
    return api::RetryPolicy(parameters);
}

// The model's ID in a request path (/api/v1/models/<id>...), or empty.
QString modelIdOf(const sandbox::ReceivedRequest &request)
{
    const QStringList parts = QString::fromUtf8(request.rawPath).split(u'/');
    const qsizetype at = parts.indexOf(u"models"_s);
    return at >= 0 && at + 1 < parts.size() ? parts.at(at + 1) : QString();
}

bool hasLabel(const pai::Model &model, const pai::Label &label, int *count = nullptr)
{
    const int found = int(std::count(model.labels.cbegin(), model.labels.cend(), label));
    if (count)
        *count = found;
    return found > 0;
}

} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<QSignalSpy> m_requests;

    QList<pai::Model> seed(int count)
    {
        QList<pai::Model> models;
        for (int i = 0; i < count; ++i) {
            pai::Model model;
            model.modelName = u"bulk-%1"_s.arg(i, 4, 10, QChar(u'0'));
            model.workspaceId = m_sandbox->store().defaultWorkspaceId();
            model.modelDescription = u"model %1"_s.arg(i);
            model.accessibility = u"PRIVATE"_s;
            model.labels = {{u"team"_s, u"nlp"_s}, {u"tier"_s, i % 2 ? u"gold"_s : u"silver"_s}};
            model.extraInfo = QJsonObject{{u"size"_s, i}};
            models.append(m_sandbox->store().addModel(model));
        }
        return models;
    }

    static QStringList idsOf(const QList<pai::Model> &models)
    {
        QStringList ids;
        for (const pai::Model &model : models)
            ids.append(model.modelId);
        return ids;
    }

    BulkPlan plan(const std::function<void(BulkPlanner &)> &how)
    {
        BulkPlanner planner(m_client.get());
        QSignalSpy planned(&planner, &BulkPlanner::planned);
        how(planner);
        if (planned.isEmpty() && !planned.wait(120000))
            return {};
        return planned.constFirst().constFirst().value<BulkPlan>();
    }

    BulkResult
    run(const BulkPlan &bulkPlan,
        changes::ModelWriter::ConflictPolicy policy = changes::ModelWriter::ConflictPolicy::Rebase,
        const std::function<void(BulkRunner &)> &watch = {})
    {
        BulkRunner runner(m_client.get());
        runner.setConflictPolicy(policy);
        if (watch)
            watch(runner);
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start(bulkPlan);
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.constFirst().constFirst().value<BulkResult>();
    }

    QList<sandbox::ReceivedRequest> requests() const
    {
        QList<sandbox::ReceivedRequest> list;
        for (const QList<QVariant> &args : *m_requests)
            list.append(args.constFirst().value<sandbox::ReceivedRequest>());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BulkPlan>();
        qRegisterMetaType<BulkResult>();
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        m_client->setRetryPolicy(quickRetries());
        api::OperationTimeouts timeouts;
        timeouts.update = timeouts.remove = std::chrono::seconds(20);
        timeouts.read = std::chrono::seconds(20);
        m_client->setTimeouts(timeouts);
        m_requests = std::make_unique<QSignalSpy>(&m_sandbox->server(),
                                                  &sandbox::SandboxServer::requestHandled);
    }

    void cleanup()
    {
        m_requests.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void planPerModel_data()
    {
        QTest::addColumn<BulkEdit>("edit");
        QTest::addColumn<int>("planned");            // of the four seeded models
        QTest::addColumn<QStringList>("operations"); // the writes of the first model's plan
        BulkEdit add;
        add.addLabels = {{u"owner"_s, u"ana"_s}};
        QTest::newRow("add a label") << add << 4 << QStringList{u"CreateModelLabels"_s};
        BulkEdit same;
        same.addLabels = {{u"team"_s, u"nlp"_s}};
        QTest::newRow("a label every model has") << same << 0 << QStringList();
        BulkEdit remove;
        remove.removeLabelKeys = {u"tier"_s, u"nothere"_s};
        QTest::newRow("remove a label") << remove << 4 << QStringList{u"DeleteModelLabels"_s};
        BulkEdit extra;
        extra.setExtraInfo = QJsonObject{{u"config"_s, QJsonObject{{u"a"_s, 1}}}};
        extra.removeExtraInfoKeys = {u"size"_s};
        QTest::newRow("extra info") << extra << 4 << QStringList{u"UpdateModel"_s};
        BulkEdit size;
        size.setExtraInfo = QJsonObject{{u"size"_s, 0}};
        QTest::newRow("extra info one model has") << size << 3 << QStringList{u"UpdateModel"_s};
        BulkEdit access;
        access.accessibility = u"PUBLIC"_s;
        QTest::newRow("accessibility") << access << 4 << QStringList{u"UpdateModel"_s};
        BulkEdit del;
        del.remove = true;
        QTest::newRow("delete") << del << 4 << QStringList{u"DeleteModel"_s};
    }

    void planPerModel()
    {
        QFETCH(BulkEdit, edit);
        QFETCH(int, planned);
        QFETCH(QStringList, operations);
        const QList<pai::Model> models = seed(4);
        const BulkPlan bulkPlan = BulkPlan::build(edit, models);
        QCOMPARE(bulkPlan.entries().size(), 4);
        QCOMPARE(bulkPlan.planCount(), planned);
        QCOMPARE(bulkPlan.skipCount(), 4 - planned);
        for (const BulkPlan::Entry &entry : bulkPlan.entries()) {
            if (!entry.plan) {
                QCOMPARE(entry.skip, BulkPlan::Skip::NoChange);
                continue;
            }
            QStringList writes;
            for (const auto &step : entry.plan->steps()) {
                if (step.role == changes::StepRole::Write)
                    writes.append(step.request.operation);
            }
            if (entry.modelId == models.constLast().modelId)
                QCOMPARE(writes, operations);
        }
        QVERIFY(bulkPlan.toText().contains(bulkPlan.summary()));
        QCOMPARE(bulkPlan.toJson().value(u"Models"_s).toArray().size(), 4);
        QCOMPARE(BulkEdit::fromJson(edit.toJson()), edit);
        QCOMPARE(m_requests->size(), 0); // planning from copies sends nothing
    }

    // A gallery model is read-only, and that is the engine's rule: BulkPlan gives it no plan,
    // whoever asks (the window, the CLI, a filter that happens to list the gallery), and the run
    // sends nothing for it.
    void galleryModelsAreSkipped_data()
    {
        QTest::addColumn<BulkEdit>("edit");
        BulkEdit add;
        add.addLabels = {{u"owner"_s, u"ana"_s}};
        QTest::newRow("add a label") << add;
        BulkEdit extra;
        extra.setExtraInfo = QJsonObject{{u"size"_s, 7}};
        QTest::newRow("extra info") << extra;
        BulkEdit access;
        access.accessibility = u"PUBLIC"_s; // the seeded models are PRIVATE, the gallery's PUBLIC
        QTest::newRow("accessibility") << access;
        BulkEdit del;
        del.remove = true;
        QTest::newRow("delete") << del;
    }

    void galleryModelsAreSkipped()
    {
        QFETCH(BulkEdit, edit);
        const QList<pai::Model> own = seed(2);
        QList<pai::Model> gallery;
        for (int i = 0; i < 2; ++i)
            gallery.append(m_sandbox->store().addModel(sandbox::DemoData::galleryModels().at(i)));
        QVERIFY(gallery.constFirst().isGalleryModel());

        const BulkPlan bulkPlan = plan(
            [&](BulkPlanner &planner) { planner.planEdit(edit, idsOf(own) + idsOf(gallery)); });
        QCOMPARE(bulkPlan.entries().size(), 4);
        QCOMPARE(bulkPlan.planCount(), 2);
        const QStringList galleryIds = idsOf(gallery);
        for (const BulkPlan::Entry &entry : bulkPlan.entries()) {
            if (!galleryIds.contains(entry.modelId)) {
                QVERIFY(entry.hasPlan());
                continue;
            }
            QVERIFY(!entry.hasPlan());
            QCOMPARE(entry.skip, BulkPlan::Skip::ReadOnly);
        }
        const QString reason = BulkPlan::skipDescription(BulkPlan::Skip::ReadOnly);
        QVERIFY(reason.contains(pai::Gallery::readOnlyReason()));
        QVERIFY(bulkPlan.toText().contains(reason));

        const BulkResult result = run(bulkPlan);
        QCOMPARE(result.counts().done, 2);
        QCOMPARE(result.counts().skipped, 2);
        QVERIFY(!result.anyFailed());
        for (const BulkModelResult &model : result.models) {
            if (galleryIds.contains(model.modelId)) {
                QCOMPARE(model.state, State::Skipped);
                QCOMPARE(model.skip, BulkPlan::Skip::ReadOnly);
            }
        }
        // The skip survives the JSON of `bulk --output json` and `bulk undo RESULT.json`.
        const std::optional<BulkResult> reread = BulkResult::fromJson(result.toJson());
        QVERIFY(reread);
        for (const BulkModelResult &model : reread->models)
            QCOMPARE(model.skip == BulkPlan::Skip::ReadOnly, galleryIds.contains(model.modelId));
        for (const sandbox::ReceivedRequest &request : requests()) {
            if (writeOperations.contains(request.operation))
                QVERIFY2(!galleryIds.contains(modelIdOf(request)), qPrintable(request.operation));
        }
        for (const pai::Model &model : gallery)
            QCOMPARE(*m_sandbox->store().model(model.modelId), model);
    }

    void faultRun_data()
    {
        QTest::addColumn<int>("modelCount");
        QTest::addColumn<double>("throttleRate");
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<double>("dropRate");
        QTest::newRow("20 models, no faults") << 20 << 0.0 << 0.0 << 0.0;
        // About 30% of all requests, reads and writes alike, fail: 10% throttled, 10% 500/503,
        // 10% dropped; a write that draws a fault is stored first.
        QTest::newRow("500 models, 30% faults") << 500 << 0.1 << 0.1 << 0.1;
    }

    void faultRun()
    {
        QFETCH(int, modelCount);
        QFETCH(double, throttleRate);
        QFETCH(double, errorRate);
        QFETCH(double, dropRate);
        QElapsedTimer clock;
        clock.start();
        const QList<pai::Model> seeded = seed(modelCount);
        const pai::Label added{u"bulk"_s, u"yes"_s};
        BulkEdit edit;
        edit.addLabels = {added};

        sandbox::FaultPlan faults;
        faults.seed = 14;
        faults.throttleRate = throttleRate;
        faults.errorRate = errorRate;
        faults.dropRate = dropRate;
        faults.applyWritesBeforeFault = true;
        m_sandbox->server().setFaultPlan(faults);

        const BulkPlan bulkPlan =
            plan([&](BulkPlanner &planner) { planner.planEdit(edit, idsOf(seeded)); });
        QCOMPARE(bulkPlan.entries().size(), modelCount);
        const BulkResult first = run(bulkPlan);
        QCOMPARE(first.models.size(), modelCount);
        QCOMPARE(first.counts().pending, 0);

        // The first run's report against the store, before anything else writes.
        int doneFirst = 0;
        for (const BulkModelResult &model : first.models) {
            const std::optional<pai::Model> stored = m_sandbox->store().model(model.modelId);
            QVERIFY(stored);
            if (model.state == State::Done) {
                ++doneFirst;
                QVERIFY2(hasLabel(*stored, added), qPrintable(model.modelId));
            }
            if (model.after)
                QCOMPARE(pai::ModelDraft::fromModel(*model.after),
                         pai::ModelDraft::fromModel(*stored));
            if (model.state == State::Failed && model.changed == BulkModelResult::Change::No)
                QVERIFY2(!hasLabel(*stored, added), qPrintable(model.modelId));
        }

        // "Retry failed" until nothing fails, as a person would.
        BulkResult total = first;
        int rounds = 0;
        while (total.anyFailed() && rounds < 5) {
            ++rounds;
            const BulkPlan again = plan([&](BulkPlanner &planner) { planner.planRetry(total); });
            QCOMPARE(again.entries().size(), total.failedIds().size());
            total.merge(run(again));
        }
        m_sandbox->server().setFaultPlan({});

        int throttled = 0;
        int serverErrors = 0;
        int dropped = 0;
        int writes = 0;
        for (const sandbox::ReceivedRequest &request : requests()) {
            throttled += request.status == 400 ? 1 : 0;
            serverErrors += request.status >= 500 ? 1 : 0;
            dropped += request.status == 0 ? 1 : 0;
            writes += writeOperations.contains(request.operation) ? 1 : 0;
        }
        int replans = 0;
        for (const BulkModelResult &model : first.models)
            replans += model.outcome ? model.outcome->replans : 0;

        QCOMPARE(total.counts().done, modelCount);
        for (int i = 0; i < modelCount; ++i) {
            const std::optional<pai::Model> stored = m_sandbox->store().model(seeded.at(i).modelId);
            QVERIFY(stored);
            int copies = 0;
            hasLabel(*stored, added, &copies);
            QCOMPARE(copies, 1);
            pai::ModelDraft expected = pai::ModelDraft::fromModel(seeded.at(i));
            expected.labels.append(added);
            QCOMPARE(pai::ModelDraft::fromModel(*stored), expected);
            const BulkModelResult *reported = total.find(stored->modelId);
            QVERIFY(reported && reported->after);
            QCOMPARE(pai::ModelDraft::fromModel(*reported->after), expected);
            QCOMPARE(reported->changed, BulkModelResult::Change::Yes);
        }
        qInfo("bulk fault run | models %d | requests %lld (writes %d) | faults injected %d "
              "(throttled %d, 5xx %d, dropped %d) | retries by policy during the writes %d | "
              "re-planned after a "
              "lost reply %d | first run: %d done, %d failed | retry-failed rounds %d | final: "
              "%d of %d models hold the label exactly once, nothing else changed | %lld ms",
              modelCount, qlonglong(m_requests->size()), writes, throttled + serverErrors + dropped,
              throttled, serverErrors, dropped, total.retries, replans, doneFirst,
              first.counts().failed, rounds, total.counts().done, modelCount,
              qlonglong(clock.elapsed()));
    }

    // A bulk edit signed with temporary credentials that expire during the run: every model is
    // written, the provider refreshes ahead of each expiry with one fetch in flight, and no
    // request meets an expired token.
    void bulkEditCrossesAnExpiry()
    {
        const QString role = u"acs:ram::100000000000000:role/bulk-editor"_s;
        sandbox::SandboxServer &server = m_sandbox->server();
        server.setStsEnabled(true);
        server.addTrustedRole(role);
        server.setStsIssuedDurationSeconds(2);
        const QList<pai::Model> seeded = seed(24);
        sandbox::FaultPlan slow;
        slow.latencyMs = 250; // 24 models of 3 to 4 requests, 6 at a time: well past 2 s
        slow.latencyOperations = {u"GetModel"_s, u"CreateModelLabels"_s};
        server.setFaultPlan(slow);

        credentials::AliyunProfileSpec spec;
        spec.name = u"bulk-role"_s;
        spec.mode = u"RamRoleArn"_s;
        spec.accessKeyId = QString::fromLatin1(SandboxFixture::AccessKeyId);
        spec.accessKeySecret = QString::fromLatin1(SandboxFixture::AccessKeySecret);
        spec.ramRoleArn = role;
        spec.ramSessionName = u"bulk"_s;
        credentials::ProviderSettings settings;
        settings.stsEndpointOverride = m_sandbox->url().toString();
        settings.borrowFrom(*m_client);
        QString error;
        credentials::ProviderBuilder builder({spec}, settings);
        std::unique_ptr<credentials::RefreshingCredentials> provider(
            builder.build(spec.name, nullptr, &error));
        QVERIFY2(provider, qPrintable(error));
        m_client->setCredentials({});
        m_client->setCredentialSource(provider.get());

        QElapsedTimer clock;
        clock.start();
        const pai::Label added{u"rotated"_s, u"yes"_s};
        BulkEdit edit;
        edit.addLabels = {added};
        const BulkPlan bulkPlan =
            plan([&](BulkPlanner &planner) { planner.planEdit(edit, idsOf(seeded)); });
        const BulkResult result = run(bulkPlan);
        QVERIFY2(clock.elapsed() > 2500, "the run must outlive the first triple");
        QCOMPARE(result.counts().done, int(seeded.size()));
        for (const pai::Model &model : seeded) {
            int copies = 0;
            hasLabel(*m_sandbox->store().model(model.modelId), added, &copies);
            QCOMPARE(copies, 1);
        }
        QVERIFY(provider->refreshCount() >= 2);
        QCOMPARE(provider->maxInFlight(), 1);
        QSet<QByteArray> tokens;
        for (const sandbox::ReceivedRequest &request : requests()) {
            if (request.operation == u"AssumeRole"_s)
                continue;
            QCOMPARE(request.status, 200); // never an expired token
            tokens.insert(testsupport::headerOf(request, "x-acs-security-token"));
        }
        QVERIFY(tokens.size() >= 2);
        m_client->setCredentialSource(nullptr);
    }

    void cancelReportsWhatChanged_data()
    {
        QTest::addColumn<int>("cancelAfter"); // models finished before Cancel
        QTest::newRow("after 1") << 1;
        QTest::newRow("after 9") << 9;
    }

    void cancelReportsWhatChanged()
    {
        QFETCH(int, cancelAfter);
        const QList<pai::Model> seeded = seed(30);
        sandbox::FaultPlan slow;
        slow.latencyMs = 150;
        slow.latencyOperations = {u"CreateModelLabels"_s};
        m_sandbox->server().setFaultPlan(slow);
        BulkEdit edit;
        edit.addLabels = {{u"owner"_s, u"ana"_s}};
        int finishedModels = 0;
        const BulkResult result =
            run(BulkPlan::build(edit, seeded), changes::ModelWriter::ConflictPolicy::Rebase,
                [&](BulkRunner &runner) {
                    connect(&runner, &BulkRunner::modelFinished, &runner,
                            [&runner, &finishedModels, cancelAfter] {
                                if (++finishedModels == cancelAfter)
                                    runner.cancel();
                            });
                });
        QVERIFY(result.canceled);
        const auto counts = result.counts();
        QVERIFY2(counts.pending > 0, qPrintable(result.summary()));
        // Those in flight at the cancel settled: up to six more than asked for.
        QVERIFY(counts.done >= cancelAfter && counts.done < cancelAfter + 6);
        QCOMPARE(counts.done + counts.pending + counts.failed, 30);

        QStringList changedInStore;
        for (const pai::Model &model : seeded) {
            if (pai::ModelDraft::fromModel(*m_sandbox->store().model(model.modelId)) !=
                pai::ModelDraft::fromModel(model))
                changedInStore.append(model.modelId);
        }
        QCOMPARE(result.changedIds(true), changedInStore);
        for (const QString &id : result.idsIn(State::Pending)) {
            for (const sandbox::ReceivedRequest &request : requests())
                QVERIFY2(modelIdOf(request) != id, "a model not started was sent a request");
        }
    }

    void undoRestoresAndSkipsChangedModels()
    {
        const QList<pai::Model> seeded = seed(8);
        BulkEdit edit;
        edit.addLabels = {{u"owner"_s, u"ana"_s}, {u"tier"_s, u"bronze"_s}};
        edit.removeLabelKeys = {u"team"_s};
        edit.setExtraInfo = QJsonObject{{u"reviewed"_s, true}};
        edit.removeExtraInfoKeys = {u"size"_s};
        edit.accessibility = u"PUBLIC"_s;
        const BulkResult done = run(BulkPlan::build(edit, seeded));
        QCOMPARE(done.counts().done, 8);
        QCOMPARE(done.changedIds().size(), 8);

        // Someone else changes one model after the run.
        const QString touched = seeded.at(3).modelId;
        m_sandbox->store().updateModel(
            touched, [](pai::Model &model) { model.modelDescription = u"edited elsewhere"_s; });
        const pai::Model touchedNow = *m_sandbox->store().model(touched);

        // The undo starts from the result as a file holds it.
        const std::optional<BulkResult> saved = BulkResult::fromJson(done.toJson());
        QVERIFY(saved);
        const BulkPlan undo = plan([&](BulkPlanner &planner) { planner.planUndo(*saved); });
        QVERIFY(undo.isUndo());
        QCOMPARE(undo.planCount(), 7);
        for (const BulkPlan::Entry &entry : undo.entries()) {
            if (entry.modelId == touched)
                QCOMPARE(entry.skip, BulkPlan::Skip::ChangedSince);
        }
        const BulkResult undone = run(undo, changes::ModelWriter::ConflictPolicy::Stop);
        QCOMPARE(undone.counts().done, 7);
        QCOMPARE(undone.counts().skipped, 1);
        QCOMPARE(undone.idsIn(State::Skipped), QStringList{touched});

        for (const pai::Model &model : seeded) {
            const pai::Model stored = *m_sandbox->store().model(model.modelId);
            if (model.modelId == touched)
                QCOMPARE(stored, touchedNow);
            else
                QCOMPARE(pai::ModelDraft::fromModel(stored), pai::ModelDraft::fromModel(model));
        }
    }

    void undoLeavesDeletesAlone()
    {
        const QList<pai::Model> seeded = seed(3);
        BulkEdit edit;
        edit.remove = true;
        const BulkResult done = run(BulkPlan::build(edit, seeded));
        QCOMPARE(done.counts().done, 3);
        QCOMPARE(m_sandbox->store().modelCount(), 0);
        QCOMPARE(changes::BulkUndo::modelsToRead(done), QStringList());
        const BulkPlan undo = changes::BulkUndo::plan(done, {}, {});
        QCOMPARE(undo.planCount(), 0);
        for (const BulkPlan::Entry &entry : undo.entries())
            QCOMPARE(entry.skip, BulkPlan::Skip::CannotUndo);
    }

    void retryFailedRerunsOnlyThose()
    {
        // No retries by policy, and the first four label writes are refused with 503: four
        // models fail, known not to be changed.
        m_client->setRetryPolicy(quickRetries(1));
        QList<pai::Model> seeded = seed(12);
        m_sandbox->store().putLabels(seeded.at(0).modelId, {{u"owner"_s, u"ana"_s}});
        sandbox::FaultPlan refuse;
        refuse.operations = {u"CreateModelLabels"_s};
        refuse.errorRate = 1.0;
        refuse.errorStatus = 503;
        refuse.faultLimit = 4;
        m_sandbox->server().setFaultPlan(refuse);
        BulkEdit edit;
        edit.addLabels = {{u"owner"_s, u"ana"_s}};
        const BulkResult first =
            run(plan([&](BulkPlanner &planner) { planner.planEdit(edit, idsOf(seeded)); }));
        QCOMPARE(first.counts().failed, 4);
        QCOMPARE(first.counts().done, 7);
        QCOMPARE(first.counts().skipped, 1);
        const QStringList failed = first.failedIds();
        for (const QString &id : failed) {
            QVERIFY(!hasLabel(*m_sandbox->store().model(id), edit.addLabels.constFirst()));
            const BulkModelResult *model = first.find(id);
            QVERIFY(model->error);
            QCOMPARE(model->error->httpStatus, 503);
            QVERIFY(!model->error->requestId.isEmpty());
        }

        m_requests->clear();
        const BulkPlan again = plan([&](BulkPlanner &planner) { planner.planRetry(first); });
        QCOMPARE(again.entries().size(), 4);
        const BulkResult second = run(again);
        QCOMPARE(second.counts().done, 4);
        QStringList touched;
        for (const sandbox::ReceivedRequest &request : requests()) {
            if (!touched.contains(modelIdOf(request)))
                touched.append(modelIdOf(request));
        }
        touched.sort();
        QStringList expected = failed;
        expected.sort();
        QCOMPARE(touched, expected);

        BulkResult merged = first;
        merged.merge(second);
        QCOMPARE(merged.counts().done, 11);
        QCOMPARE(merged.counts().failed, 0);
        for (const pai::Model &model : seeded)
            QVERIFY(
                hasLabel(*m_sandbox->store().model(model.modelId), edit.addLabels.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
