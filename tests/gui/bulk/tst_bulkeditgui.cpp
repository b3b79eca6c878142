// Bulk edits from the window against a real sandbox over sockets: the form, the one review, the
// run with its counts and Cancel, Retry Failed and Undo. Every assertion about what changed is
// made against what the sandbox stored.

#include "api/apiclient.h"
#include "api/retrypolicy.h"
#include "changes/bulkrunner.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/workspaceloader.h"
#include "gui/bulk/bulkeditdialog.h"
#include "gui/bulk/bulkeditsession.h"
#include "gui/bulk/bulkplanmodel.h"
#include "gui/bulk/bulkprogressdialog.h"
#include "gui/bulk/bulkresultmodel.h"
#include "gui/bulk/bulkreviewdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using changes::BulkModelResult;
using changes::BulkPlan;
using changes::BulkResult;
using testsupport::SandboxFixture;
using State = BulkModelResult::State;

namespace {

constexpr int WaitMs = 60000;

using ModelCheck = std::function<bool(const pai::Model &)>;
using FormFill = std::function<void(gui::BulkEditDialog &)>;

api::RetryPolicy quickRetries(int maxAttempts = 0)
{
    api::RetryPolicy::Parameters parameters;
    parameters.initialBackoff = std::chrono::milliseconds(10);
    parameters.maxBackoff = std::chrono::milliseconds(80);
    parameters.maxAttempts = maxAttempts;
    return api::RetryPolicy(parameters);
}

bool hasLabel(const pai::Model &model, const pai::Label &label)
{
    return model.labels.contains(label);
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    ok->click();
}

void click(QWidget *dialog, const QString &name)
{
    auto *button = dialog->findChild<QPushButton *>(name);
    QVERIFY(button);
    QVERIFY(button->isVisible() && button->isEnabled());
    button->click();
}

// The top-level row of `modelId` in the review.
int reviewRow(const gui::BulkPlanModel &model, const QString &modelId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, gui::BulkPlanModel::DetailColumn).data().toString() == modelId)
            return row;
    }
    return -1;
}

QStringList requestOperations(const gui::BulkPlanModel &model, int row)
{
    QStringList operations;
    const QModelIndex parent = model.index(row, 0);
    for (int child = 0; child < model.rowCount(parent); ++child)
        operations.append(
            model.index(child, gui::BulkPlanModel::OutcomeColumn, parent).data().toString());
    return operations;
}

} // namespace

class TestBulkEditGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<QWidget> m_window;

    QList<pai::Model> seed(int count)
    {
        QList<pai::Model> models;
        for (int i = 0; i < count; ++i) {
            pai::Model model;
            model.modelName = u"bulk-gui-%1"_s.arg(i, 3, 10, QChar(u'0'));
            model.workspaceId = m_sandbox->store().defaultWorkspaceId();
            model.accessibility = u"PRIVATE"_s;
            model.labels = {{u"team"_s, u"nlp"_s}};
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

    pai::Model stored(const QString &modelId) const
    {
        return m_sandbox->store().model(modelId).value_or(pai::Model{});
    }

    // A session over the plain window with the form filled in and sent to the review.
    gui::BulkEditSession *reviewLabel(const QStringList &ids, const pai::Label &label)
    {
        auto *session = new gui::BulkEditSession(m_client.get(), m_window.get());
        session->start(ids, ids);
        session->editDialog()->addLabelRow(label.key, label.value);
        clickOk(session->editDialog());
        if (!QTest::qWaitFor([&] { return session->reviewDialog()->isVisible(); }, WaitMs))
            return nullptr;
        return session;
    }

    static BulkResult runReviewed(gui::BulkEditSession *session)
    {
        QSignalSpy finished(session, &gui::BulkEditSession::runFinished);
        clickOk(session->reviewDialog());
        if (finished.isEmpty() && !finished.wait(WaitMs))
            return {};
        return finished.constLast().constFirst().value<BulkResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BulkPlan>();
        qRegisterMetaType<BulkResult>();
    }

    void init()
    {
        QSettings().clear();
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        m_client->setRetryPolicy(quickRetries());
        api::OperationTimeouts timeouts;
        timeouts.update = timeouts.remove = timeouts.read = std::chrono::seconds(20);
        m_client->setTimeouts(timeouts);
        m_window = std::make_unique<QWidget>();
        m_window->resize(1000, 700);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void formNamesTheProblem_data()
    {
        QTest::addColumn<FormFill>("fill");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: valid
        QTest::newRow("nothing to do")
            << FormFill([](gui::BulkEditDialog &) {}) << u"Nothing to do"_s;
        QTest::newRow("label without key")
            << FormFill([](gui::BulkEditDialog &form) { form.addLabelRow({}, u"x"_s); })
            << u"Labels to add, row 1"_s;
        QTest::newRow("label key twice") << FormFill([](gui::BulkEditDialog &form) {
            form.addLabelRow(u"a"_s, u"1"_s);
            form.addLabelRow(u"a"_s, u"2"_s);
        }) << u"row 2: the key \"a\" is already"_s;
        QTest::newRow("extra info not JSON")
            << FormFill([](gui::BulkEditDialog &form) { form.addExtraInfoRow(u"k"_s, u"prod"_s); })
            << u"Extra information to set, row 1 (\"k\"): the value must be one JSON value"_s;
        QTest::newRow("delete with an edit") << FormFill([](gui::BulkEditDialog &form) {
            form.addLabelRow(u"a"_s, u"1"_s);
            form.setDeleteChecked(true);
        }) << changes::BulkEdit{{{u"a"_s, u"1"_s}}, {}, {}, {}, {}, true}.conflictingActions();
        QTest::newRow("valid") << FormFill([](gui::BulkEditDialog &form) {
            form.addExtraInfoRow(u"k"_s, u"{\"a\": [1, 2]}"_s);
            form.setRemoveLabelKeys(u"x, y"_s);
            form.setAccessibility(u"PUBLIC"_s);
        }) << QString();
    }

    void formNamesTheProblem()
    {
        QFETCH(FormFill, fill);
        QFETCH(QString, problem);
        gui::BulkEditDialog form(m_window.get());
        form.setModels({u"m-1"_s}, {u"m-1"_s, u"m-2"_s});
        fill(form);
        QVERIFY(!problem.isEmpty() || form.canReview());
        if (problem.isEmpty()) {
            QCOMPARE(
                form.edit().setExtraInfo.value(u"k"_s).toObject().value(u"a"_s).toArray().size(),
                2);
            QCOMPARE(form.edit().removeLabelKeys, (QStringList{u"x"_s, u"y"_s}));
            QCOMPARE(form.edit().accessibility, u"PUBLIC"_s);
            return;
        }
        QVERIFY2(form.problem().contains(problem), qPrintable(form.problem()));
        auto *box = form.findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!problem.isEmpty());
    }

    // Three rows selected in the window, one edit, the review lists exactly those three (one of
    // them as needing no change), the run changes exactly the other two on the server, and the
    // rows and the status bar follow.
    void selectedRowsReviewedAndRun_data()
    {
        QTest::addColumn<FormFill>("fill");
        QTest::addColumn<ModelCheck>("applied");
        QTest::addColumn<QStringList>("writes"); // the writes of a model that changes

        QTest::newRow("add label") << FormFill([](gui::BulkEditDialog &form) {
            form.addLabelRow(u"owner"_s, u"ana"_s);
        }) << ModelCheck([](const pai::Model &model) {
            return hasLabel(model, {u"owner"_s, u"ana"_s});
        }) << QStringList{u"GetModel"_s, u"CreateModelLabels"_s, u"GetModel"_s};
        QTest::newRow("set extra info") << FormFill([](gui::BulkEditDialog &form) {
            form.addExtraInfoRow(u"stage"_s, u"\"prod\""_s);
        }) << ModelCheck([](const pai::Model &model) {
            return model.extraInfo.value(u"stage"_s) == u"prod"_s;
        }) << QStringList{u"GetModel"_s, u"UpdateModel"_s, u"GetModel"_s};
        QTest::newRow("accessibility") << FormFill([](gui::BulkEditDialog &form) {
            form.setAccessibility(u"PUBLIC"_s);
        }) << ModelCheck([](const pai::Model &model) {
            return model.accessibility == u"PUBLIC"_s;
        }) << QStringList{u"GetModel"_s, u"UpdateModel"_s, u"GetModel"_s};
    }

    void selectedRowsReviewedAndRun()
    {
        QFETCH(FormFill, fill);
        QFETCH(ModelCheck, applied);
        QFETCH(QStringList, writes);

        const QList<pai::Model> seeded = seed(5);
        const QStringList chosen{seeded.at(0).modelId, seeded.at(2).modelId, seeded.at(3).modelId};
        // The first one already holds what the edit asks for.
        m_sandbox->store().updateModel(chosen.at(0), [](pai::Model &model) {
            model.labels.append({u"owner"_s, u"ana"_s});
            model.extraInfo.insert(u"stage"_s, u"prod"_s);
            model.accessibility = u"PUBLIC"_s;
        });

        gui::MainWindow window;
        window.setConnection(m_client.get(), {u"test"_s, u"cn-hangzhou"_s, m_sandbox->url(), true});
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspaceLoader()->isLoading() &&
                                     window.modelTable()->rowCount() == 5 &&
                                     !window.modelLoader()->isLoading(),
                                 WaitMs);
        QTableView *view = window.modelView();
        view->clearSelection();
        for (const QString &id : chosen) {
            const QModelIndex index = window.modelProxy()->mapFromSource(
                window.modelTable()->index(window.modelTable()->rowOfModel(id), 0));
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        auto *action = window.findChild<QAction *>(u"actionBulkEdit"_s);
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+B"_s));
        action->trigger();
        auto *session = window.findChild<gui::BulkEditSession *>();
        QVERIFY(session);
        QAbstractItemModelTester planTester(session->reviewDialog()->planModel());
        QAbstractItemModelTester resultTester(session->progressDialog()->resultModel());
        QVERIFY(session->editDialog()->isVisible());
        QVERIFY(!session->editDialog()->everyShownChosen());
        fill(*session->editDialog());
        clickOk(session->editDialog());
        QTRY_VERIFY_WITH_TIMEOUT(session->reviewDialog()->isVisible(), WaitMs);

        const gui::BulkPlanModel &review = *session->reviewDialog()->planModel();
        QCOMPARE(review.rowCount(), 3);
        const int same = reviewRow(review, chosen.at(0));
        QVERIFY(same >= 0);
        QCOMPARE(review.index(same, gui::BulkPlanModel::OutcomeColumn).data().toString(),
                 BulkPlan::skipDescription(BulkPlan::Skip::NoChange));
        QCOMPARE(review.rowCount(review.index(same, 0)), 0);
        for (const QString &id : {chosen.at(1), chosen.at(2)}) {
            const int row = reviewRow(review, id);
            QVERIFY(row >= 0);
            QCOMPARE(requestOperations(review, row), writes);
            // Each request names the model it goes to.
            const QModelIndex write = review.index(1, 0, review.index(row, 0));
            QVERIFY2(write.data().toString().contains(id), qPrintable(write.data().toString()));
        }

        const BulkResult result = runReviewed(session);
        QCOMPARE(result.counts().done, 2);
        QCOMPARE(result.counts().skipped, 1);
        QCOMPARE(result.counts().failed, 0);
        for (const pai::Model &model : m_sandbox->store().models())
            QCOMPARE(applied(model), chosen.contains(model.modelId));
        // The rows follow the server, and the status bar sums up.
        for (const QString &id : chosen) {
            const int row = window.modelTable()->rowOfModel(id);
            QVERIFY(applied(window.modelTable()->modelAt(row)) ||
                    writes.contains(u"UpdateModel"_s));
        }
        QCOMPARE(window.statusBar()->currentMessage(), result.summary());
        QCOMPARE(session->progressDialog()->counts(), result.counts());
        click(session->progressDialog(), u"closeButton"_s);
        QTRY_VERIFY(!window.findChild<gui::BulkEditSession *>());
    }

    void cancelMidRunReportsWhatChanged()
    {
        const QList<pai::Model> seeded = seed(10);
        sandbox::FaultPlan slow;
        slow.latencyMs = 400;
        slow.latencyOperations = {u"CreateModelLabels"_s};
        m_sandbox->server().setFaultPlan(slow);
        const pai::Label label{u"owner"_s, u"ana"_s};
        gui::BulkEditSession *session = reviewLabel(idsOf(seeded), label);
        QVERIFY(session);
        QAbstractItemModelTester tester(session->progressDialog()->resultModel());
        clickOk(session->reviewDialog());
        gui::BulkProgressDialog *progress = session->progressDialog();
        // Six models are in flight at once, each slowed at its label write; the other four
        // wait for a free place.
        QCOMPARE(progress->counts().inFlight, changes::BulkRunner::DefaultMaxInFlight);
        QSignalSpy finished(session, &gui::BulkEditSession::runFinished);
        click(progress, u"cancelButton"_s);
        QCOMPARE(progress->phase(), gui::BulkProgressDialog::Phase::Canceling);
        QVERIFY2(progress->statusText().contains(u"no more models are started. The 6 model"_s),
                 qPrintable(progress->statusText()));
        QVERIFY(finished.wait(WaitMs));
        const BulkResult result = session->result();
        QVERIFY(result.canceled);
        QCOMPARE(result.counts().pending, 10 - changes::BulkRunner::DefaultMaxInFlight);
        QCOMPARE(result.counts().done + result.counts().failed + result.counts().pending, 10);
        QVERIFY(progress->statusText().startsWith(u"Canceled."_s));
        // What the result says changed is exactly what the sandbox holds.
        const QStringList done = result.idsIn(State::Done);
        for (const pai::Model &model : seeded)
            QCOMPARE(hasLabel(stored(model.modelId), label), done.contains(model.modelId));
        const auto *results = progress->resultModel();
        for (const QString &id : result.idsIn(State::Pending))
            QCOMPARE(results->index(results->rowOf(id), gui::BulkResultModel::StateColumn)
                         .data()
                         .toString(),
                     gui::BulkResultModel::stateText(State::Pending));
    }

    void retryFailedRerunsOnlyThose()
    {
        m_client->setRetryPolicy(quickRetries(1));
        const QList<pai::Model> seeded = seed(5);
        sandbox::FaultPlan refuse;
        refuse.operations = {u"CreateModelLabels"_s};
        refuse.errorRate = 1.0;
        refuse.errorStatus = 503;
        refuse.faultLimit = 2;
        m_sandbox->server().setFaultPlan(refuse);
        const pai::Label label{u"owner"_s, u"ana"_s};
        gui::BulkEditSession *session = reviewLabel(idsOf(seeded), label);
        QVERIFY(session);
        QAbstractItemModelTester planTester(session->reviewDialog()->planModel());
        QAbstractItemModelTester resultTester(session->progressDialog()->resultModel());
        const BulkResult first = runReviewed(session);
        QCOMPARE(first.counts().failed, 2);
        QCOMPARE(first.counts().done, 3);
        const QStringList failed = first.failedIds();

        // Each failed model is listed with its Code and RequestId.
        const auto *results = session->progressDialog()->resultModel();
        for (const QString &id : failed) {
            const int row = results->rowOf(id);
            QCOMPARE(results->index(row, gui::BulkResultModel::StateColumn).data().toString(),
                     gui::BulkResultModel::stateText(State::Failed));
            QVERIFY(
                !results->index(row, gui::BulkResultModel::CodeColumn).data().toString().isEmpty());
            QVERIFY(!results->index(row, gui::BulkResultModel::RequestIdColumn)
                         .data()
                         .toString()
                         .isEmpty());
        }
        for (const QString &id : failed)
            QVERIFY(!hasLabel(stored(id), label));

        m_sandbox->server().setFaultPlan({});
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        click(session->progressDialog(), u"retryButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session->reviewDialog()->isVisible(), WaitMs);
        QCOMPARE(session->reviewDialog()->plan().entries().size(), failed.size());
        const BulkResult merged = runReviewed(session);
        QCOMPARE(merged.counts().done, 5);
        QCOMPARE(merged.counts().failed, 0);
        QCOMPARE(merged.models.size(), 5);
        // Only the failed models were read and written again.
        for (const QList<QVariant> &args : std::as_const(requests)) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            const QString path = QString::fromUtf8(request.rawPath);
            QVERIFY2(std::any_of(failed.cbegin(), failed.cend(),
                                 [&](const QString &id) { return path.contains(id); }),
                     qPrintable(path));
        }
        for (const pai::Model &model : seeded)
            QVERIFY(hasLabel(stored(model.modelId), label));
    }

    void undoRestoresAndSkipsChangedInBetween()
    {
        const QList<pai::Model> seeded = seed(3);
        const pai::Label label{u"owner"_s, u"ana"_s};
        gui::BulkEditSession *session = reviewLabel(idsOf(seeded), label);
        QVERIFY(session);
        const BulkResult first = runReviewed(session);
        QCOMPARE(first.counts().done, 3);

        // Someone changes the second model after the run.
        const QString touched = seeded.at(1).modelId;
        m_sandbox->store().updateModel(
            touched, [](pai::Model &model) { model.modelDescription = u"changed in between"_s; });
        click(session->progressDialog(), u"undoButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session->reviewDialog()->isVisible(), WaitMs);
        const gui::BulkPlanModel &review = *session->reviewDialog()->planModel();
        const int row = reviewRow(review, touched);
        QVERIFY(row >= 0);
        QCOMPARE(review.index(row, gui::BulkPlanModel::OutcomeColumn).data().toString(),
                 BulkPlan::skipDescription(BulkPlan::Skip::ChangedSince));
        const BulkResult undone = runReviewed(session);
        QVERIFY(undone.undo);
        QCOMPARE(undone.counts().done, 2);
        QCOMPARE(undone.counts().skipped, 1);
        for (const pai::Model &model : seeded) {
            const pai::Model now = stored(model.modelId);
            if (model.modelId == touched) {
                QVERIFY(hasLabel(now, label));
                QCOMPARE(now.modelDescription, u"changed in between"_s);
            } else {
                QVERIFY(!hasLabel(now, label));
                QCOMPARE(now.labels, model.labels);
            }
        }
        const auto *results = session->progressDialog()->resultModel();
        QCOMPARE(results->index(results->rowOf(touched), gui::BulkResultModel::MessageColumn)
                     .data()
                     .toString(),
                 BulkPlan::skipDescription(BulkPlan::Skip::ChangedSince));
        // An undo is not undone again.
        QVERIFY(!session->progressDialog()->findChild<QPushButton *>(u"undoButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestBulkEditGui)
#include "tst_bulkeditgui.moc"
