#include "api/apiclient.h"
#include "changes/copyplan.h"
#include "changes/modelplan.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "gui/browse/detailspane.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/workspaceloader.h"
#include "gui/bulk/bulkeditdialog.h"
#include "gui/bulk/bulkprogressdialog.h"
#include "gui/bulk/bulkreviewdialog.h"
#include "gui/drift/drifttablemodel.h"
#include "gui/drift/driftwindow.h"
#include "gui/drift/ignorelistdialog.h"
#include "gui/editor/conflictdialog.h"
#include "gui/editor/modeleditor.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/export/exportdialog.h"
#include "gui/gallery/copytoworkspacedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/modelpane/modelpane.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/profiles/profiledialog.h"
#include "gui/progress/operationprogressdialog.h"
#include "gui/settings/languagesettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/versions/versioneditor.h"
#include "gui/versions/versionspanel.h"
#include "support/dialoganswerer.h"
#include "support/sandboxfixture.h"
#include "terraform/driftcomparer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;

namespace {

constexpr int WaitMs = 20000;
const QSize SmallestScreen(1280, 800);

// A label or button whose text needs more room than the widget has: the person sees "Cancel
// test t…" or half a word. Measured the way the widget lays itself out: its size hint holds the
// text (with the style's padding), and a wrapping label needs heightForWidth() lines.
QString clipping(QWidget *widget)
{
    const QString who = widget->objectName().isEmpty()
                            ? QString::fromLatin1(widget->metaObject()->className())
                            : widget->objectName();
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->text().isEmpty())
            return {};
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                return u"%1 \"%2\" needs %3 px of height, has %4"_s.arg(who, label->text())
                    .arg(needed)
                    .arg(label->height());
            return {};
        }
        const int needed = label->minimumSizeHint().width();
        if (needed > label->width() + 1)
            return u"%1 \"%2\" needs %3 px, has %4"_s.arg(who, label->text())
                .arg(needed)
                .arg(room.width());
        return {};
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return {};
        const int needed = button->sizeHint().width();
        if (needed > button->width() + 1)
            return u"%1 \"%2\" needs %3 px, has %4"_s.arg(who, button->text())
                .arg(needed)
                .arg(button->width());
    }
    return {};
}

bool showsText(const QWidget *widget)
{
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return !label->text().isEmpty();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !button->text().isEmpty();
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget);
}

// A text that a layout squeezed under its neighbour: it fits its own rectangle, but a visible
// sibling with text of its own is drawn over part of it.
QString overlap(QWidget *widget)
{
    if (!showsText(widget) || !widget->parentWidget())
        return {};
    for (QObject *object : widget->parentWidget()->children()) {
        auto *sibling = qobject_cast<QWidget *>(object);
        if (!sibling || sibling == widget || !sibling->isVisible() || !showsText(sibling) ||
            sibling < widget) // each pair once
            continue;
        if (widget->geometry().intersects(sibling->geometry()))
            return u"%1 and %2 overlap"_s.arg(widget->objectName(), sibling->objectName());
    }
    return {};
}

// Every visible label and button of `window` (its own, not a dialog's), and the window itself
// within `screen` (by default the smallest screen PaiDesk is made for).
QStringList clippedTexts(QWidget *window, QSize screen = SmallestScreen)
{
    QStringList problems;
    if (window->width() > screen.width() || window->height() > screen.height())
        problems.append(u"%1 is %2x%3, larger than the screen"_s.arg(window->objectName())
                            .arg(window->width())
                            .arg(window->height()));
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        const QString problem = clipping(widget);
        if (!problem.isEmpty())
            problems.append(problem);
        const QString covered = overlap(widget);
        if (!covered.isEmpty())
            problems.append(covered);
    }
    return problems;
}

pai::Model longModel()
{
    pai::Model model;
    model.modelId = u"model-0123456789abcdef"_s;
    model.workspaceId = u"ws-1"_s;
    model.modelName = u"Qwen2.5-72B-Instruct-fine-tuned-for-customer-support-tickets"_s;
    model.modelDescription = u"Cancel test that shows the whole description of a model whose "
                             u"description runs much longer than a column could ever hold."_s;
    model.domain = u"nlp"_s;
    model.task = u"text-generation"_s;
    model.accessibility = u"PRIVATE"_s;
    model.labels = {{u"owner"_s, u"customer-support-platform-team"_s}};
    return model;
}

} // namespace

class TestClipping : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;

    void check(QWidget *window, const char *what, QSize screen = SmallestScreen)
    {
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QStringList problems = clippedTexts(window, screen);
        for (const QString &problem : problems)
            qWarning().noquote() << what << ":" << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1: %2 clipped text(s), listed above"_s.arg(QString::fromLatin1(what))
                                .arg(problems.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                    SandboxFixture::credentials());
    }

    void init() { QSettings().clear(); }
    void cleanup() { gui::LanguageSettings::apply(u"en"_s); }

    // The measure itself: a cut button, a cut label and a wrapped label without the height for
    // its lines are found, and the same widgets with room are not.
    void findsClippedText()
    {
        QWidget window;
        window.setObjectName(u"probe"_s);
        auto *button = new QPushButton(u"Save the model and close the form"_s, &window);
        auto *label = new QLabel(u"A label with more words than its width"_s, &window);
        auto *wrapped = new QLabel(u"A wrapped label with many more words than two short lines "
                                   u"of forty pixels could ever hold"_s,
                                   &window);
        wrapped->setWordWrap(true);
        button->setGeometry(0, 0, 40, 30);
        label->setGeometry(0, 40, 40, 20);
        wrapped->setGeometry(0, 70, 200, 20);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(clippedTexts(&window).size(), 3);

        button->resize(button->sizeHint());
        label->resize(label->sizeHint());
        wrapped->resize(200, wrapped->heightForWidth(200));
        QCOMPARE(clippedTexts(&window), QStringList());
    }

    void nothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            for (const QSize &size : {QSize(1280, 800), QSize(1600, 1000)})
                QTest::addRow("%s, %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
        }
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        gui::LanguageSettings::apply(language);

        gui::MainWindow window;
        window.resize(size);
        window.setConnection(m_client.get(),
                             {u"test-sandbox"_s, u"cn-hangzhou"_s, m_sandbox->url(), true});
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspaceLoader()->isLoading() &&
                                     !window.modelLoader()->isLoading() &&
                                     window.modelTable()->rowCount() > 0,
                                 WaitMs);
        window.modelView()->setCurrentIndex(window.modelProxy()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPane()->model().has_value(), WaitMs);
        check(&window, "main window, model pane reading", size);
        if (QTest::currentTestFailed())
            return;

        // Every server filter shown, with a saved view under the workspaces.
        window.findChild<QAbstractButton *>(u"serverFiltersButton"_s)->setChecked(true);
        window.findChild<QAbstractButton *>(u"moreFiltersButton"_s)->setChecked(true);
        window.saveCurrentView(u"NLP models of the team"_s);
        check(&window, "main window, every server filter", size);
        window.findChild<QAbstractButton *>(u"serverFiltersButton"_s)->setChecked(false);
        if (QTest::currentTestFailed())
            return;

        window.editSelectedModel();
        QCOMPARE(window.modelPane()->mode(), gui::ModelPane::Mode::Editing);
        // A change, so the status line and Revert show what they say while editing.
        window.modelEditor()->findChild<QLineEdit *>(u"modelNameEdit"_s)->setText(u"renamed"_s);
        check(&window, "main window, model pane editing", size);
        if (QTest::currentTestFailed())
            return;

        // The Versions tab: the table and the details of a version, then the register form with
        // a problem, so its status line says what it says.
        window.modelEditor()->revert();
        window.modelPane()->showReading();
        gui::VersionsPanel *versions = window.modelPane()->versions();
        auto *detailTabs = window.detailsPane()->findChild<QTabWidget *>(u"tabs"_s);
        detailTabs->setCurrentWidget(detailTabs->findChild<QWidget *>(u"versionsTab"_s));
        QTRY_VERIFY_WITH_TIMEOUT(versions->state() == gui::VersionsPanel::State::Loaded, WaitMs);
        check(&window, "main window, versions tab", size);
        if (QTest::currentTestFailed())
            return;
        versions->registerVersion();
        QVERIFY(versions->isEditing());
        versions->editor()->findChild<QLineEdit *>(u"uriEdit"_s)->setText(u"ftp://nowhere"_s);
        check(&window, "main window, version form", size);
        if (QTest::currentTestFailed())
            return;
        versions->editor()->discardChanges();
        versions->whenLeavable([] {});

        const pai::Model model = longModel();
        pai::ModelDraft wanted = pai::ModelDraft::fromModel(model);
        wanted.modelDescription += u" Edited."_s;
        wanted.labels.append({u"stage"_s, u"production-candidate"_s});
        {
            gui::ReviewChangesDialog review(&window);
            review.showPlan(changes::ModelPlan::update(model, wanted));
            review.show();
            check(&review, "review");
        }
        {
            // A version's review that is also the question (delete).
            pai::ModelVersion version;
            version.versionName = u"2.3.4_beta"_s;
            version.uri = u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/models/long/path/"_s;
            gui::ReviewChangesDialog review(&window);
            review.showPlan(changes::VersionPlan::remove(model.modelId, version), model.modelName);
            review.setQuestion(
                u"Delete version"_s,
                u"Delete version %1 of the model \"%2\" (ID %3)? This cannot be "
                u"undone."_s.arg(version.versionName, model.modelName, model.modelId),
                u"&Delete"_s);
            review.show();
            check(&review, "version review");
        }
        {
            pai::Model server = model;
            server.modelDescription = u"Cancel test that someone else changed meanwhile, again "
                                      u"longer than a column could ever hold."_s;
            gui::ConflictDialog conflict(&window);
            conflict.setModels(model, server, wanted);
            conflict.show();
            check(&conflict, "conflict");
        }
        {
            gui::OperationProgressDialog progress(&window);
            progress.setOperation(
                u"Saving model \"%1\" (ID %2)"_s.arg(model.modelName, model.modelId));
            progress.setSteps({u"Check for changes made elsewhere (GetModel)"_s,
                               u"Update the fields (UpdateModel)"_s,
                               u"Read the model back (GetModel)"_s});
            progress.start(QDeadlineTimer(std::chrono::minutes(5)));
            progress.finishFailure(u"The request timed out before the service answered; "
                                   u"reading the model back shows the change was not applied."_s);
            progress.show();
            check(&progress, "progress");
        }
        {
            gui::ExportDialog exportDialog({model}, {}, u"cn-hangzhou"_s, &window);
            exportDialog.show();
            check(&exportDialog, "export");
        }
        {
            gui::DriftWindow drift(&window);
            terraform::DriftFinding drifted;
            drifted.status = terraform::DriftStatus::Drifted;
            drifted.address =
                u"module.pai[\"production\"].alicloud_pai_workspace_model.m[\"%1\"]"_s.arg(
                    model.modelName);
            drifted.type = u"alicloud_pai_workspace_model"_s;
            drifted.modelId = model.modelId;
            drifted.modelName = model.modelName;
            drifted.fields = {
                {u"model_description"_s, model.modelDescription, wanted.modelDescription, false}};
            drift.findingsModel()->setFindings(
                {drifted, terraform::DriftComparer::unmanaged(model)});
            drift.selectRow(0);
            drift.show();
            check(&drift, "drift");
            if (QTest::currentTestFailed())
                return;
            gui::IgnoreListDialog ignoreList(&drift);
            ignoreList.setText(u"# scratch models\ntmp-*\nmodel-adhoc0000000001"_s);
            ignoreList.show();
            check(&ignoreList, "drift ignore list");
        }
        {
            gui::SettingsDialog settings(&window);
            settings.show();
            check(&settings, "settings");
        }
        {
            // The profile form in every credential mode: each shows other rows.
            QTemporaryDir dir;
            credentials::ProfileStore profiles(dir.filePath(u"profiles.conf"_s));
            credentials::CredentialStore secrets;
            gui::ProfileDialog profileDialog(profiles, secrets, &window);
            profileDialog.show();
            auto *modes = profileDialog.findChild<QComboBox *>(u"credentialModeCombo"_s);
            QVERIFY(modes);
            for (int i = 0; i < modes->count(); ++i) {
                modes->setCurrentIndex(i);
                const QByteArray what = "profiles, " + modes->currentText().toUtf8();
                check(&profileDialog, what.constData());
                if (QTest::currentTestFailed())
                    return;
            }
        }
        {
            // A gallery model: the pane's read-only line and its Copy to Workspace button.
            window.modelEditor()->revert();
            window.modelPane()->showReading();
            pai::Model gallery = model;
            gallery.provider = u"pai"_s;
            gallery.workspaceId.clear();
            window.detailsPane()->showModel(gallery);
            check(&window, "main window, gallery model", size);
            if (QTest::currentTestFailed())
                return;
            gui::CopyToWorkspaceDialog copy(&window);
            copy.setSource(gallery, true);
            pai::Workspace target;
            target.workspaceId = u"23801"_s;
            target.workspaceName = u"llm_research"_s;
            target.displayName = u"Large Language Model Research"_s;
            copy.setWorkspaces({target}, u"23801"_s);
            copy.show();
            check(&copy, "copy to workspace");
            gui::ReviewChangesDialog review(&window);
            pai::ModelVersion latest;
            latest.versionName = u"0.1.0"_s;
            latest.uri = u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/models/long/0.1.0/"_s;
            review.showPlan(
                changes::CopyPlan::create(gallery, u"23801"_s, QString(), true, latest));
            review.show();
            check(&review, "review of a copy");
        }
        {
            gui::BulkEditDialog bulk(&window);
            bulk.setModels({model.modelId, u"m-2"_s, u"m-3"_s}, {model.modelId, u"m-2"_s});
            bulk.addLabelRow(u"stage"_s, u"production-candidate"_s);
            bulk.addExtraInfoRow(u"owner"_s, u"not json"_s);
            bulk.show();
            check(&bulk, "bulk edit");
        }
        changes::BulkEdit edit;
        edit.addLabels = {{u"stage"_s, u"production-candidate"_s}};
        pai::Model same = model;
        same.modelId = u"model-already-labelled"_s;
        same.labels.append({u"stage"_s, u"production-candidate"_s});
        const changes::BulkPlan plan = changes::BulkPlan::build(edit, {model, same});
        {
            gui::BulkReviewDialog review(&window);
            review.showPlan(plan);
            review.show();
            check(&review, "bulk review");
        }
        {
            changes::BulkResult result;
            result.edit = edit;
            changes::BulkModelResult failed;
            failed.modelId = model.modelId;
            failed.modelName = model.modelName;
            failed.state = changes::BulkModelResult::State::Failed;
            failed.error = api::ApiError::fromHttpResponse(
                503,
                R"({"Code":"ServiceUnavailable","Message":"The service is busy.","RequestId":"6F1B0C2E-52C5-4C0F-9E6B-2D4F0C1B7A10"})");
            changes::BulkModelResult skipped;
            skipped.modelId = same.modelId;
            skipped.modelName = same.modelName;
            skipped.state = changes::BulkModelResult::State::Skipped;
            skipped.skip = changes::BulkPlan::Skip::NoChange;
            result.models = {failed, skipped};
            gui::BulkProgressDialog progress(&window);
            progress.showFinished(result, true, false);
            progress.show();
            check(&progress, "bulk result");
        }
    }
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
