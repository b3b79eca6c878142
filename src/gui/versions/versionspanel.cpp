#include "gui/versions/versionspanel.h"

#include "api/apiclient.h"
#include "changes/versionplan.h"
#include "changes/writeoutcome.h"
#include "gui/models/extrainfomodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/versions/versioneditor.h"
#include "gui/versions/versiontablemodel.h"
#include "gui/versions/versionwriteflow.h"
#include "pai/displaytext.h"
#include "pai/gallery.h"
#include "ui_versionspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace gui {

VersionsPanel::VersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VersionsPanel>())
    , m_versions(new VersionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_specs(new ExtraInfoModel(this))
    , m_metrics(new ExtraInfoModel(this))
    , m_extraInfo(new ExtraInfoModel(this))
    , m_otherFields(new ExtraInfoModel(this))
    , m_menu(new QMenu(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_versions);
    m_proxy->setSortRole(VersionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->versionsView;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Newest first, as a person looks for the version just registered.
    table->sortByColumn(VersionTableModel::CreatedColumn, Qt::DescendingOrder);
    for (auto [view, model] :
         {std::pair{m_ui->specsView, m_specs}, std::pair{m_ui->metricsView, m_metrics},
          std::pair{m_ui->extraInfoView, m_extraInfo},
          std::pair{m_ui->otherFieldsView, m_otherFields}}) {
        view->setModel(model);
        view->header()->setSectionResizeMode(QHeaderView::Interactive);
    }

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateTexts();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VersionsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateTexts();
        if (!m_ui->versionsView->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_ui->versionsView->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &VersionsPanel::updateTexts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &VersionsPanel::updateTexts);
    connect(m_versions, &QAbstractItemModel::dataChanged, this, [this] {
        // The read-back value of the shown version.
        showVersion(currentVersion());
    });
    connect(table, &QWidget::customContextMenuRequested, this, &VersionsPanel::showContextMenu);
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &VersionsPanel::reload);

    connect(m_ui->newVersionButton, &QPushButton::clicked, this, &VersionsPanel::registerVersion);
    connect(m_ui->editVersionButton, &QPushButton::clicked, this, &VersionsPanel::editVersion);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &VersionsPanel::approveVersion);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &VersionsPanel::rejectVersion);
    connect(m_ui->deleteVersionButton, &QPushButton::clicked, this, &VersionsPanel::deleteVersion);
    connect(m_ui->copyUriButton, &QPushButton::clicked, this, &VersionsPanel::copyUri);

    updateTexts();
    clear();
}

// A listing still running belongs to the ApiClient and ends on its own; canceling it here would
// log an attempt while the window that shows the log is being destroyed.
VersionsPanel::~VersionsPanel() = default;

QTableView *VersionsPanel::view() const
{
    return m_ui->versionsView;
}

VersionEditor *VersionsPanel::editor()
{
    if (m_editor)
        return m_editor;
    m_editor = new VersionEditor(m_ui->editorPage);
    m_editor->setObjectName(u"editor"_s);
    m_ui->editorPage->setWidget(m_editor);
    m_editor->setApiClient(m_client);
    m_editor->setTimeouts(m_timeouts);
    connect(m_editor, &VersionEditor::closeRequested, this, [this] { whenLeavable([] {}); });
    connect(m_editor, &VersionEditor::versionSaved, this,
            [this](const pai::ModelVersion &version, bool created) {
                m_versions->upsertVersion(version);
                showReading();
                selectVersion(version.versionName);
                setStatus(created ? tr("Registered version %1.").arg(version.versionName)
                                  : tr("Saved version %1.").arg(version.versionName));
                refreshModel();
            });
    return m_editor;
}

void VersionsPanel::setApiClient(api::ApiClient *client)
{
    if (m_listing)
        m_listing->cancel();
    m_client = client;
    if (m_editor)
        m_editor->setApiClient(client);
    updateActions();
}

void VersionsPanel::setTimeouts(const TimeoutSettings &timeouts)
{
    m_timeouts = timeouts;
    if (m_editor)
        m_editor->setTimeouts(timeouts);
}

bool VersionsPanel::isEditing() const
{
    return m_ui->pages->currentWidget() == m_ui->editorPage;
}

bool VersionsPanel::hasUnsavedEdit() const
{
    return isEditing() && m_editor->isDirty();
}

QString VersionsPanel::statusText() const
{
    return m_ui->statusLabel->text();
}

QString VersionsPanel::errorText() const
{
    return m_ui->errorBanner->isVisibleTo(this) ? m_ui->errorBanner->text() : QString();
}

void VersionsPanel::clear()
{
    if (m_listing) {
        m_listing->cancel();
        m_listing = nullptr;
    }
    if (m_modelRead) {
        m_modelRead->cancel();
        m_modelRead = nullptr;
    }
    m_model.reset();
    m_state = State::Empty;
    m_ui->errorBanner->clear();
    m_versions->clear();
    showReading();
    showVersion(std::nullopt);
    setStatus(QString());
    updateTexts();
    updateActions();
}

void VersionsPanel::showModel(const pai::Model &model)
{
    if (m_model && m_model->modelId == model.modelId) {
        m_model = model;
        return;
    }
    clear();
    m_model = model;
    startListing();
}

void VersionsPanel::reload()
{
    if (!m_model)
        return;
    const pai::Model model = *m_model;
    clear();
    m_model = model;
    startListing();
}

void VersionsPanel::startListing()
{
    m_ui->errorBanner->clear();
    if (!m_client || !m_model) {
        m_state = State::Empty;
        updateTexts();
        return;
    }
    m_state = State::Loading;
    api::ListAllModelVersionsCall *call =
        m_client->listAllModelVersions(m_model->modelId, {}, QDeadlineTimer(m_timeouts.list));
    m_listing = call;
    connect(call, &api::ListAllModelVersionsCall::versionsArrived, this,
            [this, call](const QList<pai::ModelVersion> &versions) {
                if (m_listing == call)
                    m_versions->appendVersions(versions);
            });
    const QString modelId = m_model->modelId;
    connect(call, &api::ApiCall::finished, this, [this, call, modelId] {
        call->deleteLater();
        if (m_listing != call)
            return; // another model's listing, canceled
        m_listing = nullptr;
        if (!call->succeeded()) {
            const api::ApiError error = call->error().value_or(api::ApiError::canceled());
            if (error.kind == api::ApiError::Kind::Canceled)
                return;
            m_state = State::Failed;
            m_ui->errorBanner->showError(tr("Could not list the versions of model %1").arg(modelId),
                                         error);
            updateTexts();
            updateActions();
            return;
        }
        m_state = State::Loaded;
        updateTexts();
        updateActions();
        Q_EMIT loaded(int(m_versions->rowCount()));
    });
    updateTexts();
    updateActions();
}

std::optional<pai::ModelVersion> VersionsPanel::currentVersion() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->versionsView->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_versions->versionAt(current.row());
}

bool VersionsPanel::selectVersion(const QString &versionName)
{
    const int row = m_versions->rowOfVersion(versionName);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_versions->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->versionsView->setCurrentIndex(index);
    m_ui->versionsView->scrollTo(index);
    return true;
}

void VersionsPanel::onCurrentChanged()
{
    if (m_restoringSelection)
        return;
    const std::optional<pai::ModelVersion> wanted = currentVersion();
    VersionEditor *form = m_editor; // an open form was built
    const bool sameAsForm =
        wanted && form && !form->isNew() && form->versionName() == wanted->versionName;
    if (isEditing() && !sameAsForm) {
        if (form->isDirty()) {
            // The row stays on what the form edits until the question is answered.
            const QString wantedName = wanted ? wanted->versionName : QString();
            m_restoringSelection = true;
            if (form->isNew() || !selectVersion(form->versionName()))
                m_ui->versionsView->selectionModel()->clearCurrentIndex();
            m_restoringSelection = false;
            form->whenLeavable([this, wantedName] {
                showReading();
                if (!wantedName.isEmpty())
                    selectVersion(wantedName);
                showVersion(currentVersion());
            });
            return;
        }
        showReading();
    }
    showVersion(wanted);
}

void VersionsPanel::showVersion(const std::optional<pai::ModelVersion> &version)
{
    m_shownVersion = version ? version->versionName : QString();
    const pai::ModelVersion shown = version.value_or(pai::ModelVersion{});
    m_ui->versionNameEdit->setText(shown.versionName);
    m_ui->versionUriEdit->setText(shown.uri);
    m_ui->versionUriEdit->setCursorPosition(0);
    m_ui->versionFormatEdit->setText(shown.formatType);
    m_ui->versionFrameworkEdit->setText(shown.frameworkType);
    m_ui->versionApprovalEdit->setText(VersionTableModel::approvalText(shown.approvalStatus));
    m_ui->versionSourceTypeEdit->setText(shown.sourceType);
    m_ui->versionSourceIdEdit->setText(shown.sourceId);
    m_ui->versionOptionsEdit->setText(shown.options);
    m_ui->versionLabelsEdit->setText(ModelTableModel::labelsText(shown.labels));
    const std::pair<QLineEdit *, QString> times[] = {
        {m_ui->versionCreatedEdit, shown.gmtCreateTime},
        {m_ui->versionModifiedEdit, shown.gmtModifiedTime}};
    for (const auto &[edit, iso] : times) {
        edit->setText(pai::DisplayText::timestamp(iso));
        edit->setToolTip(iso);
    }
    m_ui->versionOwnerEdit->setText(shown.ownerId);
    m_ui->versionUserEdit->setText(shown.userId);
    m_ui->versionDescriptionEdit->setPlainText(shown.versionDescription);
    for (QLineEdit *edit : m_ui->fields->findChildren<QLineEdit *>()) {
        if (edit != m_ui->versionCreatedEdit && edit != m_ui->versionModifiedEdit)
            edit->setToolTip(edit->text());
    }

    QJsonObject specs;
    if (version) {
        specs.insert(u"TrainingSpec"_s, shown.trainingSpec);
        specs.insert(u"InferenceSpec"_s, shown.inferenceSpec);
        specs.insert(u"EvaluationSpec"_s, shown.evaluationSpec);
        specs.insert(u"CompressionSpec"_s, shown.compressionSpec);
        specs.insert(u"DistillationSpec"_s, shown.distillationSpec);
    }
    m_specs->setExtraInfo(specs);
    m_metrics->setExtraInfo(shown.metrics);
    m_extraInfo->setExtraInfo(shown.extraInfo);
    m_otherFields->setExtraInfo(shown.unknownFields);
    for (QTreeView *tree :
         {m_ui->specsView, m_ui->metricsView, m_ui->extraInfoView, m_ui->otherFieldsView}) {
        tree->expandAll();
        tree->resizeColumnToContents(ExtraInfoModel::KeyColumn);
    }
    m_ui->fields->setEnabled(version.has_value());
    m_ui->detailsTabs->setEnabled(version.has_value());
    updateTexts();
    updateActions();
}

void VersionsPanel::updateTexts()
{
    const int total = m_versions->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_state == State::Empty)
        m_ui->countLabel->clear();
    else if (shown == total)
        m_ui->countLabel->setText(tr("%n version(s)", nullptr, total));
    else
        m_ui->countLabel->setText(tr("%1 of %n version(s)", nullptr, total).arg(shown));

    QString state;
    switch (m_state) {
    case State::Empty:
        state = m_model ? tr("Not connected: the versions cannot be listed.")
                        : tr("Select a model to see its versions.");
        break;
    case State::Loading:
        state = tr("Listing the versions of %1…").arg(m_model->modelId);
        break;
    case State::Loaded:
        if (total == 0)
            state = tr("This model has no versions yet. New Version registers one.");
        else if (shown == 0)
            state = tr("No version matches the filter.");
        break;
    case State::Failed:
        break;
    }
    m_ui->stateLabel->setText(state);
    m_ui->stateLabel->setVisible(!state.isEmpty());

    const int specsTab = m_ui->detailsTabs->indexOf(m_ui->specsTab);
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->metricsTab),
                                  tr("Metrics (%L1)").arg(m_metrics->rowCount()));
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->extraInfoTab),
                                  tr("Extra Info (%L1)").arg(m_extraInfo->rowCount()));
    m_ui->detailsTabs->setTabText(specsTab, tr("Specs"));
}

void VersionsPanel::updateActions()
{
    const std::optional<pai::ModelVersion> version =
        m_shownVersion.isEmpty() ? std::nullopt : currentVersion();
    // A gallery model's versions are Alibaba's too: they are read, never written, and the write
    // buttons say why (pai::Gallery::readOnlyReason()).
    const bool readOnly = isReadOnly();
    const bool canWrite = m_client && m_model && !readOnly && !m_writing && !isEditing();
    for (QPushButton *button : {m_ui->newVersionButton, m_ui->editVersionButton,
                                m_ui->approveButton, m_ui->rejectButton, m_ui->deleteVersionButton})
        button->setToolTip(readOnly ? pai::Gallery::readOnlyReason() : QString());
    m_ui->newVersionButton->setEnabled(canWrite && m_state == State::Loaded);
    m_ui->editVersionButton->setEnabled(canWrite && version);
    m_ui->approveButton->setEnabled(canWrite && version &&
                                    version->approvalStatus != u"Approved"_s);
    m_ui->rejectButton->setEnabled(canWrite && version && version->approvalStatus != u"Rejected"_s);
    m_ui->deleteVersionButton->setEnabled(canWrite && version);
    m_ui->copyUriButton->setEnabled(version && !version->uri.isEmpty());
}

void VersionsPanel::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void VersionsPanel::showReading()
{
    const bool hadFocus = m_editor && m_editor->isAncestorOf(QApplication::focusWidget());
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
    giveFormTheRoom(false);
    if (hadFocus)
        m_ui->versionsView->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void VersionsPanel::giveFormTheRoom(bool formShown)
{
    // At 1280x800 the form shares the pane with the model's fields and the versions table, and
    // showed three of its rows. While it is open the table and its filter step aside (the form's
    // heading names the version; Close Form brings them back), and the details pane folds the
    // model's fields.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->filterLabel), static_cast<QWidget *>(m_ui->filterEdit),
          static_cast<QWidget *>(m_ui->countLabel), static_cast<QWidget *>(m_ui->versionsView)})
        widget->setVisible(!formShown);
    Q_EMIT formShownChanged(formShown);
}

void VersionsPanel::openForm(const std::function<void()> &fill)
{
    whenLeavable([this, fill] {
        fill();
        m_ui->pages->setCurrentWidget(m_ui->editorPage);
        giveFormTheRoom(true);
        editor()->setFocus(Qt::OtherFocusReason);
        setStatus(QString());
        updateActions();
    });
}

void VersionsPanel::whenLeavable(std::function<void()> proceed)
{
    if (!isEditing()) {
        proceed();
        return;
    }
    m_editor->whenLeavable([this, proceed] {
        showReading();
        showVersion(currentVersion());
        proceed();
    });
}

bool VersionsPanel::isReadOnly() const
{
    return m_model && m_model->isGalleryModel();
}

void VersionsPanel::registerVersion()
{
    if (!m_model || !m_client || isReadOnly())
        return;
    const pai::Model model = *m_model;
    openForm([this, model] {
        editor()->newVersion(model.modelId, model.modelName, m_versions->versions());
    });
}

void VersionsPanel::editVersion()
{
    const std::optional<pai::ModelVersion> version = currentVersion();
    if (!m_model || !m_client || !version || isReadOnly())
        return;
    const pai::Model model = *m_model;
    openForm([this, model, version] { editor()->load(model.modelId, model.modelName, *version); });
}

void VersionsPanel::approveVersion()
{
    setApproval(pai::ApprovalStatus::Approved);
}

void VersionsPanel::rejectVersion()
{
    setApproval(pai::ApprovalStatus::Rejected);
}

void VersionsPanel::setApproval(pai::ApprovalStatus status)
{
    const std::optional<pai::ModelVersion> version = currentVersion();
    if (!m_model || !m_client || !version || m_writing || isEditing() || isReadOnly())
        return;
    pai::ModelVersionDraft wanted = pai::ModelVersionDraft::fromVersion(*version);
    wanted.approvalStatus = pai::apiName(status);
    const changes::VersionPlan plan =
        changes::VersionPlan::update(m_model->modelId, *version, wanted);
    const bool approve = status == pai::ApprovalStatus::Approved;
    VersionWriteFlow::Review review;
    review.modelName = m_model->modelName;
    review.objectName = approve ? u"approveVersionReview"_s : u"rejectVersionReview"_s;
    review.title = approve ? tr("Approve version") : tr("Reject version");
    review.question =
        approve ? tr("Approve version %1 of the model \"%2\" (ID %3)? Its approval status "
                     "becomes Approved: it may go online.")
                      .arg(version->versionName, m_model->modelName, m_model->modelId)
                : tr("Reject version %1 of the model \"%2\" (ID %3)? Its approval status "
                     "becomes Rejected: it may not go online.")
                      .arg(version->versionName, m_model->modelName, m_model->modelId);
    review.sendText = approve ? tr("&Approve") : tr("Re&ject");
    const QString operation = approve ? tr("Approving version %1 of the model \"%2\"")
                                            .arg(version->versionName, m_model->modelName)
                                      : tr("Rejecting version %1 of the model \"%2\"")
                                            .arg(version->versionName, m_model->modelName);
    VersionWriteFlow::review(this, plan, review,
                             [this, plan, operation] { runPlan(plan, operation); });
}

void VersionsPanel::deleteVersion()
{
    const std::optional<pai::ModelVersion> version = currentVersion();
    if (!m_model || !m_client || !version || m_writing || isEditing() || isReadOnly())
        return;
    const changes::VersionPlan plan = changes::VersionPlan::remove(m_model->modelId, *version);
    VersionWriteFlow::Review review;
    review.modelName = m_model->modelName;
    review.objectName = u"deleteVersionConfirmation"_s;
    review.title = tr("Delete version");
    review.question = tr("Delete version %1 of the model \"%2\" (ID %3)? This cannot be undone.")
                          .arg(version->versionName, m_model->modelName, m_model->modelId);
    review.sendText = tr("&Delete");
    const QString operation =
        tr("Deleting version %1 of the model \"%2\"").arg(version->versionName, m_model->modelName);
    VersionWriteFlow::review(this, plan, review,
                             [this, plan, operation] { runPlan(plan, operation); });
}

void VersionsPanel::runPlan(const changes::VersionPlan &plan, const QString &operation)
{
    if (m_writing || !m_client)
        return;
    m_writing = true;
    updateActions();
    VersionWriteFlow::run(this, m_client, m_timeouts, plan, operation,
                          [this](const changes::WriteOutcome &outcome) {
                              m_writing = false;
                              afterWrite(outcome);
                          });
}

void VersionsPanel::afterWrite(const changes::WriteOutcome &outcome)
{
    const QString name = outcome.versionName;
    if (outcome.serverVersion)
        m_versions->upsertVersion(*outcome.serverVersion);
    else if (outcome.kind == changes::PlanKind::Delete && outcome.succeeded())
        m_versions->removeVersion(name);
    if (outcome.succeeded()) {
        switch (outcome.kind) {
        case changes::PlanKind::Delete:
            setStatus(tr("Deleted version %1.").arg(name));
            break;
        default:
            setStatus(
                tr("Saved version %1: its approval status is %2.")
                    .arg(name, VersionTableModel::approvalText(
                                   outcome.serverVersion ? outcome.serverVersion->approvalStatus
                                                         : QString())));
            break;
        }
    } else {
        setStatus(tr("The write to version %1 did not fully take effect; the progress dialog "
                     "says what the server holds.")
                      .arg(name));
    }
    showVersion(currentVersion());
    refreshModel();
}

void VersionsPanel::refreshModel()
{
    if (!m_client || !m_model)
        return;
    if (m_modelRead)
        m_modelRead->cancel();
    api::GetModelCall *call = m_client->getModel(m_model->modelId, QDeadlineTimer(m_timeouts.read));
    m_modelRead = call;
    connect(call, &api::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_modelRead != call)
            return;
        m_modelRead = nullptr;
        if (!call->succeeded() || !call->model() || !m_model ||
            call->model()->modelId != m_model->modelId)
            return;
        m_model = *call->model();
        Q_EMIT modelRefreshed(*m_model);
    });
}

void VersionsPanel::copyUri()
{
    const std::optional<pai::ModelVersion> version = currentVersion();
    if (!version || version->uri.isEmpty())
        return;
    QApplication::clipboard()->setText(version->uri);
    setStatus(tr("Copied the Uri of version %1: %2").arg(version->versionName, version->uri));
    Q_EMIT uriCopied(version->uri);
}

void VersionsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->versionsView->indexAt(position);
    if (index.isValid())
        m_ui->versionsView->setCurrentIndex(index);
    m_menu->clear();
    const std::pair<QPushButton *, void (VersionsPanel::*)()> entries[] = {
        {m_ui->editVersionButton, &VersionsPanel::editVersion},
        {m_ui->approveButton, &VersionsPanel::approveVersion},
        {m_ui->rejectButton, &VersionsPanel::rejectVersion},
        {m_ui->deleteVersionButton, &VersionsPanel::deleteVersion},
        {m_ui->copyUriButton, &VersionsPanel::copyUri},
        {m_ui->newVersionButton, &VersionsPanel::registerVersion},
    };
    for (const auto &[button, slot] : entries) {
        QAction *action = m_menu->addAction(button->text(), this, slot);
        action->setObjectName(button->objectName().replace(u"Button"_s, u"Action"_s));
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
    }
    m_menu->setToolTipsVisible(true); // a gallery model's read-only reason
    m_menu->popup(m_ui->versionsView->viewport()->mapToGlobal(position));
}

void VersionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        updateActions(); // the read-only tooltips
    }
    QWidget::changeEvent(event);
}

} // namespace gui
