#include "gui/modelpane/modelpane.h"

#include "api/apiclient.h"
#include "gui/browse/detailspane.h"
#include "gui/editor/modeleditor.h"
#include "gui/versions/versionspanel.h"
#include "ui_modelpane.h"

#include <QApplication>

namespace gui {

ModelPane::ModelPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ModelPane>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->detailsPane);
    connect(m_ui->detailsPane, &DetailsPane::editRequested, this, &ModelPane::editRequested);
}

ModelPane::~ModelPane() = default;

DetailsPane *ModelPane::details() const
{
    return m_ui->detailsPane;
}

ModelEditor *ModelPane::editor()
{
    if (m_editor)
        return m_editor;
    m_editor = new ModelEditor(m_ui->pages);
    m_editor->setObjectName(QStringLiteral("editor"));
    m_ui->pages->addWidget(m_editor);
    m_editor->setApiClient(m_client);
    if (m_timeouts)
        m_editor->setTimeouts(*m_timeouts);
    if (m_workspaces)
        m_editor->setWorkspaces(*m_workspaces);
    connect(m_editor, &ModelEditor::stopEditingRequested, this, [this] { stopEditing(); });
    // The pane reads again before the host hears of it, so by the time the host shows the saved
    // model or selects a deleted one's neighbour, the details are what is shown.
    connect(m_editor, &ModelEditor::modelSaved, this, [this](const pai::Model &model) {
        showReading();
        Q_EMIT modelSaved(model);
    });
    connect(m_editor, &ModelEditor::modelDeleted, this, [this](const QString &modelId) {
        showReading();
        Q_EMIT modelDeleted(modelId);
    });
    return m_editor;
}

bool ModelPane::isEditorDirty() const
{
    return m_editor && m_editor->isDirty();
}

VersionsPanel *ModelPane::versions() const
{
    return m_ui->detailsPane->versions();
}

void ModelPane::setApiClient(api::ApiClient *client)
{
    m_client = client;
    if (m_editor)
        m_editor->setApiClient(client);
    m_ui->detailsPane->setApiClient(client);
}

void ModelPane::setTimeouts(const TimeoutSettings &timeouts)
{
    m_timeouts = timeouts;
    if (m_editor)
        m_editor->setTimeouts(timeouts);
    m_ui->detailsPane->setTimeouts(timeouts);
}

void ModelPane::setWorkspaces(const QList<pai::Workspace> &workspaces)
{
    m_workspaces = workspaces;
    if (m_editor)
        m_editor->setWorkspaces(workspaces);
}

bool ModelPane::hasUnsavedEdit() const
{
    return (isEditing() && m_editor->isDirty()) || hasUnsavedVersionEdit();
}

bool ModelPane::hasUnsavedVersionEdit() const
{
    return m_ui->detailsPane->hasUnsavedVersionEdit();
}

void ModelPane::leaveVersionForm(const std::function<void()> &then)
{
    versions()->whenLeavable([then] {
        if (then)
            then();
    });
}

QString ModelPane::editedModelId() const
{
    return isEditing() ? m_editor->modelId() : QString();
}

void ModelPane::edit(const pai::Model &model)
{
    // A gallery model is read-only (pai::Model::isGalleryModel()): no form opens for it.
    if (model.isGalleryModel())
        return;
    if (isEditing() && !m_editor->isNew() && m_editor->modelId() == model.modelId) {
        m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    editor()->openModel(model, [this] { setMode(Mode::Editing); });
}

void ModelPane::createModel(const QString &workspaceId)
{
    editor()->openNewModel(workspaceId, [this] { setMode(Mode::Editing); });
}

void ModelPane::stopEditing(const std::function<void()> &then)
{
    if (hasUnsavedVersionEdit()) {
        leaveVersionForm([this, then] { stopEditing(then); });
        return;
    }
    if (!isEditing()) {
        if (then)
            then();
        return;
    }
    m_editor->whenLeavable([this, then] {
        setMode(Mode::Reading);
        if (then)
            then();
    });
}

void ModelPane::showReading()
{
    setMode(Mode::Reading);
}

void ModelPane::setMode(Mode mode)
{
    QWidget *page = mode == Mode::Editing ? static_cast<QWidget *>(editor())
                                          : static_cast<QWidget *>(m_ui->detailsPane);
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_ui->pages->setCurrentWidget(page);
    setFocusProxy(page);
    // Entering the form puts the cursor in it; leaving it returns focus to what is shown, not to
    // a hidden field.
    if (mode == Mode::Editing || hadFocus)
        page->setFocus(Qt::OtherFocusReason);
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

} // namespace gui
