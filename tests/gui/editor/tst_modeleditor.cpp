#include "api/apiclient.h"
#include "api/requests.h"
#include "changes/modelwriter.h"
#include "gui/editor/conflictdialog.h"
#include "gui/editor/modeleditor.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/progress/operationprogressdialog.h"
#include "support/dialoganswerer.h"
#include "support/sandboxfixture.h"
#include "support/writefaults.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using gui::ModelEditor;
using testsupport::MessageBoxAnswerer;
using testsupport::openDialog;
using testsupport::SandboxFixture;

namespace {

constexpr int SaveWaitMs = 30000;

template<typename T> T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

} // namespace

class TestModelEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<ModelEditor> m_editor;
    QString m_workspaceId;
    QString m_modelId;

    pai::Model storedModel() const
    {
        return m_sandbox->store().model(m_modelId).value_or(pai::Model{});
    }

    QLineEdit *line(const char *name)
    {
        return child<QLineEdit>(m_editor.get(), QString::fromLatin1(name));
    }
    QComboBox *combo(const char *name)
    {
        return child<QComboBox>(m_editor.get(), QString::fromLatin1(name));
    }
    QPushButton *button(const char *name)
    {
        return child<QPushButton>(m_editor.get(), QString::fromLatin1(name));
    }
    QAbstractItemModel *labelsModel()
    {
        return child<QTableView>(m_editor.get(), u"labelsView"_s)->model();
    }
    QString status() { return child<QLabel>(m_editor.get(), u"statusLine"_s)->text(); }

    // Save, accept the review, and wait until the save flow ends. Returns whether it saved.
    bool saveAndWait(gui::ReviewChangesDialog **reviewOut = nullptr)
    {
        QSignalSpy ended(m_editor.get(), &ModelEditor::saveFlowEnded);
        m_editor->save();
        auto *review =
            openDialog<gui::ReviewChangesDialog>(m_editor.get(), u"reviewChangesDialog"_s);
        if (!review)
            return false;
        if (reviewOut)
            *reviewOut = review;
        review->accept();
        if (ended.isEmpty() && !ended.wait(SaveWaitMs))
            return false;
        return ended.constFirst().constFirst().toBool();
    }

    gui::OperationProgressDialog *progressDialog()
    {
        return child<gui::OperationProgressDialog>(m_editor.get(), u"operationProgressDialog"_s);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_sandbox->isListening());
        m_workspaceId = m_sandbox->store().defaultWorkspaceId();
        pai::Model model;
        model.modelName = u"bert-base"_s;
        model.workspaceId = m_workspaceId;
        model.modelDescription = u"A base model"_s;
        model.accessibility = u"PRIVATE"_s;
        model.domain = u"nlp"_s;
        model.orderNumber = 3;
        model.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, u"search"_s}};
        model.extraInfo = QJsonObject{{u"Rating"_s, u"5"_s}};
        m_modelId = m_sandbox->store().addModel(model).modelId;

        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        m_client->setRetryPolicy(testsupport::quickRetries(std::chrono::milliseconds(100),
                                                           std::chrono::milliseconds(400)));
        m_editor = std::make_unique<ModelEditor>();
        m_editor->setApiClient(m_client.get());
        m_editor->setWorkspaces(m_sandbox->store().workspaces());
        m_editor->load(storedModel());
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        QVERIFY(!m_editor->isDirty());
        QVERIFY(!button("saveButton")->isEnabled());
    }

    void cleanup()
    {
        // Whatever a failed test left open must not ask questions on the way out.
        if (m_editor && m_editor->isDirty())
            m_editor->revert();
        m_editor.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void itemModelsPassTheTester()
    {
        QAbstractItemModelTester labels(labelsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester extra(
            child<QTableView>(m_editor.get(), u"extraInfoView"_s)->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        button("addLabelButton")->click();
        button("moveLabelUpButton")->click();
        button("removeLabelButton")->click();
        button("addExtraInfoButton")->click();
        button("removeExtraInfoButton")->click();
    }

    void editEachField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("name") << u"ModelName"_s << u"bert-large"_s;
        QTest::newRow("description") << u"ModelDescription"_s << u"Two lines\nof text"_s;
        QTest::newRow("doc") << u"ModelDoc"_s << u"https://example.com/README.md"_s;
        QTest::newRow("type") << u"ModelType"_s << u"LoRA"_s;
        QTest::newRow("domain free text") << u"Domain"_s << u"robotics"_s;
        QTest::newRow("task") << u"Task"_s << u"text-generation"_s;
        QTest::newRow("origin") << u"Origin"_s << u"HuggingFace"_s;
        QTest::newRow("accessibility") << u"Accessibility"_s << u"PUBLIC"_s;
        QTest::newRow("order number") << u"OrderNumber"_s << u"-42"_s;
        QTest::newRow("parameter size") << u"ParameterSize"_s << u"7000000000"_s;
    }

    void editEachField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const pai::Model before = storedModel();

        if (field == "ModelName"_L1)
            line("modelNameEdit")->setText(value);
        else if (field == "ModelDescription"_L1)
            child<QPlainTextEdit>(m_editor.get(), u"descriptionEdit"_s)->setPlainText(value);
        else if (field == "ModelDoc"_L1)
            line("modelDocEdit")->setText(value);
        else if (field == "ModelType"_L1)
            combo("modelTypeCombo")->setCurrentText(value);
        else if (field == "Domain"_L1)
            combo("domainCombo")->setCurrentText(value);
        else if (field == "Task"_L1)
            combo("taskCombo")->setCurrentText(value);
        else if (field == "Origin"_L1)
            combo("originCombo")->setCurrentText(value);
        else if (field == "Accessibility"_L1)
            combo("accessibilityCombo")
                ->setCurrentIndex(combo("accessibilityCombo")->findData(value));
        else if (field == "OrderNumber"_L1)
            line("orderNumberEdit")->setText(value);
        else if (field == "ParameterSize"_L1)
            line("parameterSizeEdit")->setText(value);

        QVERIFY(m_editor->isDirty());
        QVERIFY2(button("saveButton")->isEnabled(), qPrintable(status()));

        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        gui::ReviewChangesDialog *review = nullptr;
        QVERIFY(saveAndWait(&review));
        QVERIFY(!m_editor->isDirty());

        // Only the one field went out in UpdateModel.
        QJsonObject updateBody;
        for (const QList<QVariant> &arguments : std::as_const(requests)) {
            const auto request = arguments.constFirst().value<sandbox::ReceivedRequest>();
            if (request.operation == "UpdateModel"_L1)
                updateBody = QJsonDocument::fromJson(request.body).object();
            QVERIFY2(request.operation != "DeleteModelLabels"_L1 &&
                         request.operation != "CreateModelLabels"_L1,
                     qPrintable(request.operation));
        }
        QCOMPARE(updateBody.keys(), QStringList{field});

        const pai::Model after = storedModel();
        pai::Model expected = before;
        if (field == "ModelName"_L1)
            expected.modelName = value;
        else if (field == "ModelDescription"_L1)
            expected.modelDescription = value;
        else if (field == "ModelDoc"_L1)
            expected.modelDoc = value;
        else if (field == "ModelType"_L1)
            expected.modelType = value;
        else if (field == "Domain"_L1)
            expected.domain = value;
        else if (field == "Task"_L1)
            expected.task = value;
        else if (field == "Origin"_L1)
            expected.origin = value;
        else if (field == "Accessibility"_L1)
            expected.accessibility = value;
        else if (field == "OrderNumber"_L1)
            expected.orderNumber = value.toLongLong();
        else if (field == "ParameterSize"_L1)
            expected.parameterSize = value.toLongLong();
        QCOMPARE(pai::ModelDraft::fromModel(after), pai::ModelDraft::fromModel(expected));
    }

    void addFocusesTheNewKeyCellAndMarksOnlyIt_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("addButton");
        QTest::newRow("labels") << u"labelsView"_s << u"addLabelButton"_s;
        QTest::newRow("extra info") << u"extraInfoView"_s << u"addExtraInfoButton"_s;
    }

    void addFocusesTheNewKeyCellAndMarksOnlyIt()
    {
        QFETCH(QString, view);
        QFETCH(QString, addButton);
        auto *table = child<QTableView>(m_editor.get(), view);
        QAbstractItemModel *model = table->model();
        const int before = model->rowCount();
        QTest::mouseClick(button(addButton.toLatin1().constData()), Qt::LeftButton);
        QCOMPARE(model->rowCount(), before + 1);
        const QModelIndex key = model->index(before, 0);
        QCOMPARE(table->currentIndex(), key);
        // The editor that has focus sits in the Key cell.
        QTRY_VERIFY(QApplication::focusWidget() &&
                    table->viewport()->isAncestorOf(QApplication::focusWidget()));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(table->visualRect(key).contains(
            editor->mapTo(table->viewport(), editor->rect().center())));
        // The view itself is not painted as invalid: only the new row's Key cell is.
        QVERIFY(!table->property("invalid").toBool());
        QVERIFY(key.data(Qt::BackgroundRole).isValid());
        for (int row = 0; row < before; ++row)
            QVERIFY(!model->index(row, 0).data(Qt::BackgroundRole).isValid());
    }

    void labelsAddRemoveReorder()
    {
        QAbstractItemModel *labels = labelsModel();
        // env=dev, team=search  ->  owner=ana, env=prod   (team removed, env changed, reordered)
        child<QTableView>(m_editor.get(), u"labelsView"_s)->setCurrentIndex(labels->index(1, 0));
        button("removeLabelButton")->click();
        QCOMPARE(labels->rowCount(), 1);
        labels->setData(labels->index(0, 1), u"prod"_s);
        button("addLabelButton")->click();
        QCOMPARE(labels->rowCount(), 2);
        QVERIFY(!button("saveButton")->isEnabled()); // an empty key is not a label yet
        QVERIFY2(status().contains(u"Key in label row 2"_s), qPrintable(status()));
        labels->setData(labels->index(1, 0), u"owner"_s);
        labels->setData(labels->index(1, 1), u"ana"_s);
        child<QTableView>(m_editor.get(), u"labelsView"_s)->setCurrentIndex(labels->index(1, 0));
        button("moveLabelUpButton")->click();
        QCOMPARE(labels->index(0, 0).data().toString(), u"owner"_s);

        QVERIFY(saveAndWait());
        const pai::LabelList expected{{u"owner"_s, u"ana"_s}, {u"env"_s, u"prod"_s}};
        QCOMPARE(storedModel().labels, expected);
        QCOMPARE(m_editor->currentDraft().labels, expected);
        QVERIFY(!m_editor->isDirty());
    }

    void extraInfoNestedThroughRawJson()
    {
        auto *tabs = child<QTabWidget>(m_editor.get(), u"extraInfoTabs"_s);
        tabs->setCurrentIndex(1);
        auto *raw = child<QPlainTextEdit>(m_editor.get(), u"extraInfoRawEdit"_s);
        const QByteArray json = "{\n"
                                "  \"Rating\": 4.5,\n"
                                "  \"Big\": 9007199254740993,\n"
                                "  \"CoverUris\": [\"oss://a/b.png\", \"oss://c/d.png\"],\n"
                                "  \"Nested\": {\"deep\": {\"list\": [1, {\"x\": null}, true], "
                                "\"text\": \"15\"}}\n"
                                "}";
        raw->setPlainText(QString::fromUtf8(json));
        QVERIFY2(button("saveButton")->isEnabled(), qPrintable(status()));
        QVERIFY(saveAndWait());
        const QJsonObject expected = QJsonDocument::fromJson(json).object();
        QCOMPARE(storedModel().extraInfo, expected);
        QCOMPARE(storedModel().extraInfo.value(u"Big"_s).toInteger(), 9007199254740993LL);
        QCOMPARE(m_editor->currentDraft().extraInfo, expected);
    }

    void extraInfoTypedTable()
    {
        QAbstractItemModel *table = child<QTableView>(m_editor.get(), u"extraInfoView"_s)->model();
        QCOMPARE(table->rowCount(), 1);
        // Rating "5" (a string) becomes the number 5; a boolean and a JSON value are added.
        table->setData(table->index(0, 1), 1); // Number
        button("addExtraInfoButton")->click();
        table->setData(table->index(1, 0), u"Featured"_s);
        table->setData(table->index(1, 1), 2); // Boolean
        table->setData(table->index(1, 2), u"true"_s);
        button("addExtraInfoButton")->click();
        table->setData(table->index(2, 0), u"Tags"_s);
        table->setData(table->index(2, 1), 3); // JSON
        table->setData(table->index(2, 2), u"{\"a\": [1, 2]}"_s);
        QVERIFY2(button("saveButton")->isEnabled(), qPrintable(status()));
        QVERIFY(saveAndWait());
        const QJsonObject expected{{u"Rating"_s, 5},
                                   {u"Featured"_s, true},
                                   {u"Tags"_s, QJsonObject{{u"a"_s, QJsonArray{1, 2}}}}};
        QCOMPARE(storedModel().extraInfo, expected);
    }

    void badInputBlocksSave_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << u"name:"_s << u"ModelName"_s;
        QTest::newRow("128-character name") << u"name:"_s + QString(128, u'x') << u"ModelName"_s;
        QTest::newRow("label with =") << u"labelkey:a=b"_s << u"Key in label row 1"_s;
        QTest::newRow("duplicate label key") << u"labelkey:team"_s << u"Key in label row 2"_s;
        QTest::newRow("invalid extra_info JSON")
            << u"json:{\n  \"a\": [1, 2,\n}"_s
            << u"ExtraInfo (raw JSON) is not valid JSON at line 3"_s;
        QTest::newRow("order number abc") << u"order:abc"_s << u"OrderNumber"_s;
        QTest::newRow("bad doc URL") << u"doc:not a url"_s << u"ModelDoc"_s;
        QTest::newRow("parameter size -1") << u"parameters:-1"_s << u"ParameterSize"_s;
        QTest::newRow("parameter size 7B") << u"parameters:7B"_s << u"ParameterSize"_s;
    }

    void badInputBlocksSave()
    {
        QFETCH(QString, input);
        QFETCH(QString, field);
        const QString kind = input.section(u':', 0, 0);
        const QString value = input.section(u':', 1);
        if (kind == "name"_L1) {
            line("modelNameEdit")->setText(value);
        } else if (kind == "labelkey"_L1) {
            labelsModel()->setData(labelsModel()->index(0, 0), value);
        } else if (kind == "json"_L1) {
            child<QTabWidget>(m_editor.get(), u"extraInfoTabs"_s)->setCurrentIndex(1);
            child<QPlainTextEdit>(m_editor.get(), u"extraInfoRawEdit"_s)->setPlainText(value);
        } else if (kind == "order"_L1) {
            line("orderNumberEdit")->setText(value);
        } else if (kind == "doc"_L1) {
            line("modelDocEdit")->setText(value);
        } else if (kind == "parameters"_L1) {
            line("parameterSizeEdit")->setText(value);
        }
        QVERIFY(m_editor->isDirty());
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY2(status().contains(field), qPrintable(status()));
        QVERIFY(!m_editor->errors().isEmpty());

        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        m_editor->save();
        QTest::keyClick(line("modelNameEdit"), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!openDialog<gui::ReviewChangesDialog>(m_editor.get(), u"reviewChangesDialog"_s));
        QVERIFY(!m_editor->isBusy());
        QCoreApplication::processEvents();
        QCOMPARE(requests.count(), 0);
    }

    void reviewShowsDiffAndExactRequests()
    {
        line("modelNameEdit")->setText(u"renamed"_s);
        labelsModel()->setData(labelsModel()->index(1, 1), u"ads"_s);
        m_editor->save();
        auto *review =
            openDialog<gui::ReviewChangesDialog>(m_editor.get(), u"reviewChangesDialog"_s);
        QVERIFY(review);
        QCOMPARE(review->diffRowCount(), 2);
        QCOMPARE(review->diffRow(0),
                 (QStringList{u"ModelName"_s, u"changed"_s, u"bert-base"_s, u"renamed"_s}));
        QCOMPARE(review->diffRow(1).constFirst(), u"Labels[team]"_s);
        const QString requests = review->requestsText();
        const QString path = QString::fromLatin1(api::requests::modelPath(m_modelId));
        // The engine's plan, in order: the conflict check, the writes, the read-back.
        QVERIFY2(requests.startsWith(u"1. GET "_s + path), qPrintable(requests));
        QVERIFY2(
            requests.contains(u"2. PUT "_s + path + u"\n{\n    \"ModelName\": \"renamed\"\n}"_s),
            qPrintable(requests));
        QVERIFY(requests.contains(u"DELETE "_s + path + u"/labels?LabelKeys=team"_s));
        QVERIFY(requests.contains(u"POST "_s + path + u"/labels"_s));
        QVERIFY(requests.contains(u"\"Value\": \"ads\""_s));
        QSignalSpy requestsSent(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        QSignalSpy ended(m_editor.get(), &ModelEditor::saveFlowEnded);
        review->reject();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.constFirst().constFirst().toBool(), false);
        QCOMPARE(requestsSent.count(), 0);
        QCOMPARE(line("modelNameEdit")->text(), u"renamed"_s);
    }

    void timeoutAbortsAtTheDeadline()
    {
        gui::TimeoutSettings timeouts;
        timeouts.update = std::chrono::seconds(1);
        m_editor->setTimeouts(timeouts);
        line("modelNameEdit")->setText(u"typed-by-hand"_s);
        labelsModel()->setData(labelsModel()->index(0, 1), u"staging"_s);
        const pai::ModelDraft typed = m_editor->currentDraft();

        // The pre-save check answers at once; from UpdateModel on, every answer takes 3 s.
        sandbox::FaultPlan slow;
        slow.latencyMs = 3000;
        connect(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled, this,
                [this, slow](const sandbox::ReceivedRequest &request) {
                    if (request.operation == "GetModel"_L1 &&
                        m_sandbox->server().faultPlan().latencyMs == 0)
                        m_sandbox->server().setFaultPlan(slow);
                });

        QSignalSpy ended(m_editor.get(), &ModelEditor::saveFlowEnded);
        m_editor->save();
        auto *review =
            openDialog<gui::ReviewChangesDialog>(m_editor.get(), u"reviewChangesDialog"_s);
        QVERIFY(review);
        review->accept();
        auto *writer = m_editor->findChild<changes::ModelWriter *>();
        QVERIFY(writer);
        QElapsedTimer clock;
        qint64 abortedAfter = -1;
        connect(writer, &changes::ModelWriter::stepChanged, this, [&, writer](int step) {
            const changes::StepState state = writer->steps().at(step).state;
            if (step == 1 && state == changes::StepState::Running)
                clock.start();
            if (step == 1 && state == changes::StepState::Unknown && abortedAfter < 0) {
                abortedAfter = clock.elapsed();
                m_sandbox->server().setFaultPlan({}); // the read-back may answer at once
            }
        });
        QVERIFY(ended.wait(SaveWaitMs));
        QCOMPARE(ended.constFirst().constFirst().toBool(), false);
        QVERIFY2(abortedAfter >= 700 && abortedAfter <= 1300,
                 qPrintable(QString::number(abortedAfter)));

        gui::OperationProgressDialog *dialog = progressDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The service stored UpdateModel before its late answer; reading back shows it, and the
        // labels, which were never sent, are reported as not applied.
        const QString report = dialog->resultText();
        QVERIFY2(report.contains(u"did not finish within the 1 s timeout"_s), qPrintable(report));
        QVERIFY2(report.contains(u"Applied: ModelName. Not applied: Labels[env]"_s),
                 qPrintable(report));
        QVERIFY2(dialog->stepText(1).contains(u"applied (established by reading"_s),
                 qPrintable(dialog->stepText(1)));
        QVERIFY2(dialog->stepText(2).contains(u"not sent"_s), qPrintable(dialog->stepText(2)));
        QCOMPARE(m_editor->currentDraft(), typed);
        QCOMPARE(line("modelNameEdit")->text(), u"typed-by-hand"_s);
        QVERIFY(m_editor->isDirty() || storedModel().modelName == u"typed-by-hand"_s);
        dialog->accept();
    }

    void partialSaveReportsAppliedStepsAndCanBeRetried()
    {
        line("modelNameEdit")->setText(u"partly-saved"_s);
        labelsModel()->setData(labelsModel()->index(1, 1), u"infra"_s);
        sandbox::FaultPlan plan;
        plan.errorRate = 1.0;
        plan.errorStatus = 500;
        plan.operations = {u"CreateModelLabels"_s};
        m_sandbox->server().setFaultPlan(plan);
        QVERIFY(!saveAndWait());

        gui::OperationProgressDialog *dialog = progressDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString report = dialog->resultText();
        QVERIFY2(report.contains(u"CreateModelLabels"_s), qPrintable(report));
        QVERIFY2(report.contains(u"Applied: ModelName. Not applied: Labels[team]"_s),
                 qPrintable(report));
        QVERIFY(report.contains(u"RequestId"_s));
        QVERIFY(dialog->stepText(2).startsWith(u"DeleteModelLabels: team: applied"_s));
        // What the server holds now: the name and the delete, not the new label.
        QCOMPARE(storedModel().modelName, u"partly-saved"_s);
        QCOMPARE(storedModel().labels, (pai::LabelList{{u"env"_s, u"dev"_s}}));
        // The form keeps the person's values, and Save is offered again.
        QCOMPARE(m_editor->currentDraft().labels,
                 (pai::LabelList{{u"env"_s, u"dev"_s}, {u"team"_s, u"infra"_s}}));
        QVERIFY(m_editor->isDirty());
        QVERIFY(button("saveButton")->isEnabled());
        dialog->accept();

        m_sandbox->server().setFaultPlan({});
        QStringList operations;
        connect(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled, this,
                [&operations](const sandbox::ReceivedRequest &request) {
                    operations.append(request.operation);
                });
        QVERIFY(saveAndWait());
        QCOMPARE(operations, (QStringList{u"GetModel"_s, u"CreateModelLabels"_s, u"GetModel"_s}));
        QCOMPARE(storedModel().labels,
                 (pai::LabelList{{u"env"_s, u"dev"_s}, {u"team"_s, u"infra"_s}}));
        QVERIFY(!m_editor->isDirty());
    }

    void cancelStopsTheSaveAndKeepsTheForm()
    {
        line("modelNameEdit")->setText(u"never-mind"_s);
        // Far longer than the cancel may take, even on a loaded machine: the bound below proves
        // the cancel did not wait for this reply.
        sandbox::FaultPlan slow;
        slow.latencyMs = 20000;
        connect(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled, this,
                [this, slow](const sandbox::ReceivedRequest &request) {
                    if (request.operation == "GetModel"_L1 &&
                        m_sandbox->server().faultPlan().latencyMs == 0)
                        m_sandbox->server().setFaultPlan(slow);
                });
        QSignalSpy ended(m_editor.get(), &ModelEditor::saveFlowEnded);
        m_editor->save();
        openDialog<gui::ReviewChangesDialog>(m_editor.get(), u"reviewChangesDialog"_s)->accept();
        auto *writer = m_editor->findChild<changes::ModelWriter *>();
        QVERIFY(writer);
        QTRY_COMPARE(writer->steps().at(1).state, changes::StepState::Running);
        gui::OperationProgressDialog *dialog = progressDialog();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(dialog, Qt::Key_Escape); // Esc is Cancel
        m_sandbox->server().setFaultPlan({});
        QVERIFY(!ended.isEmpty() || ended.wait(SaveWaitMs));
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        // The canceled request had reached the service, which stored it: reading back says so,
        // and the report calls it applied, never failed.
        QCOMPARE(ended.constFirst().constFirst().toBool(), true);
        QVERIFY2(dialog->resultText().startsWith(u"Canceled during UpdateModel"_s),
                 qPrintable(dialog->resultText()));
        QVERIFY2(dialog->resultText().contains(u"confirms that every change was applied"_s),
                 qPrintable(dialog->resultText()));
        QCOMPARE(line("modelNameEdit")->text(), u"never-mind"_s);
    }

    void throttlingIsRetriedAndShown()
    {
        sandbox::FaultPlan plan;
        plan.throttleRate = 0.5;
        plan.seed = 20240501;
        m_sandbox->server().setFaultPlan(plan);
        line("modelNameEdit")->setText(u"through-throttling"_s);
        labelsModel()->setData(labelsModel()->index(1, 1), u"infra"_s);
        QVERIFY(saveAndWait());
        const pai::Model stored = storedModel();
        QCOMPARE(stored.modelName, u"through-throttling"_s);
        QCOMPARE(stored.labels, (pai::LabelList{{u"env"_s, u"dev"_s}, {u"team"_s, u"infra"_s}}));
        gui::OperationProgressDialog *dialog = progressDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->wasShown());
        QVERIFY(!dialog->retryHistory().isEmpty());
        QVERIFY2(dialog->retryHistory().constFirst().startsWith(u"Throttled, retry 2 in "_s),
                 qPrintable(dialog->retryHistory().join(u" | "_s)));
    }

    void createSendsParameterSizeAndTags()
    {
        // A saved model's tags cannot change: UpdateModel has no Tag.
        QVERIFY(!line("tagsEdit")->isEnabled());
        m_editor->newModel(m_workspaceId);
        QVERIFY(line("tagsEdit")->isEnabled());
        line("modelNameEdit")->setText(u"tagged"_s);
        line("parameterSizeEdit")->setText(u"72700000000"_s);
        line("tagsEdit")->setText(u"featured=true, lang=zh"_s);
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        QVERIFY(saveAndWait());

        QJsonObject createBody;
        for (const QList<QVariant> &arguments : std::as_const(requests)) {
            const auto request = arguments.constFirst().value<sandbox::ReceivedRequest>();
            if (request.operation == "CreateModel"_L1)
                createBody = QJsonDocument::fromJson(request.body).object();
        }
        QCOMPARE(createBody.value(u"ParameterSize"_s).toInteger(), 72700000000);
        QCOMPARE(createBody.value(u"Tag"_s).toArray().size(), 2);
        const QString id = m_editor->modelId();
        const std::optional<pai::Model> stored = m_sandbox->store().model(id);
        QVERIFY(stored);
        QCOMPARE(stored->parameterSize, std::optional<qint64>(72700000000));
        QCOMPARE(stored->tags, (pai::LabelList{{u"featured"_s, u"true"_s}, {u"lang"_s, u"zh"_s}}));
        QVERIFY(!line("tagsEdit")->isEnabled());
        QCOMPARE(line("parameterSizeEdit")->text(), u"72700000000"_s);
    }

    void badTagsBlockACreate()
    {
        m_editor->newModel(m_workspaceId);
        line("modelNameEdit")->setText(u"tagged"_s);
        line("tagsEdit")->setText(u"a=1, a=2"_s);
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY2(status().contains(u"Tag[1].Key"_s), qPrintable(status()));
        line("tagsEdit")->setText(u"=value"_s);
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!line("tagsEdit")->toolTip().isEmpty());
    }

    void droppedCreateIsAdoptedNotDuplicated()
    {
        m_editor->newModel(m_workspaceId);
        line("modelNameEdit")->setText(u"created-in-the-dark"_s);
        button("addLabelButton")->click();
        labelsModel()->setData(labelsModel()->index(0, 0), u"k"_s);
        labelsModel()->setData(labelsModel()->index(0, 1), u"v"_s);
        sandbox::FaultPlan plan;
        plan.dropRate = 1.0;
        plan.operations = {u"CreateModel"_s};
        plan.applyWritesBeforeFault = true;
        m_sandbox->server().setFaultPlan(plan);
        const qsizetype modelsBefore = m_sandbox->store().modelCount();

        QSignalSpy saved(m_editor.get(), &ModelEditor::modelSaved);
        QVERIFY(saveAndWait());
        QCOMPARE(saved.count(), 1);

        QList<pai::Model> named;
        for (const pai::Model &model : m_sandbox->store().models()) {
            if (model.modelName == u"created-in-the-dark"_s)
                named.append(model);
        }
        QCOMPARE(named.size(), 1);
        QCOMPARE(m_sandbox->store().modelCount(), modelsBefore + 1);
        QVERIFY(!m_editor->isNew());
        QCOMPARE(m_editor->modelId(), named.constFirst().modelId);
        QCOMPARE(named.constFirst().labels, (pai::LabelList{{u"k"_s, u"v"_s}}));
        QVERIFY(!m_editor->isDirty());
        gui::OperationProgressDialog *dialog = progressDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->resultText().contains(named.constFirst().modelId),
                 qPrintable(dialog->resultText()));
    }

    void droppedCreateThatNeverRanSaysSo()
    {
        m_editor->newModel(m_workspaceId);
        line("modelNameEdit")->setText(u"never-made"_s);
        sandbox::FaultPlan plan;
        plan.dropRate = 1.0;
        plan.operations = {u"CreateModel"_s};
        m_sandbox->server().setFaultPlan(plan);
        const qsizetype modelsBefore = m_sandbox->store().modelCount();
        QVERIFY(!saveAndWait());
        QCOMPARE(m_sandbox->store().modelCount(), modelsBefore);
        QVERIFY(m_editor->isNew());
        QCOMPARE(line("modelNameEdit")->text(), u"never-made"_s);
        QVERIFY(progressDialog()->resultText().contains(u"was not created"_s));
    }

    void timedOutCreateIsAdopted()
    {
        // Every answer takes 1.5 s, the create may take 1 s: the create runs but its answer is
        // late, and the editor finds the model instead of creating a second one.
        gui::TimeoutSettings timeouts;
        timeouts.create = std::chrono::seconds(1);
        m_editor->setTimeouts(timeouts);
        m_editor->newModel(m_workspaceId);
        line("modelNameEdit")->setText(u"slow-create"_s);
        sandbox::FaultPlan plan;
        plan.latencyMs = 1500;
        m_sandbox->server().setFaultPlan(plan);
        QVERIFY(saveAndWait());
        int named = 0;
        for (const pai::Model &model : m_sandbox->store().models())
            named += model.modelName == u"slow-create"_s ? 1 : 0;
        QCOMPARE(named, 1);
        QVERIFY(!m_editor->isNew());
        QCOMPARE(m_sandbox->store().model(m_editor->modelId())->modelName, u"slow-create"_s);
        QVERIFY(progressDialog()->stepText(1).startsWith(u"ListModels"_s));
    }

    void loadByIdShowsProgressOnlyWhenSlow_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<bool>("shown");
        QTest::newRow("quick") << 0 << false;
        QTest::newRow("slow") << 900 << true;
    }

    void loadByIdShowsProgressOnlyWhenSlow()
    {
        QFETCH(int, latencyMs);
        QFETCH(bool, shown);
        m_editor->newModel();
        sandbox::FaultPlan plan;
        plan.latencyMs = latencyMs;
        m_sandbox->server().setFaultPlan(plan);
        m_editor->loadById(m_modelId);
        QTRY_COMPARE_WITH_TIMEOUT(m_editor->modelId(), m_modelId, 10000);
        QCOMPARE(progressDialog()->wasShown(), shown);
        QCOMPARE(line("modelNameEdit")->text(), u"bert-base"_s);
    }

    void conflictWarns_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("cancel") << false;
        QTest::newRow("overwrite") << true;
    }

    void conflictWarns()
    {
        QFETCH(bool, overwrite);
        // Someone else edits the description after the form was loaded.
        QVERIFY(m_sandbox->store().updateModel(
            m_modelId, [](pai::Model &model) { model.modelDescription = u"changed elsewhere"_s; }));
        line("modelNameEdit")->setText(u"mine"_s);

        QSignalSpy ended(m_editor.get(), &ModelEditor::saveFlowEnded);
        m_editor->save();
        openDialog<gui::ReviewChangesDialog>(m_editor.get(), u"reviewChangesDialog"_s)->accept();
        gui::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY(
            (conflict = openDialog<gui::ConflictDialog>(m_editor.get(), u"conflictDialog"_s)));
        bool sawDescription = false;
        for (int row = 0; row < conflict->rowCount(); ++row) {
            const QStringList cells = conflict->row(row);
            if (cells.constFirst() == "ModelDescription"_L1) {
                sawDescription = true;
                QCOMPARE(cells, (QStringList{u"ModelDescription"_s, u"A base model"_s,
                                             u"changed elsewhere"_s, u"A base model"_s}));
            }
        }
        QVERIFY(sawDescription);
        QCOMPARE(storedModel().modelName, u"bert-base"_s); // nothing written yet

        if (overwrite)
            conflict->accept();
        else
            conflict->reject();
        QVERIFY(!ended.isEmpty() || ended.wait(SaveWaitMs));
        if (overwrite) {
            QCOMPARE(ended.constFirst().constFirst().toBool(), true);
            QCOMPARE(storedModel().modelName, u"mine"_s);
            // Only the person's edit went over: the other writer's description stays.
            QCOMPARE(storedModel().modelDescription, u"changed elsewhere"_s);
            QCOMPARE(child<QPlainTextEdit>(m_editor.get(), u"descriptionEdit"_s)->toPlainText(),
                     u"changed elsewhere"_s);
        } else {
            QCOMPARE(ended.constFirst().constFirst().toBool(), false);
            QCOMPARE(storedModel().modelName, u"bert-base"_s);
            QCOMPARE(line("modelNameEdit")->text(), u"mine"_s);
            QVERIFY(m_editor->isDirty());
        }
    }

    void noValidationMessageBeforeAnyEdit()
    {
        m_editor->newModel(m_workspaceId);
        QVERIFY2(!status().contains(u"Cannot save"_s), qPrintable(status()));
        QVERIFY(!button("saveButton")->isEnabled());
        // Once the person has typed and cleared the name, the rule is named.
        line("modelNameEdit")->setText(u"x"_s);
        line("modelNameEdit")->setText(u"   "_s);
        QVERIFY2(status().startsWith(u"Cannot save"_s), qPrintable(status()));
        QVERIFY2(status().contains(u"ModelName"_s), qPrintable(status()));
    }

    void ownEarlierWriteIsNoConflict()
    {
        gui::TimeoutSettings timeouts;
        timeouts.read = std::chrono::seconds(1);
        timeouts.update = std::chrono::seconds(2);
        m_editor->setTimeouts(timeouts);
        line("modelNameEdit")->setText(u"first-save"_s);
        // UpdateModel is stored but its answer is lost, and from then on GetModel fails, so the
        // outcome cannot be read back.
        const QMetaObject::Connection connection =
            m_sandbox->loseWriteAndReadsAfter(u"UpdateModel"_s);
        QVERIFY(!saveAndWait());
        disconnect(connection);
        QVERIFY2(progressDialog()->resultText().contains(u"unknown"_s),
                 qPrintable(progressDialog()->resultText()));
        QCOMPARE(storedModel().modelName, u"first-save"_s);
        progressDialog()->accept();

        // The next save meets the model as the first one left it: that is no one else's edit.
        m_sandbox->server().setFaultPlan({});
        line("modelNameEdit")->setText(u"second-save"_s);
        QVERIFY(saveAndWait());
        QVERIFY(!openDialog<gui::ConflictDialog>(m_editor.get(), u"conflictDialog"_s));
        QCOMPARE(storedModel().modelName, u"second-save"_s);
    }

    void unsavedChangesPromptOnClose()
    {
        line("modelNameEdit")->setText(u"unsaved"_s);
        {
            MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s, QMessageBox::Cancel);
            QVERIFY(!m_editor->close()); // the prompt answers later
            QTRY_VERIFY(answer.answered());
            QVERIFY(m_editor->isVisible());
            QCOMPARE(line("modelNameEdit")->text(), u"unsaved"_s);
        }
        {
            MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s, QMessageBox::Discard);
            QVERIFY(!m_editor->close());
            QTRY_VERIFY(answer.answered());
            QTRY_VERIFY(!m_editor->isVisible());
            QCOMPARE(storedModel().modelName, u"bert-base"_s);
        }
    }

    void unsavedChangesPromptOnSwitch()
    {
        pai::Model other;
        other.modelName = u"other-model"_s;
        other.workspaceId = m_workspaceId;
        other = m_sandbox->store().addModel(other);

        line("modelNameEdit")->setText(u"unsaved"_s);
        {
            MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s, QMessageBox::Cancel);
            bool opened = false;
            m_editor->openModel(other, [&opened] { opened = true; });
            QTRY_VERIFY(answer.answered());
            QVERIFY(!opened);
            QVERIFY(answer.text().contains(u"bert-base"_s));
            QCOMPARE(m_editor->modelId(), m_modelId);
            QCOMPARE(line("modelNameEdit")->text(), u"unsaved"_s);
        }
        {
            MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s, QMessageBox::Discard);
            bool opened = false;
            m_editor->openModel(other, [&opened] { opened = true; });
            QTRY_VERIFY(opened);
            QVERIFY(answer.answered());
            QCOMPARE(m_editor->modelId(), other.modelId);
            QCOMPARE(line("modelNameEdit")->text(), u"other-model"_s);
        }
        // Nothing to save: no question, and the model opens at once.
        bool opened = false;
        m_editor->openModel(storedModel(), [&opened] { opened = true; });
        QVERIFY(opened);
    }

    void unsavedChangesSaveFromThePrompt()
    {
        line("modelNameEdit")->setText(u"saved-from-prompt"_s);
        // The prompt, the review and the save all answer asynchronously; accept the review
        // when it opens.
        QTimer reviewer;
        connect(&reviewer, &QTimer::timeout, this, [this, &reviewer] {
            if (auto *review = openDialog<gui::ReviewChangesDialog>(m_editor.get(),
                                                                    u"reviewChangesDialog"_s)) {
                reviewer.stop();
                review->accept();
            }
        });
        reviewer.start(10);
        MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s, QMessageBox::Save);
        bool left = false;
        m_editor->whenLeavable([&left] { left = true; });
        QTRY_VERIFY_WITH_TIMEOUT(left, SaveWaitMs);
        QVERIFY(answer.answered());
        QCOMPARE(storedModel().modelName, u"saved-from-prompt"_s);
        QVERIFY(!m_editor->isDirty());
    }

    void deleteAsksFirst_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("cancel") << false;
        QTest::newRow("confirm") << true;
    }

    void deleteAsksFirst()
    {
        QFETCH(bool, confirm);
        QSignalSpy requests(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
        QSignalSpy deleted(m_editor.get(), &ModelEditor::modelDeleted);
        button("deleteButton")->click();
        auto *box = openDialog<QMessageBox>(m_editor.get(), u"deleteConfirmation"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"bert-base"_s));
        QVERIFY(box->text().contains(m_modelId));
        if (!confirm) {
            box->button(QMessageBox::Cancel)->click();
            QCoreApplication::processEvents();
            QCOMPARE(requests.count(), 0);
            QVERIFY(m_sandbox->store().model(m_modelId).has_value());
            QCOMPARE(m_editor->modelId(), m_modelId);
            return;
        }
        box->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
        QVERIFY(deleted.wait(SaveWaitMs));
        QCOMPARE(deleted.constFirst().constFirst().toString(), m_modelId);
        QVERIFY(!m_sandbox->store().model(m_modelId).has_value());
        QVERIFY(m_editor->isNew());
    }

    void aLoadedModelIsNeverDirty()
    {
        pai::Model odd = storedModel();
        odd.modelDescription = u"line one\r\nline two\r\n"_s;
        odd.domain = u" padded "_s;
        odd.accessibility.clear(); // the service did not say: the form leaves it unset
        odd.orderNumber.reset();
        odd.extraInfo =
            QJsonObject{{u"n"_s, 1.5}, {u"deep"_s, QJsonObject{{u"a"_s, QJsonArray{}}}}};
        m_editor->load(odd);
        QVERIFY(!m_editor->isDirty());
        QVERIFY(!button("saveButton")->isEnabled());
        QCOMPARE(status(), u"No changes to save."_s);
        QCOMPARE(m_editor->currentDraft().accessibility, QString());
    }

    void everyMnemonicIsUnique()
    {
        QStringList texts;
        for (const QLabel *label : m_editor->findChildren<QLabel *>())
            texts.append(label->text());
        for (const QAbstractButton *button : m_editor->findChildren<QAbstractButton *>())
            texts.append(button->text());
        for (const QGroupBox *group : m_editor->findChildren<QGroupBox *>())
            texts.append(group->title());
        QHash<QChar, QString> seen;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
                continue;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(u"%1 and %2"_s.arg(seen.value(key), text)));
            seen.insert(key, text);
        }
        QVERIFY(seen.size() >= 12);
    }

    void workspaceIsFixedForExistingModels()
    {
        QVERIFY(!combo("workspaceCombo")->isEnabled());
        QVERIFY(child<QLabel>(m_editor.get(), u"workspaceNote"_s)->isVisible());
        m_editor->newModel();
        QVERIFY(combo("workspaceCombo")->isEnabled());
        QVERIFY(!child<QLabel>(m_editor.get(), u"workspaceNote"_s)->isVisible());
    }
};

QTEST_MAIN(TestModelEditor)
#include "tst_modeleditor.moc"
