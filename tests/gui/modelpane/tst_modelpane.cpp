#include "api/apiclient.h"
#include "gui/browse/detailspane.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/workspaceloader.h"
#include "gui/editor/modeleditor.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/modelpane/modelpane.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "support/dialoganswerer.h"
#include "support/sandboxfixture.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using gui::ModelPane;
using testsupport::MessageBoxAnswerer;
using testsupport::openDialog;
using testsupport::SandboxFixture;

namespace {

constexpr int WaitMs = 20000;

// How the person leaves a form with unsaved changes, if there are any.
enum class Leave { NothingTyped, Cancel, Discard, Save };

} // namespace

Q_DECLARE_METATYPE(Leave)

class TestModelPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<gui::MainWindow> m_window;

    ModelPane *pane() const { return m_window->modelPane(); }
    gui::ModelEditor *editor() const { return m_window->modelEditor(); }
    QLineEdit *nameEdit() const { return editor()->findChild<QLineEdit *>(u"modelNameEdit"_s); }

    // The model of a row as the table shows it (sorted, filtered).
    QString modelIdAtRow(int row) const
    {
        const QModelIndex source =
            m_window->modelProxy()->mapToSource(m_window->modelProxy()->index(row, 0));
        return m_window->modelTable()->modelAt(source.row()).modelId;
    }
    QString currentModelId() const
    {
        const QModelIndex current = m_window->modelView()->currentIndex();
        return current.isValid() ? modelIdAtRow(current.row()) : QString();
    }
    // Clicks a row as a person would: the selection model reports the change.
    void clickRow(int row)
    {
        QTableView *view = m_window->modelView();
        const QModelIndex index = m_window->modelProxy()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    // Selects a row and waits until the pane reads that model.
    bool readRow(int row)
    {
        clickRow(row);
        const QString wanted = modelIdAtRow(row);
        return QTest::qWaitFor(
            [&] {
                const auto &shown = m_window->detailsPane()->model();
                return shown && shown->modelId == wanted;
            },
            WaitMs);
    }
    // The review opens asynchronously; accepts it when it does.
    void acceptReviewWhenItOpens(QTimer &poller)
    {
        connect(&poller, &QTimer::timeout, this, [this, &poller] {
            if (auto *review =
                    openDialog<gui::ReviewChangesDialog>(editor(), u"reviewChangesDialog"_s)) {
                poller.stop();
                review->accept();
            }
        });
        poller.start(10);
    }
    QString loadedLabel() const { return m_window->findChild<QLabel *>(u"loadedLabel"_s)->text(); }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
        m_window = std::make_unique<gui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->setConnection(m_client.get(),
                                {u"test-sandbox"_s, u"cn-hangzhou"_s, m_sandbox->url(), true});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Every workspace: created models always belong to the listing shown.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspaceLoader()->isLoading() &&
                                     !m_window->modelLoader()->isLoading() &&
                                     m_window->modelTable()->rowCount() > 3,
                                 WaitMs);
        QCOMPARE(m_window->currentWorkspaceId(), QString());
    }

    void cleanup()
    {
        // Nothing typed may hold the window open at the end of a test.
        if (editor()->isDirty())
            editor()->revert();
        m_window.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void readsThenEditsInPlace()
    {
        QVERIFY(readRow(1));
        QCOMPARE(pane()->mode(), ModelPane::Mode::Reading);
        auto *pages = pane()->findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget(), m_window->detailsPane());
        // One pane: no second copy of the model in a dock or another panel.
        QVERIFY(!m_window->findChild<QDockWidget *>(u"editorDock"_s));

        m_window->modelView()->setFocus();
        QTest::keyClick(m_window->modelView(), Qt::Key_F2);
        QCOMPARE(pane()->mode(), ModelPane::Mode::Editing);
        QCOMPARE(pages->currentWidget(), editor());
        QCOMPARE(editor()->modelId(), currentModelId());
        QCOMPARE(nameEdit()->text(), m_window->detailsPane()->model()->modelName);
        QTRY_VERIFY(nameEdit()->hasFocus());
        // No complaint before anything was typed.
        QVERIFY(!editor()->findChild<QLabel *>(u"statusLine"_s)->text().contains(u"Cannot"_s));

        // Escape turns it back, where it was.
        QTest::keyClick(nameEdit(), Qt::Key_Escape);
        QCOMPARE(pane()->mode(), ModelPane::Mode::Reading);
        QCOMPARE(pages->currentWidget(), m_window->detailsPane());

        // The details' own Edit button does what F2 does.
        m_window->detailsPane()->findChild<QPushButton *>(u"editButton"_s)->click();
        QCOMPARE(pane()->mode(), ModelPane::Mode::Editing);
        QCOMPARE(editor()->modelId(), currentModelId());
    }

    void followsTheSelection_data()
    {
        QTest::addColumn<bool>("editing");
        QTest::addColumn<Leave>("leave");
        QTest::newRow("reading") << false << Leave::NothingTyped;
        QTest::newRow("form, nothing typed") << true << Leave::NothingTyped;
        QTest::newRow("unsaved, cancel") << true << Leave::Cancel;
        QTest::newRow("unsaved, discard") << true << Leave::Discard;
        QTest::newRow("unsaved, save") << true << Leave::Save;
    }

    void followsTheSelection()
    {
        QFETCH(bool, editing);
        QFETCH(Leave, leave);
        QVERIFY(readRow(0));
        const QString first = currentModelId();
        const QString firstName = m_sandbox->store().model(first)->modelName;
        const QString second = modelIdAtRow(2);
        if (editing) {
            m_window->editSelectedModel();
            QCOMPARE(pane()->editedModelId(), first);
        }
        const QString typed = u"typed-before-switching"_s;
        if (leave != Leave::NothingTyped)
            nameEdit()->setText(typed);

        std::unique_ptr<MessageBoxAnswerer> answer;
        QTimer reviewer;
        if (leave == Leave::Cancel)
            answer = std::make_unique<MessageBoxAnswerer>(u"unsavedChangesPrompt"_s,
                                                          QMessageBox::Cancel);
        if (leave == Leave::Discard)
            answer = std::make_unique<MessageBoxAnswerer>(u"unsavedChangesPrompt"_s,
                                                          QMessageBox::Discard);
        if (leave == Leave::Save) {
            answer =
                std::make_unique<MessageBoxAnswerer>(u"unsavedChangesPrompt"_s, QMessageBox::Save);
            acceptReviewWhenItOpens(reviewer);
        }
        clickRow(2);

        if (leave == Leave::Cancel) {
            QTRY_VERIFY(answer->answered());
            QVERIFY2(answer->text().contains(firstName), qPrintable(answer->text()));
            // The form stays, with what was typed, on the row it edits.
            QCOMPARE(pane()->mode(), ModelPane::Mode::Editing);
            QCOMPARE(editor()->modelId(), first);
            QCOMPARE(nameEdit()->text(), typed);
            QCOMPARE(currentModelId(), first);
            QCOMPARE(m_sandbox->store().model(first)->modelName, firstName);
            return;
        }
        // Every other way ends reading the row clicked.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsPane()->model() &&
                                     m_window->detailsPane()->model()->modelId == second,
                                 WaitMs);
        QCOMPARE(pane()->mode(), ModelPane::Mode::Reading);
        QCOMPARE(currentModelId(), second);
        if (answer)
            QVERIFY(answer->answered());
        const QString stored = m_sandbox->store().model(first)->modelName;
        QCOMPARE(stored, leave == Leave::Save ? typed : firstName);
        if (leave == Leave::Save) {
            // The table shows what was saved.
            const int row = m_window->modelTable()->rowOfModel(first);
            QCOMPARE(m_window->modelTable()->modelAt(row).modelName, typed);
        }
    }

    void switchingWorkspaceAsksFirst_data()
    {
        QTest::addColumn<bool>("discard");
        QTest::newRow("cancel") << false;
        QTest::newRow("discard") << true;
    }

    void switchingWorkspaceAsksFirst()
    {
        QFETCH(bool, discard);
        QVERIFY(readRow(0));
        m_window->editSelectedModel();
        nameEdit()->setText(u"typed-before-switching"_s);
        const QString target = m_sandbox->store().defaultWorkspaceId();
        MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s,
                                  discard ? QMessageBox::Discard : QMessageBox::Cancel);
        m_window->workspaceView()->setCurrentIndex(m_window->workspaceModel()->index(
            m_window->workspaceModel()->rowOfWorkspace(target), 0));
        QTRY_VERIFY(answer.answered());
        if (!discard) {
            QCOMPARE(m_window->currentWorkspaceId(), QString());
            QCOMPARE(m_window->workspaceView()->currentIndex().row(),
                     int(gui::WorkspaceListModel::AllWorkspacesRow));
            QCOMPARE(nameEdit()->text(), u"typed-before-switching"_s);
            QCOMPARE(pane()->mode(), ModelPane::Mode::Editing);
            return;
        }
        QTRY_COMPARE(m_window->currentWorkspaceId(), target);
        QCOMPARE(pane()->mode(), ModelPane::Mode::Reading);
    }

    void newModelIsSelectedOnceCreated()
    {
        QVERIFY(readRow(0));
        const int before = m_window->modelTable()->rowCount();
        QVERIFY2(loadedLabel().startsWith(QString::number(before) + u" of "_s),
                 qPrintable(loadedLabel()));
        m_window->findChild<QAction *>(u"actionNewModel"_s)->trigger();
        QCOMPARE(pane()->mode(), ModelPane::Mode::Editing);
        QVERIFY(editor()->isNew());
        // The form is no row: nothing in the table stays selected under it.
        QCOMPARE(currentModelId(), QString());
        nameEdit()->setText(u"created-in-the-pane"_s);

        QTimer reviewer;
        acceptReviewWhenItOpens(reviewer);
        QSignalSpy saved(editor(), &gui::ModelEditor::modelSaved);
        editor()->save();
        QVERIFY(saved.wait(WaitMs));
        const pai::Model created = saved.constFirst().constFirst().value<pai::Model>();
        QVERIFY(m_sandbox->store().model(created.modelId).has_value());

        QCOMPARE(pane()->mode(), ModelPane::Mode::Reading);
        QCOMPARE(currentModelId(), created.modelId);
        QCOMPARE(m_window->detailsPane()->model()->modelId, created.modelId);
        QCOMPARE(m_window->modelTable()->rowCount(), before + 1);
        // The count follows: "43 of 43", never "43 of 42".
        const QString expected = u"%1 of %1"_s.arg(before + 1);
        QVERIFY2(loadedLabel().startsWith(expected), qPrintable(loadedLabel()));
    }

    void unsavedNewModelAsksBeforeARowIsRead()
    {
        QVERIFY(readRow(0));
        m_window->newModel();
        nameEdit()->setText(u"not-yet-saved"_s);
        MessageBoxAnswerer answer(u"unsavedChangesPrompt"_s, QMessageBox::Cancel);
        clickRow(1);
        QTRY_VERIFY(answer.answered());
        QCOMPARE(pane()->mode(), ModelPane::Mode::Editing);
        QVERIFY(editor()->isNew());
        QCOMPARE(nameEdit()->text(), u"not-yet-saved"_s);
        QCOMPARE(currentModelId(), QString());
    }

    void deletedModelsNeighbourIsSelected_data()
    {
        QTest::addColumn<bool>("lastRow");
        QTest::addColumn<bool>("fromTheForm");
        QTest::newRow("middle row, reading") << false << false;
        QTest::newRow("middle row, from the form") << false << true;
        QTest::newRow("last row, reading") << true << false;
    }

    void deletedModelsNeighbourIsSelected()
    {
        QFETCH(bool, lastRow);
        QFETCH(bool, fromTheForm);
        const int rows = m_window->modelProxy()->rowCount();
        const int row = lastRow ? rows - 1 : 1;
        QVERIFY(readRow(row));
        const QString doomed = currentModelId();
        const QString neighbour = modelIdAtRow(lastRow ? row - 1 : row + 1);
        if (fromTheForm)
            m_window->editSelectedModel();

        QSignalSpy deleted(editor(), &gui::ModelEditor::modelDeleted);
        m_window->deleteSelectedModel();
        auto *box = openDialog<QMessageBox>(m_window.get(), u"deleteConfirmation"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(doomed));
        box->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
        QVERIFY(deleted.wait(WaitMs));
        QVERIFY(!m_sandbox->store().model(doomed).has_value());

        QCOMPARE(pane()->mode(), ModelPane::Mode::Reading);
        QCOMPARE(currentModelId(), neighbour);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsPane()->model() &&
                                     m_window->detailsPane()->model()->modelId == neighbour,
                                 WaitMs);
        // No empty "New model" form, no red line: the pane reads the neighbour.
        QCOMPARE(m_window->modelTable()->rowOfModel(doomed), -1);
        const QString expected = u"%1 of %1"_s.arg(rows - 1);
        QVERIFY2(loadedLabel().startsWith(expected), qPrintable(loadedLabel()));
    }
};

QTEST_MAIN(TestModelPane)
#include "tst_modelpane.moc"
