#include "gui/modelpane/modelpane.h"

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
    connect(m_ui->editor, &ModelEditor::stopEditingRequested, this, [this] { stopEditing(); });
    // Connected before the host's handlers, so the pane reads again by the time the host shows
    // the saved model or selects a deleted one's neighbour.
    connect(m_ui->editor, &ModelEditor::modelSaved, this, &ModelPane::showReading);
    connect(m_ui->editor, &ModelEditor::modelDeleted, this, &ModelPane::showReading);
}

ModelPane::~ModelPane() = default;

DetailsPane *ModelPane::details() const
{
    return m_ui->detailsPane;
}

ModelEditor *ModelPane::editor() const
{
    return m_ui->editor;
}

VersionsPanel *ModelPane::versions() const
{
    return m_ui->detailsPane->versions();
}

void ModelPane::setApiClient(api::ApiClient *client)
{
    m_ui->editor->setApiClient(client);
    versions()->setApiClient(client);
}

void ModelPane::setTimeouts(const TimeoutSettings &timeouts)
{
    m_ui->editor->setTimeouts(timeouts);
    versions()->setTimeouts(timeouts);
}

bool ModelPane::hasUnsavedEdit() const
{
    return (isEditing() && m_ui->editor->isDirty()) || hasUnsavedVersionEdit();
}

bool ModelPane::hasUnsavedVersionEdit() const
{
    return versions()->hasUnsavedEdit();
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
    return isEditing() ? m_ui->editor->modelId() : QString();
}

void ModelPane::edit(const pai::Model &model)
{
    // A gallery model is read-only (pai::Model::isGalleryModel()): no form opens for it.
    if (model.isGalleryModel())
        return;
    if (isEditing() && !m_ui->editor->isNew() && m_ui->editor->modelId() == model.modelId) {
        m_ui->editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_ui->editor->openModel(model, [this] { setMode(Mode::Editing); });
}

void ModelPane::createModel(const QString &workspaceId)
{
    m_ui->editor->openNewModel(workspaceId, [this] { setMode(Mode::Editing); });
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
    m_ui->editor->whenLeavable([this, then] {
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
    QWidget *page = mode == Mode::Editing ? static_cast<QWidget *>(m_ui->editor)
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
