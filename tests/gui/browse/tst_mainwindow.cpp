#include "api/apiclient.h"
#include "api/signer.h"
#include "gui/browse/activitylogpanel.h"
#include "gui/browse/detailspane.h"
#include "gui/browse/filterchips.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/modeltableview.h"
#include "gui/browse/savedviews.h"
#include "gui/browse/workspaceloader.h"
#include "gui/common/errorbanner.h"
#include "gui/editor/modeleditor.h"
#include "gui/export/exportdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/shortcutsdialog.h"
#include "gui/mainwindow/shortcuttablemodel.h"
#include "gui/models/activitylogmodel.h"
#include "gui/models/extrainfomodel.h"
#include "gui/models/labeltablemodel.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "support/sandboxfixture.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;

namespace {

constexpr int LoadTimeoutMs = 20000;

gui::ConnectionInfo sandboxInfo(const SandboxFixture &sandbox)
{
    return {u"test-sandbox"_s, u"cn-hangzhou"_s, sandbox.url(), true};
}

QStringList columnValues(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

bool hasNestedValue(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            return true;
    }
    return false;
}

// Every model of the caller's, as the sandbox holds it, of one workspace (all of them for an
// empty ID); the gallery's are listed only under its own entry.
QList<pai::Model> storedModels(SandboxFixture &sandbox, const QString &workspaceId)
{
    QList<pai::Model> models;
    for (const pai::Model &model : sandbox.store().models()) {
        if (!model.isGalleryModel() && (workspaceId.isEmpty() || model.workspaceId == workspaceId))
            models.append(model);
    }
    return models;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void selectingWorkspaceFillsTable();
    void sortsAndFiltersLocally();
    void filtersOnServer_data();
    void filtersOnServer();
    void detailsShowNestedExtraInfo();
    void goToDetailsShowsWhereFocusIs();
    void keyboardShortcutsComeFromTheActions();
    void copyDiagnosticsLeavesSecretsOut();
    void documentationIsTheHomepageReadme();
    void activityLogShowsRequestIdsWithoutSecrets();
    void errorReplyShowsCodeAndRequestId();
    void restartRestoresWindowState();
    void exportFetchesWholeModels();
    void copySaveAndDeleteAreConfirmed();
    void sandboxBarSaysWhereTheDataIs();
    void hiddenServerFiltersShowAsRemovableChips();
    void everyServerFilter_data();
    void everyServerFilter();
    void badTagsOrConditionsListNothing();
    void savedViewsSaveApplyAndRemove();

private:
    struct Harness
    {
        SandboxFixture sandbox;
        api::ApiClient client{api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials()};
        gui::MainWindow window;
    };
    static bool connectAndLoad(Harness &harness);
};

void TestMainWindow::init()
{
    QSettings().clear();
}

bool TestMainWindow::connectAndLoad(Harness &harness)
{
    if (!harness.sandbox.isListening())
        return false;
    harness.window.setConnection(&harness.client, sandboxInfo(harness.sandbox));
    harness.window.show();
    const int expectedWorkspaces = int(harness.sandbox.store().workspaces().size()) +
                                   gui::WorkspaceListModel::FirstWorkspaceRow;
    return QTest::qWaitFor(
        [&] {
            return harness.window.workspaceModel()->rowCount() == expectedWorkspaces &&
                   !harness.window.workspaceLoader()->isLoading() &&
                   !harness.window.modelLoader()->isLoading();
        },
        LoadTimeoutMs);
}

void TestMainWindow::selectingWorkspaceFillsTable()
{
    Harness harness;
    QAbstractItemModelTester workspaceTester(
        harness.window.workspaceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(harness.window.modelProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(connectAndLoad(harness));

    // "All workspaces" comes first and lists every model.
    QCOMPARE(harness.window.currentWorkspaceId(), QString());
    // The table the benchmarks measure is the one the window shows.
    QVERIFY(qobject_cast<gui::ModelTableView *>(harness.window.modelView()));
    const qsizetype everything = storedModels(harness.sandbox, QString()).size();
    QCOMPARE(harness.window.modelTable()->rowCount(), int(everything));
    QVERIFY2(harness.window.loadedText().contains(u"%1 of %1 loaded"_s.arg(everything)),
             qPrintable(harness.window.loadedText()));

    const pai::Workspace workspace = harness.sandbox.store().workspaces().at(1);
    const QList<pai::Model> expected = storedModels(harness.sandbox, workspace.workspaceId);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < everything);

    // Pick it with the keyboard, as a person would.
    QTreeView *list = harness.window.workspaceView();
    list->setFocus();
    const int row = harness.window.workspaceModel()->rowOfWorkspace(workspace.workspaceId);
    list->setCurrentIndex(
        harness.window.workspaceModel()->index(gui::WorkspaceListModel::AllWorkspacesRow, 0));
    for (int i = gui::WorkspaceListModel::AllWorkspacesRow; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(harness.window.currentWorkspaceId(), workspace.workspaceId);

    QTRY_COMPARE_WITH_TIMEOUT(harness.window.modelTable()->rowCount(), int(expected.size()),
                              LoadTimeoutMs);
    QTRY_VERIFY(!harness.window.modelLoader()->isLoading());
    QSet<QString> expectedIds;
    for (const pai::Model &model : expected)
        expectedIds.insert(model.modelId);
    const QStringList shownIds =
        columnValues(*harness.window.modelProxy(), gui::ModelTableModel::IdColumn);
    QCOMPARE(QSet<QString>(shownIds.begin(), shownIds.end()), expectedIds);
}

void TestMainWindow::sortsAndFiltersLocally()
{
    Harness harness;
    QAbstractItemModelTester proxyTester(harness.window.modelProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(connectAndLoad(harness));
    gui::ModelFilterProxyModel *proxy = harness.window.modelProxy();
    QVERIFY(proxy->rowCount() > 10);

    // A click on the header sorts; order numbers sort as numbers, models without one last.
    QHeaderView *header = harness.window.modelView()->horizontalHeader();
    header->setSectionHidden(gui::ModelTableModel::OrderNumberColumn, false);
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(gui::ModelTableModel::OrderNumberColumn) + 5,
               header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(gui::ModelTableModel::OrderNumberColumn));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    std::optional<qint64> previous;
    bool seenEmpty = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QVariant value = proxy->index(row, gui::ModelTableModel::OrderNumberColumn).data();
        if (!value.isValid()) {
            seenEmpty = true;
            continue;
        }
        QVERIFY2(!seenEmpty || order == Qt::DescendingOrder, "an empty order number sorted first");
        if (previous)
            QVERIFY(order == Qt::AscendingOrder ? *previous <= value.toLongLong()
                                                : *previous >= value.toLongLong());
        previous = value.toLongLong();
    }

    // The quick filter matches any column, here a label value and a task, case-insensitively.
    const pai::Model sample = harness.sandbox.store().models().at(3);
    QVERIFY(!sample.task.isEmpty());
    const QString term = sample.task.toUpper();
    int expected = 0;
    for (const pai::Model &model : storedModels(harness.sandbox, QString())) {
        const QString text =
            QStringList{model.modelName,
                        model.modelId,
                        model.domain,
                        model.task,
                        model.origin,
                        model.modelType,
                        model.accessibility,
                        gui::ModelTableModel::labelsText(model.labels),
                        model.gmtCreateTime,
                        model.gmtModifiedTime,
                        model.orderNumber ? QString::number(*model.orderNumber) : QString()}
                .join(u'\n');
        if (text.contains(term, Qt::CaseInsensitive))
            ++expected;
    }
    QLineEdit *filter = harness.window.findChild<QLineEdit *>(u"quickFilterEdit"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, term);
    QCOMPARE(proxy->quickFilter(), term);
    QCOMPARE(proxy->rowCount(), expected);
    QVERIFY(expected > 0 && expected < harness.window.modelTable()->rowCount());
    QVERIFY(harness.window.loadedText().contains(u"shown"_s));
    filter->clear();
    QCOMPARE(proxy->rowCount(), harness.window.modelTable()->rowCount());
    // Nothing went to the server for either.
    QVERIFY(!harness.window.modelLoader()->isLoading());
}

void TestMainWindow::filtersOnServer_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("domain") << u"Domain"_s;
    QTest::newRow("task") << u"Task"_s;
    QTest::newRow("origin") << u"Origin"_s;
    QTest::newRow("model type") << u"ModelType"_s;
}

void TestMainWindow::filtersOnServer()
{
    QFETCH(QString, field);
    Harness harness;
    QAbstractItemModelTester proxyTester(harness.window.modelProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(connectAndLoad(harness));

    const pai::Model sample = harness.sandbox.store().models().at(5);
    auto valueOf = [&field](const pai::Model &model) {
        if (field == u"Domain"_s)
            return model.domain;
        if (field == u"Task"_s)
            return model.task;
        if (field == u"Origin"_s)
            return model.origin;
        return model.modelType;
    };
    const QString wanted = valueOf(sample);
    QVERIFY(!wanted.isEmpty());
    api::ModelListQuery filters;
    if (field == u"Domain"_s)
        filters.domain = wanted;
    else if (field == u"Task"_s)
        filters.task = wanted;
    else if (field == u"Origin"_s)
        filters.origin = wanted;
    else
        filters.modelType = wanted;

    harness.window.setServerFilters(filters);
    QCOMPARE(harness.window.serverFilters().domain, filters.domain);
    QPushButton *apply = harness.window.findChild<QPushButton *>(u"applyFiltersButton"_s);
    QVERIFY(apply);
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(!harness.window.modelLoader()->isLoading(), LoadTimeoutMs);

    // The rows are what the server answered for that filter...
    const gui::ModelTableModel *table = harness.window.modelTable();
    QVERIFY(table->rowCount() > 0);
    QVERIFY(table->rowCount() < storedModels(harness.sandbox, QString()).size());
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(valueOf(table->modelAt(row)).compare(wanted, Qt::CaseInsensitive) == 0 ||
                valueOf(table->modelAt(row)).contains(wanted, Qt::CaseInsensitive));
    // ... and the filter went out as the ListModels parameter.
    bool sent = false;
    for (const api::ActivityEntry &entry : harness.client.activityLog()->entries()) {
        if (entry.operation == u"ListModels"_s &&
            entry.pathAndQuery.contains(field.toLatin1() + '='))
            sent = true;
    }
    QVERIFY(sent);
}

void TestMainWindow::detailsShowNestedExtraInfo()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    QAbstractItemModelTester extraTester(harness.window.detailsPane()->extraInfoModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester labelTester(harness.window.detailsPane()->labelModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::optional<pai::Model> nested;
    for (const pai::Model &model : harness.sandbox.store().models()) {
        if (hasNestedValue(model.extraInfo) && !model.labels.isEmpty()) {
            nested = model;
            break;
        }
    }
    QVERIFY(nested);
    const int row = harness.window.modelTable()->rowOfModel(nested->modelId);
    QVERIFY(row >= 0);
    // The table row is lean; the pane shows what GetModel returned.
    QVERIFY(harness.window.modelTable()->modelAt(row).extraInfo.isEmpty());
    harness.window.modelView()->setCurrentIndex(
        harness.window.modelProxy()->mapFromSource(harness.window.modelTable()->index(row, 0)));

    gui::DetailsPane *pane = harness.window.detailsPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model() && pane->model()->modelId == nested->modelId,
                             LoadTimeoutMs);
    QCOMPARE(pane->model()->extraInfo, nested->extraInfo);
    gui::ExtraInfoModel *extra = pane->extraInfoModel();
    QCOMPARE(extra->rowCount(), int(nested->extraInfo.size()));
    int nestedRows = 0;
    for (int i = 0; i < extra->rowCount(); ++i) {
        const QModelIndex index = extra->index(i, 0);
        const QJsonValue value = nested->extraInfo.value(index.data().toString());
        if (value.isObject() || value.isArray()) {
            ++nestedRows;
            const int children =
                value.isObject() ? int(value.toObject().size()) : int(value.toArray().size());
            QCOMPARE(extra->rowCount(index), children);
        }
    }
    QVERIFY(nestedRows > 0);
    QCOMPARE(pane->labelModel()->labels(), nested->labels);

    // A second visit comes from the cache: no second GetModel.
    auto getModelCount = [&] {
        int count = 0;
        for (const api::ActivityEntry &entry : harness.client.activityLog()->entries())
            count += entry.operation == u"GetModel"_s ? 1 : 0;
        return count;
    };
    const int fetched = getModelCount();
    harness.window.modelView()->setCurrentIndex(
        harness.window.modelProxy()->index(row == 0 ? 1 : 0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(pane->model() && pane->model()->modelId != nested->modelId,
                             LoadTimeoutMs);
    harness.window.modelView()->setCurrentIndex(
        harness.window.modelProxy()->mapFromSource(harness.window.modelTable()->index(row, 0)));
    QTRY_VERIFY(pane->model() && pane->model()->modelId == nested->modelId);
    QCOMPARE(getModelCount(), fetched + 1);
}

void TestMainWindow::goToDetailsShowsWhereFocusIs()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    QVERIFY(QTest::qWaitForWindowActive(&harness.window));
    harness.window.modelView()->setCurrentIndex(harness.window.modelProxy()->index(0, 0));
    gui::DetailsPane *pane = harness.window.detailsPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model(), LoadTimeoutMs);

    auto *goToDetails = harness.window.findChild<QAction *>(u"actionFocusDetails"_s);
    QVERIFY(goToDetails);
    goToDetails->trigger();
    // Focus lands on a field that draws it, not on the pane, which draws none.
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(field, QApplication::focusWidget()->metaObject()->className());
    QVERIFY(pane->isAncestorOf(field));
    QVERIFY(field->isVisible() && field->isEnabled());
    QCOMPARE(field->text(), pane->model()->modelName);
}

void TestMainWindow::keyboardShortcutsComeFromTheActions()
{
    gui::MainWindow window;
    window.show();
    auto *help = window.findChild<QAction *>(u"actionKeyboardShortcuts"_s);
    QVERIFY(help);
    help->trigger();
    gui::ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<gui::ShortcutsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal()); // opened with open(), answered by closing
    gui::ShortcutTableModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QMap<QString, QString> listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed.insert(model->index(row, 0).data().toString(),
                      model->index(row, 1).data().toString());
    int withShortcut = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->menu() || action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString name = gui::ShortcutTableModel::actionName(action);
        QVERIFY2(listed.contains(name), qPrintable(name));
        QVERIFY(listed.value(name).contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    QCOMPARE(model->rowCount(), withShortcut);
    // Shortcuts of panes and the editor are actions too, so they are listed.
    QCOMPARE(listed.value(u"Save the Model in the Editor"_s),
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QVERIFY(listed.contains(u"Copy the Selected Log Rows"_s));
    QCOMPARE(listed.value(u"Go to Details"_s),
             QKeySequence(u"Alt+3"_s).toString(QKeySequence::NativeText));
    QCOMPARE(gui::ShortcutTableModel::actionName(help), u"Keyboard Shortcuts"_s);
    dialog->close();
}

void TestMainWindow::copyDiagnosticsLeavesSecretsOut()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    api::ActivityEntry failed;
    failed.time = QDateTime::currentDateTimeUtc();
    failed.operation = u"UpdateModel"_s;
    failed.outcome = u"failed"_s;
    failed.httpStatus = 403;
    failed.code = u"InvalidAccessKeyId.NotFound"_s;
    failed.requestId = u"REQ-DIAG-1"_s;
    failed.message = u"Specified access key LTAI5tExampleKeyId123 is not found; "
                     u"Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tExampleKeyId123,"
                     u"Signature=abcdef SecurityToken=sts-token-value"_s;
    failed.requestHeaders = {{"Authorization", "ACS3-HMAC-SHA256 Credential=x"},
                             {"x-acs-security-token", "sts-token-value"}};
    harness.client.activityLog()->append(failed);

    QApplication::clipboard()->clear();
    harness.window.findChild<QAction *>(u"actionCopyDiagnostics"_s)->trigger();
    const QString report = QApplication::clipboard()->text();
    QVERIFY2(report.contains(QString::fromLatin1(qVersion())), qPrintable(report));
    QVERIFY2(report.contains(QUrl(harness.sandbox.url()).host()), qPrintable(report));
    QVERIFY2(report.contains(u"REQ-DIAG-1"_s), qPrintable(report));
    QVERIFY2(report.contains(u"InvalidAccessKeyId.NotFound"_s), qPrintable(report));
    QVERIFY2(report.contains(QLocale::system().name()), qPrintable(report));
    for (const QString &secret : {u"LTAI5tExampleKeyId123"_s, u"sts-token-value"_s,
                                  u"Signature=abcdef"_s, u"ACS3-HMAC-SHA256"_s})
        QVERIFY2(!report.contains(secret), qPrintable(report));
    QVERIFY(!harness.window.statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::documentationIsTheHomepageReadme()
{
    const QUrl url = gui::MainWindow::documentationUrl();
    QCOMPARE(url.scheme(), u"https"_s);
    QVERIFY(!url.host().isEmpty());
    QCOMPARE(url.fragment(), u"readme"_s);
}

void TestMainWindow::activityLogShowsRequestIdsWithoutSecrets()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    gui::ActivityLogModel *log = harness.window.activityLogPanel()->model();
    QAbstractItemModelTester logTester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(log->rowCount() >= 2); // ListWorkspaces and ListModels at least

    const QString secret = QString::fromLatin1(SandboxFixture::AccessKeySecret);
    for (int row = 0; row < log->rowCount(); ++row) {
        const QString status =
            log->index(row, gui::ActivityLogModel::StatusColumn).data().toString();
        const QString requestId =
            log->index(row, gui::ActivityLogModel::RequestIdColumn).data().toString();
        QCOMPARE(status, u"200"_s);
        QVERIFY2(!requestId.isEmpty(), qPrintable(log->rowText(row)));
        const QString text = log->rowText(row);
        QVERIFY(text.contains(requestId));
        QVERIFY(!text.contains(secret));
        QVERIFY(!text.contains(u"Signature="_s));
        for (int column = 0; column < log->columnCount(); ++column)
            QVERIFY(!log->index(row, column).data(Qt::ToolTipRole).toString().contains(secret));
    }
    const QString request = log->index(0, gui::ActivityLogModel::RequestColumn).data().toString();
    QVERIFY2(request.startsWith(u"GET /api/v1/"_s), qPrintable(request));

    // The saved JSON Lines keep the RequestIds and redact the Authorization header.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.jsonl"_s);
    QCOMPARE(harness.window.activityLogPanel()->saveTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains(secret.toLatin1()));
    QVERIFY(!saved.contains("Signature="));
    QVERIFY(saved.contains(api::ActivityLog::RedactedMarker));
    QCOMPARE(saved.count('\n'), log->rowCount());
    QVERIFY(saved.contains(
        log->index(0, gui::ActivityLogModel::RequestIdColumn).data().toString().toLatin1()));

    QCOMPARE(gui::ActivityLogModel::redactedPathAndQuery("/a?x=1&SecurityToken=abc&y=2"_ba),
             "/a?x=1&SecurityToken=<redacted>&y=2"_ba);
}

void TestMainWindow::errorReplyShowsCodeAndRequestId()
{
    Harness harness;
    api::Credentials wrong = SandboxFixture::credentials();
    wrong.accessKeySecret = u"not-the-secret"_s;
    harness.client.setCredentials(wrong);
    QVERIFY(harness.sandbox.isListening());
    harness.window.setConnection(&harness.client, sandboxInfo(harness.sandbox));
    harness.window.show();

    gui::ErrorBanner *banner = harness.window.tableErrorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), LoadTimeoutMs);
    const api::ApiError error = banner->error();
    QCOMPARE(error.code, u"SignatureDoesNotMatch"_s);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY2(banner->text().contains(u"SignatureDoesNotMatch"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(error.requestId));
    // The RequestId shown is the one the activity log recorded for that reply.
    bool logged = false;
    for (const api::ActivityEntry &entry : harness.client.activityLog()->entries())
        logged = logged || entry.requestId == error.requestId;
    QVERIFY(logged);
    QVERIFY(!banner->text().contains(u"not-the-secret"_s));

    // Retry, with the right key this time, fills the table.
    QTRY_VERIFY_WITH_TIMEOUT(!harness.window.workspaceLoader()->isLoading() &&
                                 !harness.window.modelLoader()->isLoading(),
                             LoadTimeoutMs);
    harness.client.setCredentials(SandboxFixture::credentials());
    QPushButton *retry = banner->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry);
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(harness.window.modelTable()->rowCount(),
                              int(storedModels(harness.sandbox, QString()).size()), LoadTimeoutMs);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::restartRestoresWindowState()
{
    QString workspaceId;
    QSize size;
    {
        Harness harness;
        QVERIFY(connectAndLoad(harness));
        workspaceId = harness.sandbox.store().workspaces().at(2).workspaceId;
        harness.window.selectWorkspace(workspaceId);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.window.modelLoader()->isLoading(), LoadTimeoutMs);
        harness.window.resize(1000, 640);
        size = harness.window.size();
        QHeaderView *header = harness.window.modelView()->horizontalHeader();
        header->setSectionHidden(gui::ModelTableModel::LabelsColumn, true);
        header->setSectionHidden(gui::ModelTableModel::OriginColumn, false);
        harness.window.modelView()->sortByColumn(gui::ModelTableModel::NameColumn,
                                                 Qt::DescendingOrder);
        QVERIFY(harness.window.close());
    }
    Harness harness;
    QHeaderView *header = harness.window.modelView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(gui::ModelTableModel::LabelsColumn));
    QVERIFY(!header->isSectionHidden(gui::ModelTableModel::OriginColumn));
    QCOMPARE(header->sortIndicatorSection(), int(gui::ModelTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(harness.window.size(), size);
    QCOMPARE(QSettings().value(gui::MainWindow::lastProfileKey()).toString(), u"test-sandbox"_s);

    QVERIFY(connectAndLoad(harness));
    QCOMPARE(harness.window.currentWorkspaceId(), workspaceId);
    const QModelIndex current = harness.window.workspaceView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(0).data(gui::WorkspaceListModel::WorkspaceIdRole).toString(),
             workspaceId);
    QCOMPARE(harness.window.modelTable()->rowCount(),
             int(storedModels(harness.sandbox, workspaceId).size()));
    // The restored sort applies to the rows that arrived.
    const QStringList names =
        columnValues(*harness.window.modelProxy(), gui::ModelTableModel::NameColumn);
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY(names.at(i - 1).compare(names.at(i), Qt::CaseInsensitive) >= 0);
}

void TestMainWindow::exportFetchesWholeModels()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    std::optional<pai::Model> nested;
    for (const pai::Model &model : harness.sandbox.store().models()) {
        if (hasNestedValue(model.extraInfo)) {
            nested = model;
            break;
        }
    }
    QVERIFY(nested);
    const int row = harness.window.modelTable()->rowOfModel(nested->modelId);
    harness.window.modelView()->selectRow(
        harness.window.modelProxy()
            ->mapFromSource(harness.window.modelTable()->index(row, 0))
            .row());
    QCOMPARE(harness.window.selectedModels().size(), 1);

    // The dialog opens window-modal, without an event loop of its own: look at it when it is up.
    QTemporaryDir exportDir;
    QVERIFY(exportDir.isValid());
    QString preview;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<gui::ExportDialog *>(QApplication::activeModalWidget())) {
            preview = dialog->previewText();
            dialog->save(exportDir.filePath(u"models.tf"_s));
            dialog->reject();
            poll.stop();
        }
    });
    poll.start();
    harness.window.exportSelection();
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isEmpty(), LoadTimeoutMs);
    // The table row had no extra_info; the export has the model's, from GetModel.
    QVERIFY2(preview.contains(nested->modelId), qPrintable(preview));
    QVERIFY(preview.contains(nested->extraInfo.keys().constFirst()));
    // Saving is confirmed where the person looks once the dialog is gone.
    QVERIFY(QFile::exists(exportDir.filePath(u"models.tf"_s)));
    QTRY_VERIFY2(harness.window.statusBar()->currentMessage().contains(u"models.tf"_s),
                 qPrintable(harness.window.statusBar()->currentMessage()));
}

void TestMainWindow::copySaveAndDeleteAreConfirmed()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    harness.window.modelView()->setCurrentIndex(harness.window.modelProxy()->index(0, 0));
    gui::DetailsPane *pane = harness.window.detailsPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model(), LoadTimeoutMs);
    const pai::Model model = *pane->model();
    QStatusBar *bar = harness.window.statusBar();

    harness.window.findChild<QAction *>(u"actionCopyId"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), model.modelId);
    QVERIFY2(bar->currentMessage().contains(model.modelId), qPrintable(bar->currentMessage()));
    bar->clearMessage();
    pane->findChild<QPushButton *>(u"copyIdButton"_s)->click();
    QVERIFY2(bar->currentMessage().contains(model.modelId), qPrintable(bar->currentMessage()));

    // The editor reports a finished save or delete; the window says so.
    gui::ModelEditor *editor = harness.window.modelEditor();
    Q_EMIT editor->modelSaved(model);
    QVERIFY2(bar->currentMessage().contains(model.modelName), qPrintable(bar->currentMessage()));
    Q_EMIT editor->modelDeleted(model.modelId);
    QVERIFY2(bar->currentMessage().contains(model.modelId), qPrintable(bar->currentMessage()));
}

void TestMainWindow::sandboxBarSaysWhereTheDataIs()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    auto *bar = harness.window.findChild<QLabel *>(u"sandboxBar"_s);
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"in memory"_s), qPrintable(bar->text()));

    gui::ConnectionInfo kept = sandboxInfo(harness.sandbox);
    kept.sandboxDataFile = u"sandbox-models.json"_s;
    harness.window.setConnection(&harness.client, kept);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"sandbox-models.json"_s), qPrintable(bar->text()));

    gui::ConnectionInfo real = sandboxInfo(harness.sandbox);
    real.sandbox = false;
    harness.window.setConnection(&harness.client, real);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::hiddenServerFiltersShowAsRemovableChips()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    const int everything = harness.window.modelTable()->rowCount();
    auto *chips = harness.window.findChild<gui::FilterChips *>(u"filterChips"_s);
    QVERIFY(chips);
    QVERIFY(!chips->isVisible());

    auto *panelButton = harness.window.findChild<QAbstractButton *>(u"serverFiltersButton"_s);
    panelButton->setChecked(true);
    api::ModelListQuery filters;
    filters.domain = harness.sandbox.store().models().at(5).domain;
    harness.window.setServerFilters(filters);
    harness.window.findChild<QPushButton *>(u"applyFiltersButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!harness.window.modelLoader()->isLoading(), LoadTimeoutMs);
    QVERIFY(harness.window.modelTable()->rowCount() < everything);
    QVERIFY(!chips->isVisible()); // the panel shows the filters itself

    panelButton->setChecked(false);
    QVERIFY(chips->isVisible());
    QCOMPARE(chips->count(), 1);
    auto *chip = chips->findChild<QToolButton *>(u"chip_domain"_s);
    QVERIFY(chip);
    QVERIFY2(chip->text().contains(filters.domain), qPrintable(chip->text()));

    chip->click();
    QVERIFY(harness.window.serverFilters().domain.isEmpty());
    QVERIFY(!chips->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!harness.window.modelLoader()->isLoading() &&
                                 harness.window.modelTable()->rowCount() == everything,
                             LoadTimeoutMs);
}

namespace {

// The decoded query of every ListModels request the sandbox handled.
QList<api::QueryItems> listModelsQueries(const QSignalSpy &handled)
{
    QList<api::QueryItems> queries;
    for (const QList<QVariant> &arguments : handled) {
        const auto request = arguments.constFirst().value<sandbox::ReceivedRequest>();
        if (request.operation == u"ListModels"_s)
            queries.append(api::Acs3::parseQuery(request.rawQuery));
    }
    return queries;
}

QString valueOf(const api::QueryItems &items, const QString &name)
{
    for (const auto &[key, value] : items) {
        if (key == name)
            return value;
    }
    return QString();
}

bool hasItem(const api::QueryItems &items, const QString &name)
{
    for (const auto &item : items) {
        if (item.first == name)
            return true;
    }
    return false;
}

} // namespace

void TestMainWindow::everyServerFilter_data()
{
    QTest::addColumn<QString>("widget");   // the field's object name
    QTest::addColumn<QString>("input");    // typed text, or a combo's data
    QTest::addColumn<QString>("chip");     // the chip's key
    QTest::addColumn<QString>("wireName"); // the ListModels parameter
    QTest::addColumn<QString>("wireValue");
    QTest::addColumn<QString>("chipText"); // what the chip shows

    QTest::newRow("Query") << u"queryEdit"_s << u"llama"_s << u"query"_s << u"Query"_s << u"llama"_s
                           << u"llama"_s;
    QTest::newRow("Domain") << u"domainEdit"_s << u"nlp"_s << u"domain"_s << u"Domain"_s << u"nlp"_s
                            << u"nlp"_s;
    QTest::newRow("Task") << u"taskEdit"_s << u"text-generation"_s << u"task"_s << u"Task"_s
                          << u"text-generation"_s << u"text-generation"_s;
    QTest::newRow("Origin") << u"originEdit"_s << u"ModelScope"_s << u"origin"_s << u"Origin"_s
                            << u"ModelScope"_s << u"ModelScope"_s;
    QTest::newRow("ModelType") << u"modelTypeEdit"_s << u"LoRA"_s << u"modelType"_s
                               << u"ModelType"_s << u"LoRA"_s << u"LoRA"_s;
    QTest::newRow("Label") << u"labelEdit"_s << u"llama3"_s << u"label"_s << u"Label"_s
                           << u"llama3"_s << u"llama3"_s;
    QTest::newRow("ModelName") << u"modelNameEdit"_s << u"qwen"_s << u"modelName"_s
                               << u"ModelName"_s << u"qwen"_s << u"qwen"_s;
    QTest::newRow("Provider") << u"providerEdit"_s << u"pai"_s << u"provider"_s << u"Provider"_s
                              << u"pai"_s << u"pai"_s;
    QTest::newRow("Collections") << u"collectionsEdit"_s << u"AI4D,QuickStart"_s << u"collections"_s
                                 << u"Collections"_s << u"AI4D,QuickStart"_s
                                 << u"AI4D,QuickStart"_s;
    QTest::newRow("Tag") << u"tagEdit"_s << u"featured=true, lang"_s << u"tag"_s << u"Tag"_s
                         << uR"([{"Key":"featured","Value":"true"},{"Key":"lang","Value":""}])"_s
                         << u"featured=true, lang"_s;
    QTest::newRow("Conditions") << u"conditionsEdit"_s
                                << uR"([{"Column":"Domain","Operator":"=","Value":"nlp"}])"_s
                                << u"conditions"_s << u"Conditions"_s
                                << uR"([{"Column":"Domain","Operator":"=","Value":"nlp"}])"_s
                                << u"Column"_s;
    QTest::newRow("SortBy") << u"sortByCombo"_s << u"GmtCreateTime"_s << u"sortBy"_s << u"SortBy"_s
                            << u"GmtCreateTime"_s << u"Creation time"_s;
    QTest::newRow("Order") << u"orderCombo"_s << u"DESC"_s << u"order"_s << u"Order"_s << u"DESC"_s
                           << u"Descending"_s;
}

void TestMainWindow::everyServerFilter()
{
    QFETCH(QString, widget);
    QFETCH(QString, input);
    QFETCH(QString, chip);
    QFETCH(QString, wireName);
    QFETCH(QString, wireValue);
    QFETCH(QString, chipText);
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    QSignalSpy handled(&harness.sandbox.server(), &sandbox::SandboxServer::requestHandled);

    // Typed into the panel, as a person would, and applied...
    auto *panelButton = harness.window.findChild<QAbstractButton *>(u"serverFiltersButton"_s);
    panelButton->setChecked(true);
    harness.window.findChild<QAbstractButton *>(u"moreFiltersButton"_s)->setChecked(true);
    // The model form has fields of the same names: look in the panel.
    auto *panel = harness.window.findChild<QWidget *>(u"serverFilters"_s);
    if (auto *edit = panel->findChild<QLineEdit *>(widget)) {
        QVERIFY(edit->isVisible());
        edit->setFocus();
        QTest::keyClicks(edit, input);
    } else {
        auto *combo = panel->findChild<QComboBox *>(widget);
        QVERIFY(combo && combo->isVisible());
        const int index = combo->findData(input);
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
    }
    harness.window.findChild<QPushButton *>(u"applyFiltersButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!harness.window.modelLoader()->isLoading(), LoadTimeoutMs);

    // ... it went out as its ListModels parameter, and alone.
    const QList<api::QueryItems> sent = listModelsQueries(handled);
    QVERIFY(!sent.isEmpty());
    for (const api::QueryItems &items : sent) {
        QCOMPARE(valueOf(items, wireName), wireValue);
        QVERIFY(!hasItem(items, u"WorkspaceId"_s)); // "All workspaces" is listed
        QCOMPARE(items.size(), 3);                  // with PageNumber and PageSize
    }

    // Hidden, the panel leaves a chip; folding only "More" away leaves the chips of its fields.
    auto *chips = harness.window.findChild<gui::FilterChips *>(u"filterChips"_s);
    const bool moreField =
        !QStringList{u"query"_s, u"domain"_s, u"task"_s, u"origin"_s, u"modelType"_s, u"label"_s}
             .contains(chip);
    harness.window.findChild<QAbstractButton *>(u"moreFiltersButton"_s)->setChecked(false);
    QCOMPARE(chips->isVisible(), moreField);
    panelButton->setChecked(false);
    QVERIFY(chips->isVisible());
    QCOMPARE(chips->count(), 1);
    auto *chipButton = chips->findChild<QToolButton *>(u"chip_"_s + chip);
    QVERIFY(chipButton);
    QVERIFY2(chipButton->text().contains(chipText), qPrintable(chipText));

    // Removing the chip lists again without the filter.
    handled.clear();
    chipButton->click();
    QCOMPARE(harness.window.serverFilters(), api::ModelListQuery());
    QVERIFY(!chips->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!harness.window.modelLoader()->isLoading(), LoadTimeoutMs);
    const QList<api::QueryItems> after = listModelsQueries(handled);
    QVERIFY(!after.isEmpty());
    for (const api::QueryItems &items : after)
        QVERIFY(!hasItem(items, wireName));
}

void TestMainWindow::badTagsOrConditionsListNothing()
{
    Harness harness;
    QVERIFY(connectAndLoad(harness));
    QSignalSpy handled(&harness.sandbox.server(), &sandbox::SandboxServer::requestHandled);
    harness.window.findChild<QAbstractButton *>(u"serverFiltersButton"_s)->setChecked(true);
    auto *panel = harness.window.findChild<QWidget *>(u"serverFilters"_s);
    auto *conditions = panel->findChild<QLineEdit *>(u"conditionsEdit"_s);
    conditions->setText(u"[{\"Column\": 1}]"_s);
    harness.window.findChild<QPushButton *>(u"applyFiltersButton"_s)->click();
    QVERIFY(conditions->isVisible()); // "More" opened to show the field
    QVERIFY2(conditions->toolTip().contains(u"Conditions[0].Column"_s),
             qPrintable(conditions->toolTip()));
    QVERIFY(!harness.window.modelLoader()->isLoading());
    auto *tags = panel->findChild<QLineEdit *>(u"tagEdit"_s);
    conditions->clear();
    tags->setText(u"=nokey"_s);
    harness.window.findChild<QPushButton *>(u"applyFiltersButton"_s)->click();
    QVERIFY(!tags->toolTip().isEmpty());
    QVERIFY(!harness.window.modelLoader()->isLoading());
    QCOMPARE(listModelsQueries(handled).size(), 0);
}

void TestMainWindow::savedViewsSaveApplyAndRemove()
{
    auto harness = std::make_unique<Harness>();
    QVERIFY(connectAndLoad(*harness));
    gui::MainWindow *window = &harness->window;
    QAbstractItemModelTester viewsTester(window->savedViews(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // With no views, the place says how to fill it instead of showing an empty box.
    auto *hint = window->findChild<QLabel *>(u"savedViewsHint"_s);
    QVERIFY(hint);
    QCOMPARE(window->savedViews()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY(!window->savedViewsView()->isVisible());
    const pai::Workspace workspace = harness->sandbox.store().workspaces().at(1);
    window->selectWorkspace(workspace.workspaceId);
    QTRY_VERIFY_WITH_TIMEOUT(window->currentWorkspaceId() == workspace.workspaceId &&
                                 !window->modelLoader()->isLoading(),
                             LoadTimeoutMs);

    // Save View… asks for a name, then keeps the filters and the workspace listed.
    api::ModelListQuery filters;
    filters.domain = u"nlp"_s;
    filters.provider = u"pai"_s;
    filters.tags = {{u"featured"_s, u"true"_s}};
    filters.order = u"DESC"_s;
    window->setServerFilters(filters);
    window->findChild<QAbstractButton *>(u"serverFiltersButton"_s)->setChecked(true);
    window->findChild<QPushButton *>(u"saveViewButton"_s)->click();
    auto *dialog = window->findChild<QInputDialog *>(u"saveViewDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    dialog->setTextValue(u"NLP from PAI"_s);
    dialog->accept();
    QCOMPARE(window->savedViews()->rowCount(), 1);
    const gui::SavedView saved = window->savedViews()->viewAt(0);
    QCOMPARE(saved.name, u"NLP from PAI"_s);
    QCOMPARE(saved.filters, filters);
    QCOMPARE(saved.workspaceId, workspace.workspaceId);
    QVERIFY(window->savedViewsView()->isVisible());
    QVERIFY(!hint->isVisible());

    // Elsewhere, with other filters: choosing the view brings back both.
    window->selectWorkspace(QString());
    api::ModelListQuery other;
    other.task = u"text-generation"_s;
    window->setServerFilters(other);
    window->applyServerFilters();
    QTRY_VERIFY_WITH_TIMEOUT(window->currentWorkspaceId().isEmpty() &&
                                 !window->modelLoader()->isLoading(),
                             LoadTimeoutMs);
    QSignalSpy handled(&harness->sandbox.server(), &sandbox::SandboxServer::requestHandled);
    QListView *list = window->savedViewsView();
    const QRect rect = list->visualRect(window->savedViews()->index(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY_WITH_TIMEOUT(window->currentWorkspaceId() == workspace.workspaceId &&
                                 !window->modelLoader()->isLoading(),
                             LoadTimeoutMs);
    QCOMPARE(window->serverFilters(), filters);
    const QList<api::QueryItems> sent = listModelsQueries(handled);
    QVERIFY(!sent.isEmpty());
    const api::QueryItems &last = sent.constLast();
    QCOMPARE(valueOf(last, u"WorkspaceId"_s), workspace.workspaceId);
    QCOMPARE(valueOf(last, u"Domain"_s), u"nlp"_s);
    QCOMPARE(valueOf(last, u"Provider"_s), u"pai"_s);
    QCOMPARE(valueOf(last, u"Order"_s), u"DESC"_s);
    QCOMPARE(valueOf(last, u"Tag"_s), uR"([{"Key":"featured","Value":"true"}])"_s);
    QVERIFY(!hasItem(last, u"Task"_s));

    // Renamed in place, it stays renamed after a restart; deleted, it is gone for good.
    QVERIFY(window->savedViews()->setData(window->savedViews()->index(0), u"Renamed"_s));
    harness.reset();
    Harness second;
    QVERIFY(connectAndLoad(second));
    QCOMPARE(second.window.savedViews()->rowCount(), 1);
    QCOMPARE(second.window.savedViews()->viewAt(0).name, u"Renamed"_s);
    QCOMPARE(second.window.savedViews()->viewAt(0).filters, filters);
    second.window.savedViewsView()->setCurrentIndex(second.window.savedViews()->index(0));
    auto *remove = second.window.findChild<QAction *>(u"actionDeleteView"_s);
    QVERIFY(remove && remove->isEnabled());
    QVERIFY(second.window.savedViewsView()->actions().contains(remove));
    remove->trigger();
    QCOMPARE(second.window.savedViews()->rowCount(), 0);
    QVERIFY(second.window.findChild<QLabel *>(u"savedViewsHint"_s)->isVisible());
    gui::SavedViews reloaded;
    reloaded.load();
    QCOMPARE(reloaded.rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
