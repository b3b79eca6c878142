#include "api/apiclient.h"
#include "gui/export/exportdialog.h"
#include "support/sandboxfixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using terraform::ExportOptions;

namespace {

QList<pai::Model> models()
{
    pai::Model a;
    a.modelId = u"model-1"_s;
    a.modelName = u"qwen-chat-7b"_s;
    a.workspaceId = u"12345"_s;
    a.accessibility = u"PRIVATE"_s;
    a.orderNumber = 3;
    a.labels = {{u"k"_s, u"${v}"_s}};
    a.extraInfo = QJsonObject{{u"nested"_s, QJsonArray{1, 2}}, {u"n"_s, 5}};
    pai::Model b;
    b.modelId = u"model-2"_s;
    b.modelName = u"Second Model (v2)"_s;
    b.workspaceId = u"12345"_s;
    return {a, b};
}

QList<pai::Workspace> workspaces()
{
    pai::Workspace w;
    w.workspaceId = u"12345"_s;
    w.workspaceName = u"team"_s;
    w.description = u"d"_s;
    w.envTypes = {u"prod"_s};
    return {w};
}

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("missing child widget %s", name);
    return widget;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void optionsChangePreview_data();
    void optionsChangePreview();
    void remembersOptions();
    void copy();
    void save();
    void includeVersionsReadsThemFromTheService();
};

void TestExportDialog::init()
{
    QSettings().remove(u"export"_s);
}

void TestExportDialog::defaults()
{
    gui::ExportDialog dialog(models(), workspaces(), u"cn-hangzhou"_s);
    QCOMPARE(dialog.options(), ExportOptions{.region = u"cn-hangzhou"_s});

    const terraform::ExportResult expected =
        terraform::ModelExporter(dialog.options()).exportModels(models(), workspaces());
    QCOMPARE(dialog.previewText(), expected.text);
    QVERIFY(dialog.previewText().contains(u"import {"_s));

    // Warnings (nested extra_info, stringified number, renamed resource) are listed.
    auto *warnings = child<QListWidget>(dialog, "warningList");
    QVERIFY(expected.warnings.size() >= 3);
    QCOMPARE(warnings->count(), expected.warnings.size());
    for (int i = 0; i < warnings->count(); ++i)
        QCOMPARE(warnings->item(i)->text(), expected.warnings[i].message);

    // The highlighter has coloured the preview.
    auto *preview = child<QPlainTextEdit>(dialog, "preview");
    QVERIFY(!preview->document()->firstBlock().layout()->formats().isEmpty());
}

void TestExportDialog::optionsChangePreview_data()
{
    QTest::addColumn<bool>("importBlocks");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("no-import") << false << true << u"literal"_s << u"pai_workspace_model"_s
                               << u"required_providers"_s << u"import {"_s;
    QTest::newRow("no-header") << true << false << u"literal"_s << u"pai_workspace_model"_s
                               << u"import {"_s << u"provider \"alicloud\""_s;
    QTest::newRow("variable") << true << true << u"variable"_s << u"pai_workspace_model"_s
                              << u"var.workspace_id"_s << u"workspace_id      = \"12345\""_s;
    QTest::newRow("resource") << true << true << u"resource"_s << u"pai_workspace_model"_s
                              << u"alicloud_pai_workspace_workspace.team.id"_s << u"var."_s;
    QTest::newRow("legacy") << true << true << u"literal"_s << u"p_a_i_workspace_model"_s
                            << u"\"alicloud_p_a_i_workspace_model\""_s
                            << u"\"alicloud_pai_workspace_model\""_s;
}

void TestExportDialog::optionsChangePreview()
{
    QFETCH(bool, importBlocks);
    QFETCH(bool, header);
    QFETCH(QString, ref);
    QFETCH(QString, type);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);

    gui::ExportDialog dialog(models(), workspaces(), u"cn-shanghai"_s);
    QSignalSpy updated(&dialog, &gui::ExportDialog::previewUpdated);
    // Through the widgets, as a user would.
    child<QCheckBox>(dialog, "importCheck")->setChecked(importBlocks);
    child<QCheckBox>(dialog, "headerCheck")->setChecked(header);
    auto *refCombo = child<QComboBox>(dialog, "workspaceRefCombo");
    refCombo->setCurrentIndex(refCombo->findData(ref));
    auto *typeCombo = child<QComboBox>(dialog, "resourceTypeCombo");
    typeCombo->setCurrentIndex(typeCombo->findData(type));
    QVERIFY(updated.count() >= 1);

    const ExportOptions options = dialog.options();
    QCOMPARE(options.importBlocks, importBlocks);
    QCOMPARE(options.header, header);
    QCOMPARE(ExportOptions::toString(options.workspaceRef), ref);
    QCOMPARE(ExportOptions::toString(options.resourceType), type);
    QCOMPARE(dialog.previewText(),
             terraform::ModelExporter(options).exportModels(models(), workspaces()).text);
    QVERIFY(dialog.previewText().contains(mustContain));
    QVERIFY(!dialog.previewText().contains(mustNotContain));
}

void TestExportDialog::remembersOptions()
{
    ExportOptions chosen;
    chosen.importBlocks = false;
    chosen.header = false;
    chosen.workspaceRef = ExportOptions::WorkspaceRef::Variable;
    chosen.resourceType = ExportOptions::ResourceType::LegacyPaiWorkspaceModel;
    chosen.region = u"cn-beijing"_s;
    {
        gui::ExportDialog dialog(models(), {}, u"cn-beijing"_s);
        dialog.setOptions(chosen);
        QCOMPARE(dialog.options(), chosen);
    }
    gui::ExportDialog reopened(models(), {}, u"cn-beijing"_s);
    QCOMPARE(reopened.options(), chosen);
    QVERIFY(!reopened.previewText().contains(u"import {"_s));
}

void TestExportDialog::copy()
{
    gui::ExportDialog dialog(models(), {}, u"cn-hangzhou"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.result().text);
}

void TestExportDialog::save()
{
    gui::ExportDialog dialog(models(), {}, u"cn-hangzhou"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"models.tf"_s);
    QString error;
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), dialog.result().toUtf8());

    const QString badPath = dir.filePath(u"missing/dir/models.tf"_s);
    QVERIFY(!dialog.saveTo(badPath, &error));
    QVERIFY2(error.contains(u"models.tf"_s), qPrintable(error));
}

void TestExportDialog::includeVersionsReadsThemFromTheService()
{
    // Without a service there is nothing to read them from.
    {
        gui::ExportDialog offline(models(), workspaces(), u"cn-hangzhou"_s);
        QVERIFY(!child<QCheckBox>(offline, "includeVersionsCheck")->isEnabled());
    }
    testsupport::SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()),
                          testsupport::SandboxFixture::credentials());
    const QList<pai::Model> stored = sandbox.store().models().mid(0, 3);
    QStringList expectedIds;
    for (const pai::Model &model : stored) {
        const QList<pai::ModelVersion> versions = sandbox.store().versions(model.modelId);
        QVERIFY2(!versions.isEmpty(), "the demo models have versions");
        for (const pai::ModelVersion &version : versions)
            expectedIds.append(model.modelId + u':' + version.versionName);
    }

    gui::ExportDialog dialog(stored, {}, u"cn-hangzhou"_s);
    dialog.setApiClient(&client);
    auto *check = child<QCheckBox>(dialog, "includeVersionsCheck");
    QVERIFY(check->isEnabled());
    QVERIFY(!dialog.previewText().contains(u"alicloud_pai_workspace_model_version"_s));
    check->setChecked(true);
    // Nothing half-read is copied or saved.
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "saveButton")->isEnabled(), 20000);
    const QString text = dialog.previewText();
    for (const QString &id : std::as_const(expectedIds))
        QVERIFY2(text.contains(u"id = \""_s + id + u'"') ||
                     text.contains(u"id  = \""_s + id + u'"'),
                 qPrintable(id));
    QCOMPARE(text.count(u"resource \"alicloud_pai_workspace_model_version\""_s),
             expectedIds.size());
    // The choice is remembered.
    QVERIFY(QSettings().value(u"export/withVersions"_s).toBool());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
