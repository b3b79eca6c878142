#pragma once

#include "gui/settings/timeoutsettings.h"
#include "pai/model.h"
#include "pai/workspace.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ModelPane;
}

namespace api {
class ApiClient;
}

namespace gui {

class DetailsPane;
class ModelEditor;
class VersionsPanel;

// The window's one place for one model. It reads (every field, DetailsPane) until Edit (F2)
// turns it, in place, into the form (ModelEditor); Stop Editing, Escape, a save or a delete turn
// it back. Whatever leaves a form with unsaved changes goes through the editor's prompt first,
// so nothing typed is lost. Which model it shows is the host's business: the window points it at
// the selected row.
//
// The form is built on first use (editor(), edit(), createModel()): with its style sheet it is
// a good part of the window's widgets, and the first window should not wait for it. Until then
// the pane keeps what the form is to be given (client, timeouts, workspaces).
class ModelPane : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Reading, Editing };
    Q_ENUM(Mode)

    explicit ModelPane(QWidget *parent = nullptr);
    ~ModelPane() override;

    DetailsPane *details() const;
    // The form, built now if it was not yet.
    ModelEditor *editor();
    // The form holds unsaved changes; false while it was never built (without building it).
    bool isEditorDirty() const;
    VersionsPanel *versions() const; // the reading face's Versions tab, built on first use

    // Both forms write through this client, under these timeouts.
    void setApiClient(api::ApiClient *client);
    void setTimeouts(const TimeoutSettings &timeouts);
    // The workspaces the form offers.
    void setWorkspaces(const QList<pai::Workspace> &workspaces);
    Mode mode() const { return m_mode; }
    bool isEditing() const { return m_mode == Mode::Editing; }
    // A form (the model's, or a version's in the Versions tab) holds something typed that is not
    // saved.
    bool hasUnsavedEdit() const;
    bool hasUnsavedVersionEdit() const;
    // Leaves an open version form, asking first if it holds unsaved changes; `then` never runs
    // after Cancel.
    void leaveVersionForm(const std::function<void()> &then);
    // The model the open form edits; empty while reading or for a new model.
    QString editedModelId() const;

    // The form for `model` (or for a new model in `workspaceId`), once the unsaved-changes
    // prompt allows leaving what is open. Nothing for a gallery model, which is read-only. Editing
    // the model already in the form only focuses it.
    void edit(const pai::Model &model);
    void createModel(const QString &workspaceId);
    // Back to reading once the prompts allow (a version form first, then the model's form);
    // `then` runs after that, and never after Cancel.
    void stopEditing(const std::function<void()> &then = {});
    // Reading, without asking: the form has nothing left to keep (saved, deleted).
    void showReading();

Q_SIGNALS:
    void modeChanged(gui::ModelPane::Mode mode);
    // The details' Edit button; the host knows which model is selected.
    void editRequested();
    // The form's: a model was saved (created, adopted or updated) or deleted. The pane reads
    // again before these reach the host.
    void modelSaved(const pai::Model &model);
    void modelDeleted(const QString &modelId);

private:
    void setMode(Mode mode);

    std::unique_ptr<Ui::ModelPane> m_ui;
    ModelEditor *m_editor = nullptr; // built on first use
    QPointer<api::ApiClient> m_client;
    std::optional<TimeoutSettings> m_timeouts;
    std::optional<QList<pai::Workspace>> m_workspaces;
    Mode m_mode = Mode::Reading;
};

} // namespace gui
