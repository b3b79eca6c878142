#include "gui/export/exportdialog.h"

#include "gui/common/errorbanner.h"
#include "gui/export/hclhighlighter.h"
#include "gui/export/modelversionsfetcher.h"
#include "ui_exportdialog.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const QString settingsGroup = u"export"_s;

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(QList<pai::Model> models, QList<pai::Workspace> workspaces,
                           QString region, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_models(std::move(models))
    , m_workspaces(std::move(workspaces))
    , m_region(std::move(region))
{
    m_ui->setupUi(this);
    m_ui->preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new HclHighlighter(m_ui->preview->document());

    using Ref = terraform::ExportOptions::WorkspaceRef;
    using Type = terraform::ExportOptions::ResourceType;
    m_ui->workspaceRefCombo->addItem(tr("Literal ID"),
                                     terraform::ExportOptions::toString(Ref::Literal));
    m_ui->workspaceRefCombo->addItem(tr("Variable (var.workspace_id)"),
                                     terraform::ExportOptions::toString(Ref::Variable));
    m_ui->workspaceRefCombo->addItem(tr("Workspace resource, exported too"),
                                     terraform::ExportOptions::toString(Ref::Resource));
    m_ui->resourceTypeCombo->addItem(tr("alicloud_pai_workspace_model (provider 1.249.0 or later)"),
                                     terraform::ExportOptions::toString(Type::PaiWorkspaceModel));
    m_ui->resourceTypeCombo->addItem(
        tr("alicloud_p_a_i_workspace_model (older name)"),
        terraform::ExportOptions::toString(Type::LegacyPaiWorkspaceModel));
    setWindowTitle(tr("Export %n model(s) as Terraform", nullptr, int(m_models.size())));

    loadSettings();
    setApiClient(nullptr);

    const auto changed = [this] {
        if (m_loading)
            return;
        storeSettings();
        refresh();
    };
    connect(m_ui->importCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->headerCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->workspaceRefCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->resourceTypeCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->includeVersionsCheck, &QCheckBox::toggled, this, [this, changed](bool on) {
        if (on && !m_versionsLoaded)
            fetchVersions();
        changed();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ExportDialog::saveAs);

    refresh();
}

ExportDialog::~ExportDialog() = default;

terraform::ExportOptions ExportDialog::options() const
{
    terraform::ExportOptions options;
    options.importBlocks = m_ui->importCheck->isChecked();
    options.header = m_ui->headerCheck->isChecked();
    options.workspaceRef = terraform::ExportOptions::workspaceRefFromString(
                               m_ui->workspaceRefCombo->currentData().toString())
                               .value_or(options.workspaceRef);
    options.resourceType = terraform::ExportOptions::resourceTypeFromString(
                               m_ui->resourceTypeCombo->currentData().toString())
                               .value_or(options.resourceType);
    options.region = m_region;
    options.withVersions = m_ui->includeVersionsCheck->isChecked();
    return options;
}

void ExportDialog::setOptions(const terraform::ExportOptions &options)
{
    m_loading = true;
    m_ui->importCheck->setChecked(options.importBlocks);
    m_ui->headerCheck->setChecked(options.header);
    selectData(m_ui->workspaceRefCombo, terraform::ExportOptions::toString(options.workspaceRef));
    selectData(m_ui->resourceTypeCombo, terraform::ExportOptions::toString(options.resourceType));
    m_loading = false;
    storeSettings();
    refresh();
}

QString ExportDialog::previewText() const
{
    return m_ui->preview->toPlainText();
}

void ExportDialog::refresh()
{
    m_result = terraform::ModelExporter(options()).exportModels(m_models, m_workspaces, m_versions);
    // A file without the versions it says it includes is never copied or saved.
    const bool waiting = m_versionFetcher && m_versionFetcher->isBusy();
    m_ui->copyButton->setEnabled(!waiting);
    m_ui->saveButton->setEnabled(!waiting);
    m_ui->preview->setPlainText(m_result.text);
    m_ui->warningList->clear();
    for (const terraform::ExportWarning &warning : std::as_const(m_result.warnings))
        m_ui->warningList->addItem(warning.message);
    m_ui->warningsLabel->setText(tr("%n warning(s):", nullptr, int(m_result.warnings.size())));
    m_ui->warningsLabel->setVisible(!m_result.warnings.isEmpty());
    m_ui->warningList->setVisible(!m_result.warnings.isEmpty());
    Q_EMIT previewUpdated();
}

void ExportDialog::setApiClient(api::ApiClient *client)
{
    delete m_versionFetcher;
    m_versionFetcher = nullptr;
    m_versions.clear();
    m_versionsLoaded = false;
    m_ui->versionsStatus->clear();
    m_ui->includeVersionsCheck->setEnabled(client != nullptr);
    m_ui->includeVersionsCheck->setToolTip(
        client ? tr("Reads every version of the exported models from the service")
               : tr("Versions are read from the service: export from a connected window"));
    if (!client)
        return;
    m_versionFetcher = new ModelVersionsFetcher(client, this);
    connect(m_versionFetcher, &ModelVersionsFetcher::finished, this,
            [this](const terraform::VersionsByModel &versions) {
                m_versions = versions;
                m_versionsLoaded = true;
                qsizetype count = 0;
                for (const QList<pai::ModelVersion> &list : versions)
                    count += list.size();
                m_ui->versionsStatus->setText(tr("%n version(s) read.", nullptr, int(count)));
                refresh();
            });
    connect(m_versionFetcher, &ModelVersionsFetcher::failed, this,
            [this](const api::ApiError &error) {
                m_ui->versionsStatus->setText(
                    tr("The versions could not be read: %1").arg(ErrorBanner::describe(error)));
                const QSignalBlocker blocker(m_ui->includeVersionsCheck);
                m_ui->includeVersionsCheck->setChecked(false);
                refresh();
            });
    if (m_ui->includeVersionsCheck->isChecked())
        fetchVersions();
    refresh();
}

void ExportDialog::fetchVersions()
{
    if (!m_versionFetcher)
        return;
    QStringList ids;
    for (const pai::Model &model : std::as_const(m_models))
        ids.append(model.modelId);
    m_ui->versionsStatus->setText(
        tr("Reading the versions of %n model(s)…", nullptr, int(ids.size())));
    m_versionFetcher->fetch(ids);
}

void ExportDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_result.text);
    Q_EMIT copiedToClipboard();
}

bool ExportDialog::saveTo(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    const QByteArray bytes = m_result.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage =
                tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Terraform file"), u"models.tf"_s,
                                                tr("Terraform files (*.tf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".tf"_s;
    save(path);
}

bool ExportDialog::save(const QString &path)
{
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save failed"), error);
        return false;
    }
    Q_EMIT savedToFile(path);
    return true;
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const terraform::ExportOptions defaults;
    m_loading = true;
    m_ui->importCheck->setChecked(
        settings.value(u"importBlocks"_s, defaults.importBlocks).toBool());
    m_ui->headerCheck->setChecked(settings.value(u"header"_s, defaults.header).toBool());
    selectData(
        m_ui->workspaceRefCombo,
        settings.value(u"workspaceRef"_s, terraform::ExportOptions::toString(defaults.workspaceRef))
            .toString());
    selectData(
        m_ui->resourceTypeCombo,
        settings.value(u"resourceType"_s, terraform::ExportOptions::toString(defaults.resourceType))
            .toString());
    m_ui->includeVersionsCheck->setChecked(
        settings.value(u"withVersions"_s, defaults.withVersions).toBool());
    m_loading = false;
}

void ExportDialog::storeSettings() const
{
    const terraform::ExportOptions current = options();
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(u"importBlocks"_s, current.importBlocks);
    settings.setValue(u"header"_s, current.header);
    settings.setValue(u"workspaceRef"_s, terraform::ExportOptions::toString(current.workspaceRef));
    settings.setValue(u"resourceType"_s, terraform::ExportOptions::toString(current.resourceType));
    settings.setValue(u"withVersions"_s, current.withVersions);
}

} // namespace gui
