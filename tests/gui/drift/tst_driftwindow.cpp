#include "api/apiclient.h"
#include "gui/browse/modellistloader.h"
#include "gui/drift/drifttablemodel.h"
#include "gui/drift/driftwindow.h"
#include "gui/drift/ignorelistdialog.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/export/exportdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/models/workspacelistmodel.h"
#include "support/dialoganswerer.h"
#include "support/sandboxfixture.h"
#include "terraform/statereader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using gui::DriftWindow;
using terraform::DriftStatus;
using testsupport::openDialog;
using testsupport::SandboxFixture;

namespace {

constexpr int WaitMs = 30000;

const QString DriftedAddress = u"module.pai.alicloud_pai_workspace_model.m[\"drifted\"]"_s;

pai::Model sandboxModel(const QString &id, const QString &name, const QString &description,
                        const pai::LabelList &labels, const QJsonObject &extraInfo)
{
    pai::Model model;
    model.modelId = id;
    model.modelName = name;
    model.modelDescription = description;
    model.modelType = u"Checkpoint"_s;
    model.domain = u"nlp"_s;
    model.accessibility = u"PRIVATE"_s;
    model.workspaceId = u"23802"_s;
    model.labels = labels;
    model.extraInfo = extraInfo;
    return model;
}

} // namespace

// The scenario of tst_clidrift: Terraform created three models; one was edited in the console
// (description and a label value), one deleted, and two were made by hand, one of them a scratch
// model the ignore list names.
class TestDriftWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findingsChipsAndModelTester();
    void diffPaneOfTheSelectedFinding();
    void revertMakesTheNextComparisonInSync();
    void exportUnmanagedOpensTheExportDialog();
    void ignoreAndCopyAddress();
    void ignoreListEditsRemoveAndAdd();
    void everyWorkspaceFindsModelsElsewhere();
    void cancelWhileReading();
    void mainWindowComparesAndOpensModels();

private:
    bool compare();
    int rowOf(DriftStatus status) const;
    static int rowOfIn(const DriftWindow *window, DriftStatus status);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<DriftWindow> m_window;
    terraform::StateFile m_state;
};

void TestDriftWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"PaiDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_driftwindow"_s);
    const auto read = terraform::StateReader::readFile(
        QStringLiteral(PAIDESK_TEST_DATA_DIR "/terraform-state/sandbox.tfstate"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    m_state = *read.state;
}

void TestDriftWindow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
    QVERIFY(m_sandbox->isListening());
    sandbox::ModelStore &store = m_sandbox->store();
    store.addModel(sandboxModel(u"model-insync00000000001"_s, u"insync_model"_s,
                                u"Kept as Terraform wrote it."_s, {{u"env"_s, u"prod"_s}},
                                QJsonObject{{u"epochs"_s, 3}}));
    store.addModel(sandboxModel(
        u"model-drifted0000000002"_s, u"drifted_model"_s, u"Edited in the console."_s,
        {{u"env"_s, u"staging"_s}, {u"team"_s, u"ml"_s}}, QJsonObject{{u"owner"_s, u"ml-team"_s}}));
    store.addModel(
        sandboxModel(u"model-unmanaged00000004"_s, u"adhoc_model"_s, u"Made by hand."_s, {}, {}));
    store.addModel(sandboxModel(u"model-ignored0000000005"_s, u"tmp-scratch"_s, {}, {}, {}));
    m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                SandboxFixture::credentials());
    DriftWindow::saveIgnoreList(terraform::IgnoreList::parse(u"tmp-*"_s));
    m_window = std::make_unique<DriftWindow>();
    m_window->setConnection(m_client.get(), u"cn-shanghai"_s);
    m_window->show();
}

void TestDriftWindow::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
    QSettings().remove(DriftWindow::ignoreListKey());
    QSettings().remove(DriftWindow::allWorkspacesKey());
}

bool TestDriftWindow::compare()
{
    QSignalSpy finished(m_window.get(), &DriftWindow::comparisonFinished);
    m_window->compare({m_state});
    return finished.wait(WaitMs);
}

int TestDriftWindow::rowOf(DriftStatus status) const
{
    return rowOfIn(m_window.get(), status);
}

int TestDriftWindow::rowOfIn(const DriftWindow *window, DriftStatus status)
{
    const auto &findings = window->findingsModel()->findings();
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row).status == status)
            return row;
    }
    return -1;
}

void TestDriftWindow::findingsChipsAndModelTester()
{
    QAbstractItemModelTester sourceTester(m_window->findingsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_window->filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(compare());

    const gui::DriftTableModel *model = m_window->findingsModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->finding(0).address, DriftedAddress);
    QCOMPARE(model->finding(0).status, DriftStatus::Drifted);
    QCOMPARE(model->finding(0).fieldNames(), (QStringList{u"model_description"_s, u"labels"_s}));
    QCOMPARE(model->finding(1).status, DriftStatus::Missing);
    QCOMPARE(model->finding(2).status, DriftStatus::InSync);
    QCOMPARE(model->finding(3).status, DriftStatus::Unmanaged);
    QCOMPARE(model->finding(3).modelId, u"model-unmanaged00000004"_s);
    QCOMPARE(model->index(0, gui::DriftTableModel::StatusColumn).data().toString(), u"Drifted"_s);
    QCOMPARE(model->index(0, gui::DriftTableModel::FieldsColumn).data().toString(),
             u"model_description, labels"_s);
    QCOMPARE(model->index(3, gui::DriftTableModel::AddressColumn).data().toString(),
             u"(not in the state)"_s);

    QCOMPARE(m_window->chip(DriftStatus::Drifted)->text(), u"Drifted (1)"_s);
    QCOMPARE(m_window->chip(DriftStatus::Tainted)->text(), u"Tainted (0)"_s);
    m_window->chip(DriftStatus::InSync)->click();
    QCOMPARE(m_window->filterModel()->rowCount(), 3);
    m_window->chip(DriftStatus::Unmanaged)->click();
    QCOMPARE(m_window->filterModel()->rowCount(), 2);
    m_window->chip(DriftStatus::InSync)->click();
    QCOMPARE(m_window->filterModel()->rowCount(), 3);
}

void TestDriftWindow::diffPaneOfTheSelectedFinding()
{
    QVERIFY(compare());
    m_window->selectRow(rowOf(DriftStatus::Drifted));
    const QList<QStringList> rows = m_window->diffRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{u"model_description"_s, u"Described in Terraform."_s,
                                      u"Edited in the console."_s}));
    QCOMPARE(rows.at(1).at(0), u"labels"_s);
    QCOMPARE(rows.at(1).at(1),
             u"[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"team\",\"value\":\"ml\"}]"_s);
    QCOMPARE(rows.at(1).at(2),
             u"[{\"key\":\"env\",\"value\":\"staging\"},{\"key\":\"team\",\"value\":\"ml\"}]"_s);

    m_window->selectRow(rowOf(DriftStatus::InSync));
    QVERIFY(m_window->diffRows().isEmpty());

    // A finding without fields still says what it means and what can be done, never a blank
    // pane; each status in its own words.
    auto *note = m_window->findChild<QLabel *>(u"findingNote"_s);
    QVERIFY(note);
    QSet<QString> notes;
    for (const DriftStatus status : {DriftStatus::InSync, DriftStatus::Drifted,
                                     DriftStatus::Missing, DriftStatus::Unmanaged}) {
        m_window->selectRow(rowOf(status));
        QVERIFY2(!note->text().isEmpty(), qPrintable(QString::number(int(status))));
        notes.insert(note->text());
    }
    QCOMPARE(notes.size(), 4);
    m_window->selectRow(rowOf(DriftStatus::Missing));
    QVERIFY(note->text().contains(u"does not exist"_s));
}

void TestDriftWindow::revertMakesTheNextComparisonInSync()
{
    QVERIFY(compare());
    m_window->selectRow(rowOf(DriftStatus::Drifted));
    auto *revertButton = m_window->findChild<QPushButton *>(u"revertButton"_s);
    QVERIFY(revertButton->isEnabled());
    // Revert is for drifted models only.
    m_window->selectRow(rowOf(DriftStatus::Unmanaged));
    QVERIFY(!revertButton->isEnabled());
    m_window->selectRow(rowOf(DriftStatus::Drifted));

    QSignalSpy reverted(m_window.get(), &DriftWindow::revertFinished);
    QSignalSpy compared(m_window.get(), &DriftWindow::comparisonFinished);
    revertButton->click();
    gui::ReviewChangesDialog *review = nullptr;
    QTRY_VERIFY(
        (review = openDialog<gui::ReviewChangesDialog>(m_window.get(), u"reviewChangesDialog"_s)));
    QCOMPARE(review->diffRowCount(), 2); // the description and the label
    review->accept();
    QVERIFY(reverted.wait(WaitMs));
    QCOMPARE(reverted.first().first().toBool(), true);
    QVERIFY(compared.wait(WaitMs));

    // What the sandbox stored is the state's.
    const pai::Model stored = *m_sandbox->store().model(u"model-drifted0000000002"_s);
    QCOMPARE(stored.modelDescription, u"Described in Terraform."_s);
    QCOMPARE(stored.labels, (pai::LabelList{{u"env"_s, u"prod"_s}, {u"team"_s, u"ml"_s}}));
    QCOMPARE(stored.extraInfo, QJsonObject({{u"owner"_s, u"ml-team"_s}}));
    // And the comparison that followed says so.
    const auto &findings = m_window->findingsModel()->findings();
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [](const auto &f) { return f.address == DriftedAddress; });
    QVERIFY(it != findings.cend());
    QCOMPARE(it->status, DriftStatus::InSync);
    QVERIFY(it->fields.isEmpty());
}

void TestDriftWindow::exportUnmanagedOpensTheExportDialog()
{
    QVERIFY(compare());
    m_window->selectRow(rowOf(DriftStatus::Unmanaged));
    m_window->findChild<QPushButton *>(u"exportButton"_s)->click();
    gui::ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<gui::ExportDialog>(m_window.get(), u"exportDialog"_s)));
    QVERIFY(dialog->options().importBlocks);
    const QString hcl = dialog->previewText();
    QVERIFY2(hcl.contains(u"id = \"model-unmanaged00000004\""_s), qPrintable(hcl));
    QVERIFY(hcl.contains(u"resource \"alicloud_pai_workspace_model\" \"adhoc_model\""_s));
    QVERIFY(!hcl.contains(u"model-drifted"_s));
    dialog->reject();
}

void TestDriftWindow::ignoreAndCopyAddress()
{
    QVERIFY(compare());
    m_window->selectRow(rowOf(DriftStatus::Drifted));
    m_window->copyAddress();
    QCOMPARE(QApplication::clipboard()->text(), DriftedAddress);

    m_window->selectRow(rowOf(DriftStatus::Unmanaged));
    m_window->findChild<QPushButton *>(u"ignoreButton"_s)->click();
    QCOMPARE(rowOf(DriftStatus::Unmanaged), -1);
    QCOMPARE(DriftWindow::savedIgnoreList().entries(),
             (QStringList{u"tmp-*"_s, u"model-unmanaged00000004"_s}));
    // The next comparison leaves it out too.
    QSignalSpy finished(m_window.get(), &DriftWindow::comparisonFinished);
    m_window->compareAgain();
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_window->findingsModel()->rowCount(), 3);
    QCOMPARE(rowOf(DriftStatus::Unmanaged), -1);
}

void TestDriftWindow::ignoreListEditsRemoveAndAdd()
{
    QVERIFY(compare());
    const int before = m_window->findingsModel()->rowCount();
    QSignalSpy finished(m_window.get(), &DriftWindow::comparisonFinished);

    // Removing the pattern brings "tmp-scratch" back as unmanaged.
    m_window->findChild<QPushButton *>(u"ignoreListButton"_s)->click();
    auto *dialog = m_window->findChild<gui::IgnoreListDialog *>(u"ignoreListDialog"_s);
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QPlainTextEdit *>(u"entriesEdit"_s);
    QCOMPARE(edit->toPlainText().trimmed(), u"tmp-*"_s);
    edit->setPlainText(u"# kept for later\n"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"No entries"_s));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(DriftWindow::savedIgnoreList().isEmpty());
    QCOMPARE(DriftWindow::savedIgnoreText(), u"# kept for later\n"_s); // comments are kept
    QCOMPARE(m_window->findingsModel()->rowCount(), before + 1);

    // Adding a name by hand hides that model at the next comparison.
    finished.clear();
    m_window->findChild<QPushButton *>(u"ignoreListButton"_s)->click();
    QTRY_VERIFY((dialog = m_window->findChild<gui::IgnoreListDialog *>(u"ignoreListDialog"_s)));
    dialog->findChild<QPlainTextEdit *>(u"entriesEdit"_s)
        ->setPlainText(u"adhoc_model\ntmp-scratch\n"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(DriftWindow::savedIgnoreList().entries(),
             (QStringList{u"adhoc_model"_s, u"tmp-scratch"_s}));
    QCOMPARE(rowOf(DriftStatus::Unmanaged), -1);

    // Cancel changes nothing and does not compare again.
    finished.clear();
    m_window->findChild<QPushButton *>(u"ignoreListButton"_s)->click();
    QTRY_VERIFY((dialog = m_window->findChild<gui::IgnoreListDialog *>(u"ignoreListDialog"_s)));
    dialog->findChild<QPlainTextEdit *>(u"entriesEdit"_s)->clear();
    dialog->reject();
    QCOMPARE(DriftWindow::savedIgnoreList().entries().size(), 2);
    QVERIFY(!m_window->isReading());
    QCOMPARE(finished.size(), 0);
}

void TestDriftWindow::everyWorkspaceFindsModelsElsewhere()
{
    pai::Model elsewhere = sandboxModel(u"model-elsewhere00000006"_s, u"speech_adhoc"_s,
                                        u"Made by hand in another workspace."_s, {}, {});
    elsewhere.workspaceId = u"23803"_s;
    m_sandbox->store().addModel(elsewhere);
    QVERIFY(compare());
    const auto hasElsewhere = [this] {
        const auto *model = m_window->findingsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->data(model->index(row, column)).toString().contains(u"speech_adhoc"_s))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(!hasElsewhere()); // only the state's workspace by default

    QSignalSpy finished(m_window.get(), &DriftWindow::comparisonFinished);
    auto *all = m_window->findChild<QCheckBox *>(u"allWorkspacesCheck"_s);
    all->setChecked(true);
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(hasElsewhere());
    QCOMPARE(QSettings().value(DriftWindow::allWorkspacesKey()).toBool(), true);

    // Switched back while a comparison is reading: that one finishes, then one more runs with
    // the new scope, and the table agrees with the box.
    finished.clear();
    m_window->compareAgain();
    QVERIFY(m_window->isReading());
    all->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);
    QVERIFY(!m_window->isReading());
    QVERIFY(!hasElsewhere());
    all->setChecked(true);
    QVERIFY(finished.wait(WaitMs));

    // Remembered for the next window.
    DriftWindow next;
    QVERIFY(next.findChild<QCheckBox *>(u"allWorkspacesCheck"_s)->isChecked());
    QSettings().remove(DriftWindow::allWorkspacesKey());
}

void TestDriftWindow::cancelWhileReading()
{
    QSignalSpy finished(m_window.get(), &DriftWindow::comparisonFinished);
    m_window->compare({m_state});
    QVERIFY(m_window->isReading());
    m_window->cancelReading();
    QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
    QVERIFY(!m_window->isReading());
    QCOMPARE(m_window->findingsModel()->rowCount(), 0);
    QVERIFY(m_window->findChild<QLabel *>(u"progressLabel"_s)->text().contains(u"canceled"_s));
}

void TestDriftWindow::mainWindowComparesAndOpensModels()
{
    m_window.reset();
    gui::MainWindow window;
    window.setConnection(m_client.get(),
                         {u"test-sandbox"_s, u"cn-shanghai"_s, m_sandbox->url(), true});
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        !window.modelLoader()->isLoading() && window.workspaceModel()->rowCount() > 0, WaitMs);

    // Terraform > Compare with State, enabled once connected.
    QAction *compareAction = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == u"Terraform"_s && menu->menu())
            compareAction = menu->menu()->actions().value(0);
    }
    QVERIFY(compareAction);
    QCOMPARE(compareAction->text(), u"&Compare with State…"_s);
    QVERIFY(compareAction->isEnabled());

    // An unreadable state is named in a message, and nothing is compared.
    const QString malformed =
        QStringLiteral(PAIDESK_TEST_DATA_DIR "/terraform-state/malformed/missing_id.tfstate");
    window.compareStateFiles({malformed});
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(&window, u"stateErrorBox"_s)));
    QVERIFY(box->text().contains(malformed + u": resources[0].instances[0].attributes.id"_s));
    box->close();
    QVERIFY(!window.findChild<DriftWindow *>());

    window.compareStateFiles({m_state.path});
    QCOMPARE(QSettings().value(gui::MainWindow::stateFilesKey()).toStringList(),
             QStringList{m_state.path});
    auto *drift = window.findChild<DriftWindow *>();
    QVERIFY(drift);
    QSignalSpy finished(drift, &DriftWindow::comparisonFinished);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(drift->findingsModel()->rowCount(), 4);

    // Open Model selects it in its workspace.
    drift->selectRow(rowOfIn(drift, DriftStatus::Unmanaged));
    drift->openModel();
    QTRY_VERIFY_WITH_TIMEOUT(window.selectedModels().size() == 1 &&
                                 window.selectedModels().first().modelId ==
                                     u"model-unmanaged00000004"_s,
                             WaitMs);
    QCOMPARE(window.currentWorkspaceId(), u"23802"_s);
    drift->close();
}

QTEST_MAIN(TestDriftWindow)
#include "tst_driftwindow.moc"
