#include "api/apiclient.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/models/extrainfomodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/versions/versioneditor.h"
#include "gui/versions/versionspanel.h"
#include "gui/versions/versiontablemodel.h"
#include "pai/displaytext.h"
#include "pai/wirejson.h"
#include "support/dialoganswerer.h"
#include "support/sandboxfixture.h"
#include "support/writefaults.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using gui::VersionEditor;
using gui::VersionsPanel;
using gui::VersionTableModel;
using testsupport::MessageBoxAnswerer;
using testsupport::openDialog;
using testsupport::SandboxFixture;

namespace {

constexpr int WaitMs = 30000;

QStringList sortedNames(const QList<pai::ModelVersion> &versions)
{
    QStringList names;
    for (const pai::ModelVersion &version : versions)
        names.append(version.versionName);
    names.sort();
    return names;
}

pai::ModelVersion versionNamed(const QString &name, const QString &created = {})
{
    pai::ModelVersion version;
    version.versionName = name;
    version.uri = u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/"_s + name;
    version.gmtCreateTime = created;
    return version;
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<VersionsPanel> m_panel;

    // Demo models that have at least `count` versions.
    QList<pai::Model> modelsWithVersions(int count) const
    {
        QList<pai::Model> models;
        for (const pai::Model &model : m_sandbox->store().models()) {
            if (m_sandbox->store().versions(model.modelId).size() >= count)
                models.append(model);
        }
        return models;
    }
    QList<pai::ModelVersion> stored(const QString &modelId) const
    {
        return m_sandbox->store().versions(modelId);
    }
    template<typename T> T *child(const char *name) const
    {
        return m_panel->findChild<T *>(QString::fromLatin1(name));
    }
    VersionEditor *form() const { return m_panel->editor(); }
    // A field of the version details (the form has fields of the same names).
    QLineEdit *detail(const char *name) const
    {
        return m_panel->findChild<QWidget *>(u"detailsPage"_s)
            ->findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    template<typename T> T *formChild(const char *name) const
    {
        return form()->findChild<T *>(QString::fromLatin1(name));
    }
    bool showAndWait(const pai::Model &model)
    {
        QSignalSpy loaded(m_panel.get(), &VersionsPanel::loaded);
        m_panel->showModel(model);
        return loaded.wait(WaitMs);
    }
    bool select(const QString &versionName) { return m_panel->selectVersion(versionName); }
    // Accepts the review (or the confirmation) named `name`, then waits until the write ends.
    bool acceptReviewAndWait(QWidget *host, const QString &name, QObject *ended, const char *signal)
    {
        QSignalSpy spy(ended, signal);
        auto *review = openDialog<gui::ReviewChangesDialog>(host, name);
        if (!review)
            return false;
        review->accept();
        return spy.wait(WaitMs);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Demo);
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        m_client->setRetryPolicy(testsupport::quickRetries(std::chrono::milliseconds(100),
                                                           std::chrono::milliseconds(400)));
        m_panel = std::make_unique<VersionsPanel>();
        m_panel->setApiClient(m_client.get());
        m_panel->resize(640, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void listsTheStoredVersions_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 3; ++i)
            QTest::addRow("model %d", i) << i;
    }

    void listsTheStoredVersions()
    {
        QFETCH(int, index);
        const QList<pai::Model> models = modelsWithVersions(1);
        QVERIFY(models.size() > index);
        const pai::Model model = models.at(index);
        QAbstractItemModelTester tableTester(
            m_panel->versionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            m_panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showAndWait(model));
        QCOMPARE(m_panel->state(), VersionsPanel::State::Loaded);
        QCOMPARE(sortedNames(m_panel->versionModel()->versions()),
                 sortedNames(stored(model.modelId)));
        // Every column reads as the stored version does; the time in local time with the year.
        for (const pai::ModelVersion &version : stored(model.modelId)) {
            const int row = m_panel->versionModel()->rowOfVersion(version.versionName);
            QVERIFY(row >= 0);
            const auto cell = [&](VersionTableModel::Column column) {
                return m_panel->versionModel()->index(row, column).data().toString();
            };
            QCOMPARE(cell(VersionTableModel::FormatColumn), version.formatType);
            QCOMPARE(cell(VersionTableModel::FrameworkColumn), version.frameworkType);
            QCOMPARE(cell(VersionTableModel::SourceColumn), version.sourceType);
            QCOMPARE(cell(VersionTableModel::CreatedColumn),
                     pai::DisplayText::timestamp(version.gmtCreateTime));
            QVERIFY(
                cell(VersionTableModel::CreatedColumn)
                    .contains(QString::number(pai::WireJson::parseTimestamp(version.gmtCreateTime)
                                                  .toLocalTime()
                                                  .date()
                                                  .year())));
            QCOMPARE(cell(VersionTableModel::LabelsColumn),
                     gui::ModelTableModel::labelsText(version.labels));
        }
        // The current version's details: every field, its Uri copyable.
        const std::optional<pai::ModelVersion> current = m_panel->currentVersion();
        QVERIFY(current);
        QCOMPARE(detail("versionUriEdit")->text(), current->uri);
        QCOMPARE(detail("versionNameEdit")->text(), current->versionName);
        QCOMPARE(detail("versionFormatEdit")->text(), current->formatType);
        QCOMPARE(detail("versionCreatedEdit")->text(),
                 pai::DisplayText::timestamp(current->gmtCreateTime));
        QCOMPARE(m_panel->specsModel()->rowCount(), 5);
        QCOMPARE(m_panel->metricsModel()->extraInfo(), current->metrics);
        QCOMPARE(m_panel->extraInfoModel()->extraInfo(), current->extraInfo);
        child<QPushButton>("copyUriButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), current->uri);
        QVERIFY(m_panel->statusText().contains(current->versionName));
    }

    void sortsAndFilters()
    {
        const QList<pai::Model> models = modelsWithVersions(3);
        QVERIFY(!models.isEmpty());
        const pai::Model model = models.constFirst();
        QVERIFY(showAndWait(model));
        const QList<pai::ModelVersion> versions = stored(model.modelId);
        QSortFilterProxyModel *proxy = m_panel->proxyModel();
        m_panel->view()->sortByColumn(VersionTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, 0).data().toString(), sortedNames(versions).constFirst());
        child<QLineEdit>("filterEdit")->setText(versions.constLast().versionName);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data().toString(), versions.constLast().versionName);
        child<QLineEdit>("filterEdit")->clear();
        QCOMPARE(proxy->rowCount(), versions.size());
    }

    void followsTheModel()
    {
        const QList<pai::Model> models = modelsWithVersions(1);
        QVERIFY(models.size() >= 2);
        // The first listing is canceled when the next model is shown.
        m_panel->showModel(models.at(0));
        QVERIFY(showAndWait(models.at(1)));
        QCOMPARE(m_panel->shownModelId(), models.at(1).modelId);
        QCOMPARE(sortedNames(m_panel->versionModel()->versions()),
                 sortedNames(stored(models.at(1).modelId)));
        QVERIFY(showAndWait(models.at(0)));
        QCOMPARE(sortedNames(m_panel->versionModel()->versions()),
                 sortedNames(stored(models.at(0).modelId)));
    }

    void failedListingShowsRetry()
    {
        pai::Model missing;
        missing.modelId = u"model-doesnotexist0000000"_s;
        missing.modelName = u"gone"_s;
        m_panel->showModel(missing);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), VersionsPanel::State::Failed, WaitMs);
        QVERIFY(m_panel->errorText().contains(missing.modelId));
        // Retry lists again, and fails again the same way.
        m_panel->reload();
        QCOMPARE(m_panel->state(), VersionsPanel::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), VersionsPanel::State::Failed, WaitMs);
    }

    void formBlocksSaveNamingTheField_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::newRow("uri scheme") << "uriEdit"
                                    << "ftp://bucket/model"
                                    << "Uri"
                                    << "";
        QTest::newRow("uri empty") << "uriEdit"
                                   << ""
                                   << "Uri"
                                   << "";
        QTest::newRow("name pattern") << "nameEdit"
                                      << "1.0"
                                      << "VersionName"
                                      << "";
        QTest::newRow("name suffix") << "nameEdit"
                                     << "1.0.0-beta"
                                     << "VersionName"
                                     << "";
        QTest::newRow("training spec json") << "trainingSpecEdit"
                                            << "{\n  \"epochs\": 3,\n  oops\n}"
                                            << "TrainingSpec"
                                            << "line 3";
        QTest::newRow("inference spec not object") << "inferenceSpecEdit"
                                                   << "[1, 2]"
                                                   << "InferenceSpec"
                                                   << "object";
        QTest::newRow("metrics json") << "metricsEdit"
                                      << "{\"cer\": }"
                                      << "Metrics"
                                      << "line 1";
        QTest::newRow("evaluation spec json") << "evaluationSpecEdit"
                                              << "{"
                                              << "EvaluationSpec"
                                              << "column";
        QTest::newRow("options json") << "optionsEdit"
                                      << "{\"a\" 1}"
                                      << "Options"
                                      << "line 1";
    }

    void formBlocksSaveNamingTheField()
    {
        QFETCH(QString, widget);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        const pai::Model model = modelsWithVersions(1).constFirst();
        QVERIFY(showAndWait(model));
        m_panel->registerVersion();
        QVERIFY(m_panel->isEditing());
        formChild<QLineEdit>("uriEdit")->setText(u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/m/"_s);
        QVERIFY(formChild<QPushButton>("saveButton")->isEnabled());
        if (auto *line = formChild<QLineEdit>(qPrintable(widget)))
            line->setText(text);
        else
            formChild<QPlainTextEdit>(qPrintable(widget))->setPlainText(text);
        QVERIFY(!formChild<QPushButton>("saveButton")->isEnabled());
        const QList<pai::FieldError> errors = form()->errors();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.constFirst().field, field);
        QVERIFY2(form()->statusText().contains(field), qPrintable(form()->statusText()));
        if (!detail.isEmpty())
            QVERIFY2(errors.constFirst().message.contains(detail),
                     qPrintable(errors.constFirst().message));
    }

    void registerCreatesExactlyOneVersion_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("numbered by the service") << QString();
        QTest::newRow("named") << u"7.0.0_rc1"_s;
    }

    void registerCreatesExactlyOneVersion()
    {
        QFETCH(QString, name);
        const pai::Model model = modelsWithVersions(2).constFirst();
        QVERIFY(showAndWait(model));
        const qsizetype before = stored(model.modelId).size();
        QSignalSpy room(m_panel.get(), &VersionsPanel::formShownChanged);
        auto *table = m_panel->findChild<QTableView *>(u"versionsView"_s);
        QVERIFY(table && table->isVisible());
        m_panel->registerVersion();
        // The form gets the room: the table steps aside and the host is told to fold its fields.
        QVERIFY(!table->isVisible());
        QCOMPARE(room.count(), 1);
        QCOMPARE(room.constLast().constFirst().toBool(), true);
        const QString automatic = gui::nextAutomaticVersionName(stored(model.modelId));
        QCOMPARE(form()->automaticName(), automatic);
        QVERIFY(formChild<QLineEdit>("nameEdit")->placeholderText().contains(automatic));
        const QString uri = u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/models/new/"_s;
        formChild<QLineEdit>("uriEdit")->setText(uri);
        formChild<QLineEdit>("nameEdit")->setText(name);
        formChild<QComboBox>("formatCombo")->setCurrentText(u"SavedModel"_s);
        formChild<QComboBox>("frameworkCombo")->setCurrentText(u"TensorFlow"_s);
        formChild<QPlainTextEdit>("inferenceSpecEdit")
            ->setPlainText(u"{\"processor\": \"tensorflow_gpu_1.12\"}"_s);
        formChild<QPlainTextEdit>("metricsEdit")->setPlainText(u"{\"cer\": 0.175}"_s);
        QVERIFY2(form()->canSave(), qPrintable(form()->statusText()));

        QSignalSpy saved(form(), &VersionEditor::versionSaved);
        form()->save();
        auto *review = openDialog<gui::ReviewChangesDialog>(form(), u"reviewChangesDialog"_s);
        QVERIFY(review);
        QVERIFY(review->requestsText().contains(u"POST /api/v1/models/"_s + model.modelId +
                                                u"/versions"_s));
        review->accept();
        QVERIFY(saved.wait(WaitMs));

        const QList<pai::ModelVersion> after = stored(model.modelId);
        QCOMPARE(after.size(), before + 1);
        const QString expected = name.isEmpty() ? automatic : name;
        const auto created = m_sandbox->store().version(model.modelId, expected);
        QVERIFY(created);
        QCOMPARE(created->uri, uri);
        QCOMPARE(created->formatType, u"SavedModel"_s);
        QCOMPARE(created->inferenceSpec.value(u"processor"_s).toString(), u"tensorflow_gpu_1.12"_s);
        QCOMPARE(created->metrics.value(u"cer"_s).toDouble(), 0.175);
        // The table shows it, read back, and the form is closed.
        QVERIFY(!m_panel->isEditing());
        QVERIFY(table->isVisible());
        QCOMPARE(room.constLast().constFirst().toBool(), false);
        QVERIFY(m_panel->versionModel()->rowOfVersion(expected) >= 0);
        QCOMPARE(m_panel->currentVersion()->versionName, expected);
        // The model's LatestVersion is read again.
        QSignalSpy refreshed(m_panel.get(), &VersionsPanel::modelRefreshed);
        QVERIFY(refreshed.wait(WaitMs));
        const pai::Model latest = refreshed.constFirst().constFirst().value<pai::Model>();
        QCOMPARE(gui::ModelTableModel::latestVersionName(latest), expected);
    }

    void editChangesTheVersion()
    {
        const pai::Model model = modelsWithVersions(1).constFirst();
        QVERIFY(showAndWait(model));
        const pai::ModelVersion version = stored(model.modelId).constFirst();
        QVERIFY(select(version.versionName));
        m_panel->editVersion();
        QVERIFY(m_panel->isEditing());
        QCOMPARE(form()->versionName(), version.versionName);
        // What cannot change is read-only, and the form says why.
        QVERIFY(formChild<QLineEdit>("uriEdit")->isReadOnly());
        QVERIFY(formChild<QLineEdit>("nameEdit")->isReadOnly());
        QVERIFY(!formChild<QComboBox>("formatCombo")->isEnabled());
        QVERIFY(!formChild<QComboBox>("frameworkCombo")->isEnabled());
        QVERIFY(formChild<QLabel>("immutableNote")->isVisible());
        QVERIFY(!form()->isDirty());

        formChild<QPlainTextEdit>("descriptionEdit")->setPlainText(u"retrained on more data"_s);
        formChild<QPlainTextEdit>("trainingSpecEdit")->setPlainText(u"{\"epochs\": 12}"_s);
        QVERIFY2(form()->canSave(), qPrintable(form()->statusText()));
        QSignalSpy saved(form(), &VersionEditor::versionSaved);
        form()->save();
        auto *review = openDialog<gui::ReviewChangesDialog>(form(), u"reviewChangesDialog"_s);
        QVERIFY(review);
        QVERIFY(review->requestsText().contains(u"PUT /api/v1/models/"_s + model.modelId +
                                                u"/versions/"_s + version.versionName));
        review->accept();
        QVERIFY(saved.wait(WaitMs));
        const auto after = m_sandbox->store().version(model.modelId, version.versionName);
        QVERIFY(after);
        QCOMPARE(after->versionDescription, u"retrained on more data"_s);
        QCOMPARE(after->trainingSpec.value(u"epochs"_s).toInt(), 12);
        QCOMPARE(after->uri, version.uri);
        QVERIFY(!m_panel->isEditing());
        QCOMPARE(m_panel->currentVersion()->versionDescription, u"retrained on more data"_s);
    }

    void approveAndReject_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::newRow("approve") << true;
        QTest::newRow("reject") << false;
    }

    void approveAndReject()
    {
        QFETCH(bool, approve);
        const pai::Model model = modelsWithVersions(1).constFirst();
        QVERIFY(showAndWait(model));
        const pai::ModelVersion version = stored(model.modelId).constFirst();
        QVERIFY(select(version.versionName));
        const QString wanted = approve ? u"Approved"_s : u"Rejected"_s;
        if (version.approvalStatus == wanted) {
            m_sandbox->store().updateVersion(
                model.modelId, version.versionName,
                [](pai::ModelVersion &v) { v.approvalStatus = u"Pending"_s; });
            m_panel->reload();
            QTRY_COMPARE_WITH_TIMEOUT(m_panel->state(), VersionsPanel::State::Loaded, WaitMs);
            QVERIFY(select(version.versionName));
        }
        QPushButton *button = child<QPushButton>(approve ? "approveButton" : "rejectButton");
        QVERIFY(button->isEnabled());
        button->click();
        auto *review = openDialog<gui::ReviewChangesDialog>(
            m_panel.get(), approve ? u"approveVersionReview"_s : u"rejectVersionReview"_s);
        QVERIFY(review);
        QVERIFY(review->summaryText().contains(version.versionName));
        QVERIFY(review->summaryText().contains(model.modelName));
        QVERIFY(review->requestsText().contains(u"PUT /api/v1/models/"_s + model.modelId));
        QVERIFY(review->requestsText().contains(u"ApprovalStatus"_s));
        QVERIFY(review->requestsText().contains(wanted));
        QSignalSpy refreshed(m_panel.get(), &VersionsPanel::modelRefreshed);
        review->accept();
        QVERIFY(refreshed.wait(WaitMs));
        QCOMPARE(m_sandbox->store().version(model.modelId, version.versionName)->approvalStatus,
                 wanted);
        const int row = m_panel->versionModel()->rowOfVersion(version.versionName);
        QCOMPARE(m_panel->versionModel()->versionAt(row).approvalStatus, wanted);
        QVERIFY(!button->isEnabled());
    }

    void deleteAsksAndDeletes_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("canceled") << false;
    }

    void deleteAsksAndDeletes()
    {
        QFETCH(bool, confirm);
        const pai::Model model = modelsWithVersions(2).constFirst();
        QVERIFY(showAndWait(model));
        const qsizetype before = stored(model.modelId).size();
        const pai::ModelVersion version = stored(model.modelId).constLast();
        QVERIFY(select(version.versionName));
        child<QPushButton>("deleteVersionButton")->click();
        auto *review =
            openDialog<gui::ReviewChangesDialog>(m_panel.get(), u"deleteVersionConfirmation"_s);
        QVERIFY(review);
        QVERIFY(review->summaryText().contains(version.versionName));
        QVERIFY(review->summaryText().contains(model.modelName));
        QVERIFY(review->requestsText().contains(u"DELETE /api/v1/models/"_s + model.modelId +
                                                u"/versions/"_s + version.versionName));
        if (!confirm) {
            review->reject();
            QCOMPARE(stored(model.modelId).size(), before);
            QVERIFY(m_panel->versionModel()->rowOfVersion(version.versionName) >= 0);
            return;
        }
        QSignalSpy refreshed(m_panel.get(), &VersionsPanel::modelRefreshed);
        review->accept();
        QVERIFY(refreshed.wait(WaitMs));
        QCOMPARE(stored(model.modelId).size(), before - 1);
        QVERIFY(!m_sandbox->store().version(model.modelId, version.versionName));
        QCOMPARE(m_panel->versionModel()->rowOfVersion(version.versionName), -1);
    }

    void unsavedFormAsksBeforeSwitchingVersions_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("switched");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
    }

    void unsavedFormAsksBeforeSwitchingVersions()
    {
        QFETCH(int, answer);
        QFETCH(bool, switched);
        const pai::Model model = modelsWithVersions(2).constFirst();
        QVERIFY(showAndWait(model));
        const QList<pai::ModelVersion> versions = stored(model.modelId);
        QVERIFY(select(versions.at(0).versionName));
        m_panel->editVersion();
        formChild<QPlainTextEdit>("descriptionEdit")->setPlainText(u"typed, not saved"_s);
        QVERIFY(m_panel->hasUnsavedEdit());
        MessageBoxAnswerer answerer(u"unsavedVersionPrompt"_s, QMessageBox::StandardButton(answer));
        select(versions.at(1).versionName);
        QTRY_VERIFY_WITH_TIMEOUT(answerer.answered(), WaitMs);
        QVERIFY(answerer.text().contains(versions.at(0).versionName));
        QCOMPARE(m_panel->isEditing(), !switched);
        QCOMPARE(m_panel->currentVersion()->versionName,
                 switched ? versions.at(1).versionName : versions.at(0).versionName);
        // Nothing was sent.
        QCOMPARE(m_sandbox->store()
                     .version(model.modelId, versions.at(0).versionName)
                     ->versionDescription,
                 versions.at(0).versionDescription);
    }

    void tableModelUnderTester()
    {
        VersionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions({versionNamed(u"0.1.0"_s, u"2024-01-01T00:00:00Z"_s),
                           versionNamed(u"0.2.0"_s, u"2024-02-01T00:00:00.123Z"_s)});
        QCOMPARE(model.rowCount(), 2);
        model.appendVersions({versionNamed(u"1.0.0"_s)});
        pai::ModelVersion changed = versionNamed(u"0.2.0"_s);
        changed.approvalStatus = u"Approved"_s;
        model.upsertVersion(changed);
        QCOMPARE(model.index(1, VersionTableModel::ApprovalColumn).data().toString(),
                 VersionTableModel::approvalText(u"Approved"_s));
        QVERIFY(model.removeVersion(u"0.1.0"_s));
        QVERIFY(!model.removeVersion(u"0.1.0"_s));
        QCOMPARE(model.rowCount(), 2);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(VersionTableModel::SortRole);
        proxy.sort(VersionTableModel::CreatedColumn, Qt::DescendingOrder);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void nextAutomaticName_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("next");
        QTest::newRow("none") << QStringList{} << "0.1.0";
        QTest::newRow("one") << QStringList{u"0.1.0"_s} << "0.2.0";
        QTest::newRow("gap") << QStringList{u"0.1.0"_s, u"0.3.0"_s} << "0.4.0";
        QTest::newRow("explicit major") << QStringList{u"0.2.0"_s, u"1.0.0_beta"_s} << "1.1.0";
        QTest::newRow("numeric minor") << QStringList{u"0.9.0"_s, u"0.10.0"_s} << "0.11.0";
        QTest::newRow("not numbered") << QStringList{u"latest"_s} << "0.1.0";
    }

    void nextAutomaticName()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, next);
        QList<pai::ModelVersion> versions;
        for (const QString &name : names)
            versions.append(versionNamed(name));
        QCOMPARE(gui::nextAutomaticVersionName(versions), next);
    }

    void modelTableShowsTheLatestVersion()
    {
        gui::ModelTableModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<pai::Model> models;
        for (const QString &name : {u"0.9.0"_s, u"0.10.0"_s, QString(), u"0.2.0"_s}) {
            pai::Model model;
            model.modelId = u"model-"_s + QString::number(models.size());
            model.modelName = model.modelId;
            if (!name.isEmpty())
                model.latestVersion = pai::WireJson::versionToJson(versionNamed(name));
            models.append(model);
        }
        table.appendModels(models);
        const int column = gui::ModelTableModel::LatestVersionColumn;
        QCOMPARE(table.index(1, column).data().toString(), u"0.10.0"_s);
        QCOMPARE(table.index(2, column).data().toString(), QString());
        QVERIFY(table.modelAt(1).latestVersion.isEmpty()); // only the name is kept
        table.sort(column, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < table.rowCount(); ++row)
            order.append(table.index(row, column).data().toString());
        QCOMPARE(order, (QStringList{u"0.2.0"_s, u"0.9.0"_s, u"0.10.0"_s, QString()}));
        // A model read again after a version write shows its new LatestVersion.
        pai::Model updated = models.at(2);
        updated.latestVersion = pai::WireJson::versionToJson(versionNamed(u"3.0.0"_s));
        table.upsertModel(updated);
        QCOMPARE(table.index(table.rowOfModel(updated.modelId), column).data().toString(),
                 u"3.0.0"_s);
        QVERIFY(
            table.searchKeyAt(table.rowOfModel(updated.modelId)).toByteArray().contains("3.0.0"));
        QVERIFY(table.removeModel(updated.modelId));
        QCOMPARE(table.rowCount(), 3);
    }
};

QTEST_MAIN(TestVersions)
#include "tst_versions.moc"
