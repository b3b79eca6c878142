// The Model Gallery in the window: its entry above the workspaces lists Provider=pai, its models
// are read-only (Edit and Delete disabled, the reason in their tooltips and in the model pane),
// and Copy to Workspace makes exactly one private model (and a version when asked), checked
// against what the sandbox stored.
#include "api/apiclient.h"
#include "gui/browse/detailspane.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/savedviews.h"
#include "gui/browse/workspaceloader.h"
#include "gui/bulk/bulkeditdialog.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/gallery/copytoworkspacedialog.h"
#include "gui/gallery/modelcopier.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/modelpane/modelpane.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "gui/progress/operationprogressdialog.h"
#include "gui/versions/versionspanel.h"
#include "gui/versions/versiontablemodel.h"
#include "pai/gallery.h"
#include "sandbox/demodata.h"
#include "support/dialoganswerer.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;

namespace {

constexpr int LoadTimeoutMs = 20000;

} // namespace

class TestGalleryWindow : public QObject
{
    Q_OBJECT

private:
    struct Harness
    {
        SandboxFixture sandbox;
        api::ApiClient client{api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials()};
        gui::MainWindow window;
    };

    static bool connectAndLoad(Harness &harness)
    {
        if (!harness.sandbox.isListening())
            return false;
        harness.window.setConnection(
            &harness.client, {u"test-sandbox"_s, u"cn-hangzhou"_s, harness.sandbox.url(), true});
        harness.window.show();
        const int rows = int(harness.sandbox.store().workspaces().size()) +
                         gui::WorkspaceListModel::FirstWorkspaceRow;
        return QTest::qWaitFor(
            [&] {
                return harness.window.workspaceModel()->rowCount() == rows &&
                       !harness.window.workspaceLoader()->isLoading() &&
                       !harness.window.modelLoader()->isLoading();
            },
            LoadTimeoutMs);
    }

    static bool waitForListing(Harness &harness)
    {
        return QTest::qWaitFor([&] { return !harness.window.modelLoader()->isLoading(); },
                               LoadTimeoutMs);
    }

    // Selects the model's row and waits for the pane to read it whole.
    static bool selectModel(Harness &harness, const QString &modelId)
    {
        const int row = harness.window.modelTable()->rowOfModel(modelId);
        if (row < 0)
            return false;
        harness.window.modelView()->setCurrentIndex(
            harness.window.modelProxy()->mapFromSource(harness.window.modelTable()->index(row, 0)));
        return QTest::qWaitFor(
            [&] {
                const auto &shown = harness.window.detailsPane()->model();
                return shown && shown->modelId == modelId;
            },
            LoadTimeoutMs);
    }

    static QAction *action(Harness &harness, const char *name)
    {
        return harness.window.findChild<QAction *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void galleryEntryListsTheGallery()
    {
        Harness harness;
        QVERIFY(connectAndLoad(harness));
        gui::WorkspaceListModel *list = harness.window.workspaceModel();
        // Above "All workspaces" and the workspaces, which are kept.
        const QModelIndex gallery = list->index(gui::WorkspaceListModel::GalleryRow, 0);
        QCOMPARE(gallery.data().toString(), u"Model Gallery"_s);
        QCOMPARE(gallery.data(gui::WorkspaceListModel::ProviderRole).toString(), u"pai"_s);
        QCOMPARE(list->index(gui::WorkspaceListModel::AllWorkspacesRow, 0).data().toString(),
                 u"All workspaces"_s);
        QVERIFY(!harness.window.isGalleryShown());
        for (int row = 0; row < harness.window.modelTable()->rowCount(); ++row)
            QVERIFY(!harness.window.modelTable()->modelAt(row).isGalleryModel());

        // Chosen with the keyboard, from "All workspaces" up.
        QTreeView *view = harness.window.workspaceView();
        view->setFocus();
        QCOMPARE(view->currentIndex().row(), int(gui::WorkspaceListModel::AllWorkspacesRow));
        QTest::keyClick(view, Qt::Key_Up);
        QVERIFY(harness.window.isGalleryShown());
        QVERIFY(waitForListing(harness));
        const QList<pai::Model> expected = sandbox::DemoData::galleryModels();
        QCOMPARE(harness.window.modelTable()->rowCount(), int(expected.size()));
        QSet<QString> ids;
        for (int row = 0; row < harness.window.modelTable()->rowCount(); ++row) {
            const pai::Model &model = harness.window.modelTable()->modelAt(row);
            QVERIFY(model.isGalleryModel());
            ids.insert(model.modelId);
        }
        for (const pai::Model &model : expected)
            QVERIFY(ids.contains(model.modelId));
        QCOMPARE(harness.window.modelLoader()->query().provider, u"pai"_s);

        // The choice is remembered, as a workspace is.
        QVERIFY(QSettings().value(gui::MainWindow::lastGalleryKey()).toBool());
    }

    void galleryModelsAreReadOnly()
    {
        Harness harness;
        QVERIFY(connectAndLoad(harness));
        harness.window.showGallery();
        QVERIFY(waitForListing(harness));
        const pai::Model model = sandbox::DemoData::galleryModels().at(5);
        QVERIFY(selectModel(harness, model.modelId));

        const QString reason = pai::Gallery::readOnlyReason();
        QVERIFY(!action(harness, "actionEditModel")->isEnabled());
        QVERIFY(!action(harness, "actionDeleteModel")->isEnabled());
        QCOMPARE(action(harness, "actionEditModel")->toolTip(), reason);
        QCOMPARE(action(harness, "actionDeleteModel")->toolTip(), reason);
        QVERIFY(action(harness, "actionCopyToWorkspace")->isEnabled());
        // The bulk edits act on the rows shown, all of them the gallery's.
        for (const char *name : {"actionBulkEdit", "actionBulkDelete"}) {
            QVERIFY2(!action(harness, name)->isEnabled(), name);
            QCOMPARE(action(harness, name)->toolTip(), reason);
        }

        // The versions are listed, and none of their writes is offered.
        gui::VersionsPanel *versions = harness.window.modelPane()->versions();
        QTRY_VERIFY_WITH_TIMEOUT(versions->versionModel()->rowCount() > 0, LoadTimeoutMs);
        QVERIFY(versions->isReadOnly());
        auto *versionsView = versions->findChild<QTableView *>(u"versionsView"_s);
        QVERIFY(versionsView);
        versionsView->setCurrentIndex(versions->proxyModel()->index(0, 0));
        for (const QString &name :
             {u"newVersionButton"_s, u"editVersionButton"_s, u"approveButton"_s, u"rejectButton"_s,
              u"deleteVersionButton"_s}) {
            auto *button = versions->findChild<QPushButton *>(name);
            QVERIFY2(button && !button->isEnabled(), qPrintable(name));
            QCOMPARE(button->toolTip(), reason);
        }
        QVERIFY(versions->findChild<QPushButton *>(u"copyUriButton"_s)->isEnabled());

        gui::DetailsPane *pane = harness.window.detailsPane();
        QCOMPARE(pane->readOnlyText(), reason);
        // No workspace, and the field says so instead of staying empty.
        const QString workspace = pane->findChild<QLineEdit *>(u"workspaceEdit"_s)->text();
        QVERIFY2(workspace.contains(u"Model Gallery"_s), qPrintable(workspace));
        auto *edit = pane->findChild<QPushButton *>(u"editButton"_s);
        QVERIFY(!edit->isEnabled());
        QCOMPARE(edit->toolTip(), reason);
        auto *copyButton = pane->findChild<QPushButton *>(u"copyToWorkspaceButton"_s);
        QVERIFY(copyButton->isVisibleTo(pane));

        // F2, Enter and Delete open nothing and send nothing; nor do the bulk edits and the
        // version writes, called directly.
        QSignalSpy requests(&harness.sandbox.server(), &sandbox::SandboxServer::requestHandled);
        harness.window.editSelectedModel();
        harness.window.deleteSelectedModel();
        harness.window.editModelsInBulk(false);
        harness.window.editModelsInBulk(true);
        versions->registerVersion();
        versions->approveVersion();
        versions->deleteVersion();
        QCOMPARE(harness.window.modelPane()->mode(), gui::ModelPane::Mode::Reading);
        QVERIFY(!harness.window.findChild<gui::BulkEditDialog *>());
        QVERIFY(!versions->isEditing());
        for (const QList<QVariant> &args : requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(request.method == "GET", qPrintable(request.operation));
        }
        QCOMPARE(*harness.sandbox.store().model(model.modelId), model);

        // A model of the caller's own is editable again, and the tooltips say so.
        harness.window.selectWorkspace(QString());
        QVERIFY(waitForListing(harness));
        const QString own = harness.window.modelTable()->modelAt(0).modelId;
        QVERIFY(selectModel(harness, own));
        QVERIFY(action(harness, "actionEditModel")->isEnabled());
        QVERIFY(action(harness, "actionEditModel")->toolTip() != reason);
        for (const char *name : {"actionBulkEdit", "actionBulkDelete"}) {
            QVERIFY2(action(harness, name)->isEnabled(), name);
            QVERIFY(action(harness, name)->toolTip() != reason);
        }
        QTRY_VERIFY_WITH_TIMEOUT(versions->shownModelId() == own, LoadTimeoutMs);
        QVERIFY(!versions->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(
            versions->findChild<QPushButton *>(u"newVersionButton"_s)->isEnabled(), LoadTimeoutMs);
        QVERIFY(pane->readOnlyText().isEmpty());
        QVERIFY(pane->findChild<QPushButton *>(u"editButton"_s)->isEnabled());
    }

    // The gallery row above the workspaces and the saved views under them: a view remembers the
    // gallery as it remembers a workspace, and the gallery's Provider is never the field's.
    void savedViewsAndTheGallery()
    {
        Harness harness;
        QVERIFY(connectAndLoad(harness));
        QAbstractItemModelTester tester(harness.window.savedViews(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        harness.window.showGallery();
        QVERIFY(waitForListing(harness));
        // The filter panel's field (the details pane has a providerEdit of its own).
        auto *provider = harness.window.findChild<QWidget *>(u"serverFilters"_s)
                             ->findChild<QLineEdit *>(u"providerEdit"_s);
        QVERIFY(provider);
        QVERIFY(!provider->isEnabled());
        QVERIFY2(provider->toolTip().contains(u"pai"_s), qPrintable(provider->toolTip()));

        api::ModelListQuery filters;
        filters.domain = u"audio"_s;
        harness.window.setServerFilters(filters);
        harness.window.saveCurrentView(u"Gallery audio"_s);
        QCOMPARE(harness.window.savedViews()->rowCount(), 1);
        QVERIFY(harness.window.savedViews()->viewAt(0).gallery);
        QVERIFY(harness.window.savedViews()->viewAt(0).workspaceId.isEmpty());

        // Saved in a workspace, a view lists that workspace, also when chosen from the gallery.
        const pai::Workspace workspace = harness.sandbox.store().workspaces().constLast();
        harness.window.selectWorkspace(workspace.workspaceId);
        QVERIFY(waitForListing(harness));
        QVERIFY(provider->isEnabled());
        harness.window.setServerFilters({});
        harness.window.saveCurrentView(u"Workspace"_s);
        QCOMPARE(harness.window.savedViews()->rowCount(), 2);

        harness.window.applySavedView(harness.window.savedViews()->rowOfName(u"Gallery audio"_s));
        QVERIFY(waitForListing(harness));
        QVERIFY(harness.window.isGalleryShown());
        QCOMPARE(harness.window.workspaceView()->currentIndex().row(),
                 int(gui::WorkspaceListModel::GalleryRow));
        QCOMPARE(harness.window.modelLoader()->query().provider, u"pai"_s);
        QCOMPARE(harness.window.modelLoader()->query().domain, u"audio"_s);
        QVERIFY(harness.window.modelTable()->rowCount() > 0);
        for (int row = 0; row < harness.window.modelTable()->rowCount(); ++row)
            QCOMPARE(harness.window.modelTable()->modelAt(row).domain, u"audio"_s);

        harness.window.applySavedView(harness.window.savedViews()->rowOfName(u"Workspace"_s));
        QVERIFY(waitForListing(harness));
        QVERIFY(!harness.window.isGalleryShown());
        QCOMPARE(harness.window.currentWorkspaceId(), workspace.workspaceId);
        QCOMPARE(harness.window.workspaceView()->currentIndex().row(),
                 harness.window.workspaceModel()->rowOfWorkspace(workspace.workspaceId));
        QVERIFY(harness.window.modelLoader()->query().provider.isEmpty());

        // Kept across a restart.
        gui::SavedViews reloaded;
        reloaded.load();
        QVERIFY(reloaded.viewAt(reloaded.rowOfName(u"Gallery audio"_s)).gallery);
        QVERIFY(!reloaded.viewAt(reloaded.rowOfName(u"Workspace"_s)).gallery);
    }

    void copiesIntoAWorkspace_data()
    {
        QTest::addColumn<bool>("fromGallery");
        QTest::addColumn<bool>("withVersion");
        QTest::addColumn<QString>("name");
        QTest::newRow("gallery, same name") << true << false << QString();
        QTest::newRow("gallery, with version") << true << true << u"my-sdxl"_s;
        QTest::newRow("own model, listed after") << false << true << u"own-copy"_s;
    }

    void copiesIntoAWorkspace()
    {
        QFETCH(bool, fromGallery);
        QFETCH(bool, withVersion);
        QFETCH(QString, name);
        Harness harness;
        QVERIFY(connectAndLoad(harness));
        if (fromGallery) {
            harness.window.showGallery();
            QVERIFY(waitForListing(harness));
        }
        const QString sourceId = fromGallery ? sandbox::DemoData::galleryModels().at(37).modelId
                                             : harness.window.modelTable()->modelAt(2).modelId;
        const pai::Model source = *harness.sandbox.store().model(sourceId);
        QVERIFY(selectModel(harness, sourceId));
        const QList<pai::Model> before = harness.sandbox.store().models();
        const QString target = u"23802"_s;

        harness.window.copySelectedModel();
        auto *copier = harness.window.findChild<gui::ModelCopier *>(u"modelCopier"_s);
        QVERIFY(copier);
        QSignalSpy finished(copier, &gui::ModelCopier::finished);
        gui::CopyToWorkspaceDialog *choice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((choice = testsupport::openDialog<gui::CopyToWorkspaceDialog>(
                                      &harness.window, u"copyToWorkspaceDialog"_s)),
                                 LoadTimeoutMs);
        auto *nameEdit = choice->findChild<QLineEdit *>(u"nameEdit"_s);
        QCOMPARE(nameEdit->text(), source.modelName); // the same name by default
        if (!name.isEmpty())
            nameEdit->setText(name);
        auto *workspaces = choice->findChild<QComboBox *>(u"workspaceCombo"_s);
        workspaces->setCurrentIndex(workspaces->findData(target));
        auto *check = choice->findChild<QCheckBox *>(u"withVersionCheck"_s);
        QVERIFY(check->isEnabled());
        check->setChecked(withVersion);
        QVERIFY(choice->problem().isEmpty());
        choice->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        gui::ReviewChangesDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = testsupport::openDialog<gui::ReviewChangesDialog>(
                                      &harness.window, u"copyReviewDialog"_s)),
                                 LoadTimeoutMs);
        const QString requests = review->requestsText();
        QVERIFY2(requests.contains(u"POST /api/v1/models\n"_s), qPrintable(requests));
        // The summary names the target as people know it, by its name and ID.
        const auto demo = sandbox::DemoData::workspaces();
        const auto targetWorkspace =
            std::find_if(demo.cbegin(), demo.cend(),
                         [&](const pai::Workspace &w) { return w.workspaceId == target; });
        QVERIFY(targetWorkspace != demo.cend());
        QVERIFY2(review->summaryText().contains(
                     u"%1 (%2)"_s.arg(targetWorkspace->workspaceName, target)),
                 qPrintable(review->summaryText()));
        QCOMPARE(requests.contains(u"POST /api/v1/models/{ModelId}/versions"_s), withVersion);
        QVERIFY(review->diffRowCount() > 0);
        review->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(finished.wait(LoadTimeoutMs));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);

        // Exactly one model more, private, in the target, with the source's values.
        const QList<pai::Model> after = harness.sandbox.store().models();
        QCOMPARE(after.size(), before.size() + 1);
        const pai::Model copy = after.constLast();
        QVERIFY(!before.contains(copy));
        QCOMPARE(copy.modelName, name.isEmpty() ? source.modelName : name);
        QCOMPARE(copy.workspaceId, target);
        QCOMPARE(copy.accessibility, u"PRIVATE"_s);
        QVERIFY(!copy.isGalleryModel());
        QCOMPARE(copy.modelDescription, source.modelDescription);
        QCOMPARE(copy.modelDoc, source.modelDoc);
        QCOMPARE(copy.domain, source.domain);
        QCOMPARE(copy.task, source.task);
        QCOMPARE(copy.origin, source.origin);
        QCOMPARE(copy.modelType, source.modelType);
        QCOMPARE(copy.labels, source.labels);
        QCOMPARE(copy.extraInfo, source.extraInfo);
        const QList<pai::ModelVersion> versions = harness.sandbox.store().versions(copy.modelId);
        QCOMPARE(versions.size(), withVersion ? 1 : 0);
        if (withVersion)
            QCOMPARE(versions.constFirst().uri,
                     harness.sandbox.store().versions(sourceId).constLast().uri);
        QCOMPARE(*harness.sandbox.store().model(sourceId), source);

        // The report stays open and says what happened; the copy is selected when listed.
        auto *progress = testsupport::openDialog<gui::OperationProgressDialog>(
            &harness.window, u"copyProgressDialog"_s);
        QVERIFY(progress);
        QVERIFY2(progress->resultText().contains(copy.modelId), qPrintable(progress->resultText()));
        const bool listed = harness.window.modelTable()->rowOfModel(copy.modelId) >= 0;
        QCOMPARE(listed, !fromGallery);
        QCOMPARE(harness.window.detailsPane()->shownModelId(), copy.modelId);
        if (listed)
            QCOMPARE(harness.window.selectedModels().constFirst().modelId, copy.modelId);
    }

    void copyDeclinedSendsNothing()
    {
        Harness harness;
        QVERIFY(connectAndLoad(harness));
        harness.window.showGallery();
        QVERIFY(waitForListing(harness));
        QVERIFY(selectModel(harness, sandbox::DemoData::galleryModels().at(1).modelId));
        const qsizetype before = harness.sandbox.store().modelCount();
        QSignalSpy requests(&harness.sandbox.server(), &sandbox::SandboxServer::requestHandled);
        harness.window.copySelectedModel();
        gui::CopyToWorkspaceDialog *choice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((choice = testsupport::openDialog<gui::CopyToWorkspaceDialog>(
                                      &harness.window, u"copyToWorkspaceDialog"_s)),
                                 LoadTimeoutMs);
        // An empty name keeps OK disabled and says why.
        choice->findChild<QLineEdit *>(u"nameEdit"_s)->clear();
        QVERIFY(!choice->problem().isEmpty());
        QVERIFY(
            !choice->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        choice->reject();
        QTRY_VERIFY(!harness.window.findChild<gui::ModelCopier *>(u"modelCopier"_s));
        for (const QList<QVariant> &args : requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(request.method == "GET", qPrintable(request.operation));
        }
        QCOMPARE(harness.sandbox.store().modelCount(), before);
    }
};

QTEST_MAIN(TestGalleryWindow)
#include "tst_gallerywindow.moc"
