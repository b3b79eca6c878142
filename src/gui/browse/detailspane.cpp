#include "gui/browse/detailspane.h"

#include "api/apiclient.h"
#include "gui/models/extrainfomodel.h"
#include "gui/models/labeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "gui/versions/versionspanel.h"
#include "gui/versions/versiontablemodel.h"
#include "pai/displaytext.h"
#include "pai/gallery.h"
#include "ui_detailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString numberText(const std::optional<qint64> &number)
{
    return number ? QString::number(*number) : QString();
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DetailsPane>())
    , m_labels(new LabelTableModel(this))
    , m_extraInfo(new ExtraInfoModel(this))
    , m_otherFields(new ExtraInfoModel(this))
{
    m_ui->setupUi(this);
    // Go to Details (Alt+3) focuses the pane; the pane draws no focus of its own, so the first
    // field takes it and shows it.
    setFocusProxy(m_ui->nameEdit);
    m_ui->labelsView->setModel(m_labels);
    m_ui->labelsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->extraInfoView->setModel(m_extraInfo);
    m_ui->otherFieldsView->setModel(m_otherFields);
    for (QTreeView *tree : {m_ui->extraInfoView, m_ui->otherFieldsView})
        tree->header()->setSectionResizeMode(QHeaderView::Interactive);

    connect(m_ui->editButton, &QPushButton::clicked, this, &DetailsPane::editRequested);
    connect(m_ui->copyToWorkspaceButton, &QPushButton::clicked, this, &DetailsPane::copyRequested);
    connect(m_ui->copyIdButton, &QPushButton::clicked, this, &DetailsPane::copyId);
    connect(m_ui->openDocButton, &QPushButton::clicked, this, &DetailsPane::openDocumentation);
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this,
            [this] { Q_EMIT retryRequested(m_modelId); });
    // The tab never shows empty: the panel is built when it is chosen, if no model was shown yet.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->versionsTab)
            versions();
    });
    clear();
}

DetailsPane::~DetailsPane() = default;

void DetailsPane::setFieldsEnabled(bool enabled)
{
    m_ui->fields->setEnabled(enabled);
    m_ui->tabs->setEnabled(enabled);
    // A gallery model is Alibaba's: it is read here and copied, never edited.
    const bool gallery = m_model && m_model->isGalleryModel();
    m_ui->editButton->setEnabled(enabled && m_model.has_value() && !gallery);
    m_ui->copyToWorkspaceButton->setVisible(gallery);
    m_ui->copyToWorkspaceButton->setEnabled(enabled && gallery);
    m_ui->readOnlyLabel->setVisible(gallery);
    m_ui->copyIdButton->setEnabled(enabled && !m_modelId.isEmpty());
    m_ui->openDocButton->setEnabled(enabled && m_model && !m_model->modelDoc.isEmpty());
}

VersionsPanel *DetailsPane::versions()
{
    if (m_versions)
        return m_versions;
    m_versions = new VersionsPanel(m_ui->versionsTab);
    m_versions->setObjectName(u"versionsPanel"_s);
    m_ui->versionsTabLayout->addWidget(m_versions);
    m_versions->setApiClient(m_client);
    if (m_timeouts)
        m_versions->setTimeouts(*m_timeouts);
    connect(m_versions, &VersionsPanel::loaded, this, &DetailsPane::updateTexts);
    // A version form gets the pane's height: the model's own fields fold while it is open.
    connect(m_versions, &VersionsPanel::formShownChanged, m_ui->fieldsScroll,
            [this](bool shown) { m_ui->fieldsScroll->setVisible(!shown); });
    connect(m_versions, &VersionsPanel::modelRefreshed, this, [this](const pai::Model &model) {
        if (model.modelId != m_modelId)
            return;
        showModel(model);
        Q_EMIT modelRefreshed(model);
    });
    return m_versions;
}

void DetailsPane::setApiClient(api::ApiClient *client)
{
    m_client = client;
    if (m_versions)
        m_versions->setApiClient(client);
}

void DetailsPane::setTimeouts(const TimeoutSettings &timeouts)
{
    m_timeouts = timeouts;
    if (m_versions)
        m_versions->setTimeouts(timeouts);
}

bool DetailsPane::hasUnsavedVersionEdit() const
{
    return m_versions && m_versions->hasUnsavedEdit();
}

void DetailsPane::clear()
{
    resetFields();
    if (m_versions)
        m_versions->clear();
}

void DetailsPane::resetFields()
{
    m_model.reset();
    m_modelId.clear();
    m_ui->stateLabel->show();
    // With no model there is nothing to read: the pane says so on one line instead of showing
    // empty, greyed fields (which also keeps them out of the first window's paint).
    m_ui->detailsSplitter->hide();
    m_ui->errorBanner->clear();
    for (QLineEdit *edit : m_ui->fields->findChildren<QLineEdit *>())
        edit->clear();
    m_ui->descriptionEdit->clear();
    m_labels->setLabels({});
    m_extraInfo->setExtraInfo({});
    m_otherFields->setExtraInfo({});
    setFieldsEnabled(false);
    updateTexts();
}

void DetailsPane::showLoading(const QString &modelId)
{
    resetFields();
    if (m_versions && m_versions->shownModelId() != modelId)
        m_versions->clear();
    m_modelId = modelId;
    m_ui->idEdit->setText(modelId);
    m_ui->detailsSplitter->show();
    updateTexts();
}

void DetailsPane::showError(const QString &modelId, const api::ApiError &error)
{
    resetFields();
    if (m_versions && m_versions->shownModelId() != modelId)
        m_versions->clear();
    m_modelId = modelId;
    m_ui->idEdit->setText(modelId);
    m_ui->detailsSplitter->show();
    m_ui->stateLabel->hide();
    m_ui->errorBanner->showError(tr("Could not load model %1").arg(modelId), error);
    m_ui->copyIdButton->setEnabled(true);
}

QString DetailsPane::readOnlyText() const
{
    return m_model && m_model->isGalleryModel() ? m_ui->readOnlyLabel->text() : QString();
}

QString DetailsPane::errorText() const
{
    return m_ui->errorBanner->isVisibleTo(this) ? m_ui->errorBanner->text() : QString();
}

void DetailsPane::showModel(const pai::Model &model)
{
    m_ui->errorBanner->clear();
    m_ui->stateLabel->hide();
    m_ui->detailsSplitter->show();
    m_model = model;
    m_modelId = model.modelId;

    m_ui->nameEdit->setText(model.modelName);
    m_ui->idEdit->setText(model.modelId);
    // A gallery model belongs to no workspace: an empty field would read as missing data.
    m_ui->workspaceEdit->setText(
        model.isGalleryModel()
            ? tr("None: a public model of the Model Gallery")
            : (m_workspaces ? m_workspaces->workspaceText(model.workspaceId) : model.workspaceId));
    m_ui->domainEdit->setText(model.domain);
    m_ui->taskEdit->setText(model.task);
    m_ui->originEdit->setText(model.origin);
    m_ui->typeEdit->setText(model.modelType);
    m_ui->providerEdit->setText(model.provider);
    m_ui->accessibilityEdit->setText(model.accessibility);
    m_ui->orderNumberEdit->setText(numberText(model.orderNumber));
    m_ui->parameterSizeEdit->setText(
        model.parameterSize ? pai::DisplayText::parameterSize(*model.parameterSize) : QString());
    m_ui->parameterSizeEdit->setToolTip(numberText(model.parameterSize));
    m_ui->ownerEdit->setText(model.ownerId);
    m_ui->userEdit->setText(model.userId);
    // Local time with the year; the tooltip has what the server sent.
    const std::pair<QLineEdit *, QString> times[] = {
        {m_ui->createdEdit, model.gmtCreateTime},
        {m_ui->modifiedEdit, model.gmtModifiedTime},
        {m_ui->versionModifiedEdit, model.gmtLatestVersionModifiedTime}};
    for (const auto &[edit, iso] : times) {
        edit->setText(pai::DisplayText::timestamp(iso));
        edit->setToolTip(iso);
    }
    m_ui->docEdit->setText(model.modelDoc);
    m_ui->descriptionEdit->setPlainText(model.modelDescription);

    m_labels->setLabels(model.labels);
    m_extraInfo->setExtraInfo(model.extraInfo);
    m_otherFields->setExtraInfo(model.unknownFields);
    versions()->showModel(model);
    m_ui->extraInfoView->expandAll();
    for (int column = 0; column < ExtraInfoModel::ColumnCount; ++column)
        m_ui->extraInfoView->resizeColumnToContents(column);
    updateTexts();
    setFieldsEnabled(true);
}

void DetailsPane::updateTexts()
{
    const bool gallery = m_model && m_model->isGalleryModel();
    m_ui->editButton->setToolTip(
        gallery ? pai::Gallery::readOnlyReason()
                : tr("Edit this model here, in place (%1)")
                      .arg(QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)));
    m_ui->readOnlyLabel->setText(pai::Gallery::readOnlyReason());
    m_ui->copyToWorkspaceButton->setToolTip(
        tr("A private copy of this gallery model, in a workspace of yours, which you can change"));
    if (m_modelId.isEmpty())
        m_ui->stateLabel->setText(tr("Select a model to see its details."));
    else if (!m_model)
        m_ui->stateLabel->setText(tr("Loading %1…").arg(m_modelId));
    if (!m_model) {
        // No counts without a model: the last model's counts beside an empty pane would
        // describe a model that is no longer shown.
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->labelsTab), tr("Labels"));
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->extraInfoTab), tr("Extra Info"));
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->versionsTab), tr("Versions"));
        return;
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->labelsTab),
                           tr("Labels (%L1)").arg(m_model->labels.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->extraInfoTab),
                           tr("Extra Info (%L1)").arg(m_model->extraInfo.size()));
    const VersionsPanel *versions = m_versions;
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->versionsTab),
                           versions && versions->state() == VersionsPanel::State::Loaded
                               ? tr("Versions (%L1)").arg(versions->versionModel()->rowCount())
                               : tr("Versions"));
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void DetailsPane::copyId()
{
    if (m_modelId.isEmpty())
        return;
    QApplication::clipboard()->setText(m_modelId);
    Q_EMIT idCopied(m_modelId);
}

void DetailsPane::openDocumentation()
{
    if (!m_model || m_model->modelDoc.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(m_model->modelDoc);
    // Only web pages: a model_doc pointing at a file or a custom scheme is not opened blindly.
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
}

} // namespace gui
