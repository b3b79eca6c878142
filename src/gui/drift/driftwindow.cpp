#include "gui/drift/driftwindow.h"

#include "api/apiclient.h"
#include "changes/modelplan.h"
#include "changes/modelwriter.h"
#include "changes/writeoutcome.h"
#include "drift/driftscan.h"
#include "gui/drift/drifttablemodel.h"
#include "gui/drift/ignorelistdialog.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/export/exportdialog.h"
#include "gui/progress/operationprogressdialog.h"
#include "gui/settings/timeoutsettings.h"
#include "terraform/staterevert.h"
#include "ui_driftwindow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// A field value as the diff pane shows it: text as it is, lists and maps as compact JSON.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return DriftWindow::tr("(unset)");
}

} // namespace

DriftWindow::DriftWindow(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DriftWindow>())
    , m_model(new DriftTableModel(this))
    , m_proxy(new DriftFilterProxyModel(this))
{
    ui->setupUi(this);
    setObjectName(u"driftWindow"_s);
    m_proxy->setSourceModel(m_model);
    ui->findingsView->setModel(m_proxy);
    ui->findingsView->horizontalHeader()->setStretchLastSection(true);
    ui->findingsView->verticalHeader()->hide();
    ui->diffView->header()->setStretchLastSection(true);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);

    for (const terraform::DriftStatus status : terraform::DriftFinding::allStatuses()) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"chip-"_s + terraform::DriftFinding::statusName(status));
        chip->setCheckable(true);
        chip->setChecked(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(chip, &QToolButton::toggled, this, [this, status](bool shown) {
            m_proxy->setStatusShown(status, shown);
            updateActions();
        });
        ui->chipsLayout->addWidget(chip);
        m_chips.insert(int(status), chip);
    }
    ui->chipsLayout->addStretch(1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriftWindow::updateChips);

    connect(ui->findingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                showDiff();
                updateActions();
            });
    connect(ui->findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showDiff(); });
    connect(ui->revertButton, &QPushButton::clicked, this, &DriftWindow::revertSelected);
    connect(ui->exportButton, &QPushButton::clicked, this, &DriftWindow::exportUnmanaged);
    connect(ui->ignoreButton, &QPushButton::clicked, this, &DriftWindow::ignoreSelected);
    connect(ui->ignoreListButton, &QPushButton::clicked, this, &DriftWindow::editIgnoreList);
    ui->allWorkspacesCheck->setChecked(QSettings().value(allWorkspacesKey(), false).toBool());
    connect(ui->allWorkspacesCheck, &QCheckBox::toggled, this, [this](bool all) {
        QSettings().setValue(allWorkspacesKey(), all);
        // The findings answer the question now asked.
        compareAgainWhenIdle();
    });
    connect(ui->copyButton, &QPushButton::clicked, this, &DriftWindow::copyAddress);
    connect(ui->openButton, &QPushButton::clicked, this, &DriftWindow::openModel);
    connect(ui->cancelButton, &QPushButton::clicked, this, &DriftWindow::cancelReading);
    connect(ui->compareAgainButton, &QPushButton::clicked, this, &DriftWindow::compareAgain);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->progressLabel->hide();
    ui->progressBar->hide();
    ui->cancelButton->hide();
    updateChips();
    updateActions();
    updateStatesLabel();
    showDiff();
}

DriftWindow::~DriftWindow() = default;

void DriftWindow::setConnection(api::ApiClient *client, const QString &region)
{
    m_client = client;
    m_region = region;
    updateActions();
}

QString DriftWindow::ignoreListKey()
{
    return u"drift/ignoreList"_s;
}

QString DriftWindow::allWorkspacesKey()
{
    return u"drift/allWorkspaces"_s;
}

QString DriftWindow::savedIgnoreText()
{
    return QSettings().value(ignoreListKey()).toString();
}

terraform::IgnoreList DriftWindow::savedIgnoreList()
{
    return terraform::IgnoreList::parse(savedIgnoreText());
}

void DriftWindow::saveIgnoreList(const terraform::IgnoreList &list)
{
    saveIgnoreText(list.toText());
}

void DriftWindow::saveIgnoreText(const QString &text)
{
    // Kept as written, comments and order included: people keep notes there.
    QSettings().setValue(ignoreListKey(), text);
}

void DriftWindow::compareAgainWhenIdle()
{
    if (m_states.isEmpty())
        return;
    // A read or a revert in progress finishes first; then the comparison runs once more, with
    // the scope and the ignore list as they are then.
    if (isReading() || m_writing) {
        m_compareWhenIdle = true;
        return;
    }
    compareAgain();
}

void DriftWindow::editIgnoreList()
{
    auto *dialog = new IgnoreListDialog(this);
    dialog->setObjectName(u"ignoreListDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setText(savedIgnoreText());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const terraform::IgnoreList before = savedIgnoreList();
        saveIgnoreText(dialog->text());
        // A removed entry brings its models back, an added one hides them: the findings follow.
        if (dialog->list().entries() != before.entries())
            compareAgainWhenIdle();
    });
    dialog->open();
}

void DriftWindow::compare(QList<terraform::StateFile> states)
{
    m_states = std::move(states);
    compareAgain();
}

void DriftWindow::compareAgain()
{
    if (m_scan) {
        m_scan->disconnect(this);
        m_scan->deleteLater();
    }
    m_readError.clear();
    if (!m_client) {
        m_readError = tr("There is no connection.");
        updateStatesLabel();
        return;
    }
    const drift::DriftScope scope = ui->allWorkspacesCheck->isChecked()
                                        ? drift::DriftScope::all()
                                        : drift::DriftScope::stateWorkspaces();
    auto *scan = new drift::DriftScan(m_client, m_states, scope, savedIgnoreList(), this);
    m_scan = scan;
    connect(scan, &drift::DriftScan::progress, this, [this](int done, int total) {
        ui->progressBar->setMaximum(std::max(1, total));
        ui->progressBar->setValue(done);
        ui->progressLabel->setText(tr("Reading the live models: %1 of %2").arg(done).arg(total));
    });
    connect(scan, &drift::DriftScan::finished, this, &DriftWindow::onScanFinished);
    ui->progressLabel->setText(tr("Reading the live models…"));
    ui->progressLabel->show();
    ui->progressBar->setValue(0);
    ui->progressBar->show();
    ui->cancelButton->show();
    updateActions();
    scan->start();
}

bool DriftWindow::isReading() const
{
    return m_scan && !m_scan->isFinished();
}

void DriftWindow::cancelReading()
{
    if (isReading())
        m_scan->cancel();
}

void DriftWindow::onScanFinished()
{
    ui->progressBar->hide();
    ui->cancelButton->hide();
    if (m_scan->succeeded()) {
        ui->progressLabel->hide();
        m_live = m_scan->liveModels();
        m_model->setFindings(m_scan->findings());
        ui->findingsView->resizeColumnsToContents();
    } else {
        // A comparison with holes would report drift that is not there: the last complete one
        // stays, and the reason is shown.
        m_readError = m_scan->error()->kind == api::ApiError::Kind::Canceled
                          ? tr("Reading was canceled; the table shows the last complete "
                               "comparison.")
                          : m_scan->error()->userText();
        ui->progressLabel->setText(m_readError);
    }
    updateChips();
    updateActions();
    updateStatesLabel();
    showDiff();
    Q_EMIT comparisonFinished();
    if (std::exchange(m_compareWhenIdle, false))
        compareAgainWhenIdle();
}

QToolButton *DriftWindow::chip(terraform::DriftStatus status) const
{
    return m_chips.value(int(status));
}

void DriftWindow::updateChips()
{
    for (const terraform::DriftStatus status : terraform::DriftFinding::allStatuses()) {
        chip(status)->setText(
            tr("%1 (%2)").arg(DriftTableModel::statusText(status)).arg(m_model->count(status)));
    }
}

void DriftWindow::updateStatesLabel()
{
    QStringList lines;
    for (const terraform::StateFile &state : std::as_const(m_states)) {
        QString line = tr("%1: %n instance(s)", nullptr, int(state.instances.size()))
                           .arg(QDir::toNativeSeparators(state.path));
        if (state.serial >= 0)
            line += tr(", serial %1, lineage %2").arg(state.serial).arg(state.lineage);
        lines.append(line);
    }
    if (m_scan && m_scan->succeeded() && m_scan->ignoredCount() > 0) {
        lines.append(tr("%n unmanaged model(s) left out by the ignore list.", nullptr,
                        m_scan->ignoredCount()));
    }
    ui->statesLabel->setText(lines.join(u'\n'));
}

const terraform::DriftFinding *DriftWindow::currentFinding() const
{
    const QModelIndex current = ui->findingsView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int row = m_proxy->mapToSource(current).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->finding(row) : nullptr;
}

QList<terraform::DriftFinding> DriftWindow::selectedFindings() const
{
    QList<terraform::DriftFinding> findings;
    const QModelIndexList rows = ui->findingsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        findings.append(m_model->finding(m_proxy->mapToSource(index).row()));
    return findings;
}

void DriftWindow::selectRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    ui->findingsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
}

QList<QStringList> DriftWindow::diffRows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < ui->diffView->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = ui->diffView->topLevelItem(i);
        rows.append({item->text(0), item->text(1), item->text(2)});
    }
    return rows;
}

// What a finding means and what can be done about it, above its fields.
QString DriftWindow::noteFor(const terraform::DriftFinding &finding)
{
    switch (finding.status) {
    case terraform::DriftStatus::InSync:
        return finding.fields.isEmpty()
                   ? tr("The live model holds what the state holds.")
                   : tr("In sync: only the order of the labels differs, which the provider "
                        "does not count as a change.");
    case terraform::DriftStatus::Drifted:
        return tr("The live model was changed outside Terraform. Revert Live to State writes "
                  "the state's values back; or update the configuration to keep the change.");
    case terraform::DriftStatus::Missing:
        return tr("The state tracks this model, but the cloud answers that it does not exist. "
                  "terraform apply would create it again; terraform state rm forgets it.");
    case terraform::DriftStatus::Tainted:
        return tr("The state marks this instance for replacement: the next terraform apply "
                  "deletes and creates it.");
    case terraform::DriftStatus::Unmanaged:
        return tr("No state tracks this model. Export Unmanaged writes it as HCL with an import "
                  "block, so Terraform can adopt it; Ignore hides it from later comparisons.");
    }
    return {};
}

void DriftWindow::showDiff()
{
    ui->diffView->clear();
    const terraform::DriftFinding *finding = currentFinding();
    ui->findingNote->setText(finding ? noteFor(*finding)
                                     : tr("Select a finding to see how the state and the live "
                                          "model differ."));
    // Only a finding with fields has anything to show in the table.
    ui->diffView->setVisible(finding && !finding->fields.isEmpty());
    if (!finding)
        return;
    for (const terraform::FieldDrift &field : finding->fields) {
        QString name = field.name;
        if (field.soft)
            name = tr("%1 (order only)").arg(name);
        auto *item = new QTreeWidgetItem(ui->diffView,
                                         {name, valueText(field.state), valueText(field.live)});
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, item->text(2));
    }
}

void DriftWindow::updateActions()
{
    const QList<terraform::DriftFinding> selected = selectedFindings();
    const bool idle = !isReading() && !m_writing && m_client;
    const auto unmanaged = [](const terraform::DriftFinding &finding) {
        return finding.status == terraform::DriftStatus::Unmanaged;
    };
    const bool allUnmanaged =
        !selected.isEmpty() && std::all_of(selected.cbegin(), selected.cend(), unmanaged);
    const terraform::DriftFinding *current = currentFinding();
    const bool revertable = current && current->status == terraform::DriftStatus::Drifted &&
                            !current->isVersion() && m_live.contains(current->modelId);
    ui->revertButton->setEnabled(idle && selected.size() == 1 && revertable);
    ui->exportButton->setEnabled(allUnmanaged);
    ui->ignoreButton->setEnabled(allUnmanaged && !isReading());
    ui->copyButton->setEnabled(std::any_of(selected.cbegin(), selected.cend(),
                                           [](const auto &f) { return !f.address.isEmpty(); }));
    ui->openButton->setEnabled(current && current->status != terraform::DriftStatus::Missing);
    ui->compareAgainButton->setEnabled(idle && !m_states.isEmpty());
}

const terraform::StateInstance *
DriftWindow::instanceOf(const terraform::DriftFinding &finding) const
{
    for (const terraform::StateFile &state : m_states) {
        for (const terraform::StateInstance &instance : state.instances) {
            if (instance.sourceFile == finding.sourceFile && instance.address == finding.address)
                return &instance;
        }
    }
    return nullptr;
}

void DriftWindow::revertSelected()
{
    const terraform::DriftFinding *finding = currentFinding();
    if (!finding || !ui->revertButton->isEnabled())
        return;
    const terraform::StateInstance *instance = instanceOf(*finding);
    if (!instance)
        return;
    const pai::Model live = m_live.value(finding->modelId);
    const changes::ModelPlan plan =
        changes::ModelPlan::update(live, terraform::StateRevert::modelDraft(*instance, live));
    auto *review = new ReviewChangesDialog(this);
    review->setObjectName(u"reviewChangesDialog"_s);
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->showPlan(plan);
    review->setQuestion(
        tr("Revert live to state"),
        tr("Write the values of %1 to the live model \"%2\" (ID %3)? What was changed in the "
           "console is overwritten.")
            .arg(finding->address, live.modelName, live.modelId),
        tr("&Revert"));
    connect(review, &QDialog::finished, this, [this, plan](int result) {
        if (result == QDialog::Accepted && !m_writing)
            startRevert(plan);
    });
    review->open();
}

void DriftWindow::startRevert(const changes::ModelPlan &plan)
{
    for (auto *old : findChildren<OperationProgressDialog *>(QString(), Qt::FindDirectChildrenOnly))
        old->deleteLater();
    auto *progress = new OperationProgressDialog(this);
    progress->setObjectName(u"operationProgressDialog"_s);
    progress->setOperation(tr("Reverting model \"%1\" (ID %2) to the Terraform state")
                               .arg(plan.modelName(), plan.modelId()));
    const TimeoutSettings timeouts = TimeoutSettings::load();
    auto *writer = new changes::ModelWriter(m_client, this);
    writer->setTimeouts(timeouts.toApiTimeouts());
    writer->setReadBackTimeout(std::min<std::chrono::milliseconds>(
        timeouts.read, changes::ModelWriter::DefaultReadBackTimeout));
    // The plan was made from the copy this comparison read: a model changed since then is left
    // alone, and the outcome says so, rather than overwriting an edit nobody reviewed.
    writer->setConflictPolicy(changes::ModelWriter::ConflictPolicy::Stop);
    progress->follow(writer);
    m_writing = true;
    updateActions();
    connect(writer, &changes::ModelWriter::finished, this,
            [this, progress, writer](const changes::WriteOutcome &outcome) {
                m_writing = false;
                writer->deleteLater();
                if (outcome.succeeded())
                    progress->finishSuccess(outcome.summary(), true);
                else
                    progress->finishFailure(outcome.summary());
                Q_EMIT revertFinished(outcome.succeeded());
                // Whatever the outcome, the table shows what the model holds now.
                compareAgain();
            });
    writer->start(plan);
}

void DriftWindow::exportUnmanaged()
{
    QList<pai::Model> models;
    for (const terraform::DriftFinding &finding : selectedFindings()) {
        if (finding.status == terraform::DriftStatus::Unmanaged && m_live.contains(finding.modelId))
            models.append(m_live.value(finding.modelId));
    }
    if (models.isEmpty())
        return;
    auto *dialog = new ExportDialog(models, {}, m_region, this);
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApiClient(m_client);
    dialog->open();
}

void DriftWindow::ignoreSelected()
{
    QStringList ids;
    for (const terraform::DriftFinding &finding : selectedFindings()) {
        if (finding.status == terraform::DriftStatus::Unmanaged)
            ids.append(finding.modelId);
    }
    if (ids.isEmpty())
        return;
    // Appended to the list as written, so its comments and order stay.
    const terraform::IgnoreList saved = savedIgnoreList();
    QString text = savedIgnoreText();
    for (const QString &id : std::as_const(ids)) {
        if (saved.entries().contains(id))
            continue;
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        text += id + u'\n';
    }
    saveIgnoreText(text);
    QList<terraform::DriftFinding> kept;
    for (const terraform::DriftFinding &finding : m_model->findings()) {
        if (!(finding.status == terraform::DriftStatus::Unmanaged && ids.contains(finding.modelId)))
            kept.append(finding);
    }
    m_model->setFindings(kept);
    updateChips();
    updateActions();
    showDiff();
}

void DriftWindow::copyAddress()
{
    QStringList addresses;
    for (const terraform::DriftFinding &finding : selectedFindings()) {
        if (!finding.address.isEmpty())
            addresses.append(finding.address);
    }
    if (!addresses.isEmpty())
        QGuiApplication::clipboard()->setText(addresses.join(u'\n'));
}

void DriftWindow::openModel()
{
    const terraform::DriftFinding *finding = currentFinding();
    if (!finding)
        return;
    const QString workspace = m_live.value(finding->modelId).workspaceId;
    Q_EMIT openModelRequested(workspace.isEmpty() ? finding->workspaceId : workspace,
                              finding->modelId);
}

void DriftWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateChips();
        updateStatesLabel();
    }
    QDialog::changeEvent(event);
}

} // namespace gui
