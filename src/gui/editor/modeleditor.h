#pragma once

#include "api/apiclient.h"
#include "changes/modelwriter.h"
#include "gui/settings/timeoutsettings.h"
#include "pai/fieldrules.h"
#include "pai/model.h"
#include "pai/modeldraft.h"
#include "pai/workspace.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;

namespace Ui {
class ModelEditor;
}

namespace gui {

class ExtraInfoEditModel;
class LabelEditModel;
class OperationProgressDialog;

// The form that creates, edits and deletes one model. It validates as the person types, keeps
// Save disabled with a line saying why, shows the exact requests before sending them, runs every
// write under its timeout with a progress dialog, and never drops what was typed: after a failed
// or partial save the form keeps the person's values and the reloaded server copy becomes the
// base for the next diff.
//
// The host (the main window) sets the client, the workspaces and the timeouts, then calls
// newModel() or load(); to switch models or quit it goes through whenLeavable().
class ModelEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ModelEditor(QWidget *parent = nullptr);
    ~ModelEditor() override;

    void setApiClient(api::ApiClient *client);
    void setTimeouts(const TimeoutSettings &timeouts);
    TimeoutSettings timeouts() const { return m_timeouts; }
    void setWorkspaces(const QList<pai::Workspace> &workspaces);

    // Replace the form's contents without asking; see openModel()/openNewModel() for the
    // versions that protect unsaved changes.
    void newModel(const QString &workspaceId = QString());
    void load(const pai::Model &model);
    // After asking about unsaved changes (asynchronously): `opened` runs once the model is in
    // the form, and never when the person cancels.
    void openModel(const pai::Model &model, std::function<void()> opened = {});
    // Fetches the model (GetModel, read timeout, a progress dialog if slower than 400 ms) and
    // loads it; loadFailed() if it cannot be read. openModelById() asks about unsaved changes
    // first.
    void loadById(const QString &modelId);
    void openModelById(const QString &modelId);
    void openNewModel(const QString &workspaceId = QString(), std::function<void()> opened = {});

    bool isNew() const { return !m_loaded.has_value(); }
    QString modelId() const { return m_loaded ? m_loaded->modelId : QString(); }
    std::optional<pai::Model> loadedModel() const { return m_loaded; }
    pai::ModelDraft currentDraft() const;
    bool isDirty() const;
    bool isBusy() const { return m_writer != nullptr; }
    // Everything that blocks Save, each naming its field ("OrderNumber", "Labels[1].Key").
    QList<pai::FieldError> errors() const;
    bool canSave() const;
    QString statusText() const;

    // Save / Discard / Cancel when there are unsaved changes, without blocking: `proceed` runs
    // once the form may be left (nothing to save, discarded, or saved), and never after Cancel
    // or a save that did not succeed.
    void whenLeavable(std::function<void()> proceed);

public Q_SLOTS:
    void save();          // review, then the save; asynchronous
    void requestDelete(); // confirmation naming the model and its ID, then the delete
    void revert();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void modelSaved(const pai::Model &model); // created, adopted or updated
    void modelDeleted(const QString &modelId);
    void saveFlowEnded(bool saved); // the review was declined or the save ended
    void loadFailed(const QString &modelId, const QString &message);
    // Stop Editing or Escape: the host leaves the form (asking first if it is dirty).
    void stopEditingRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpCombos();
    // Texts set in code, in the current language.
    void retranslate();
    void updateHeading();
    void populate(const pai::ModelDraft &draft);
    void onFormEdited();
    void onRawJsonEdited();
    void onExtraInfoTableEdited();
    void refreshRawJson(const QJsonObject &object);
    void refreshValidation();
    void updateSectionTabs(const QList<pai::FieldError> &problems);
    void startSave(const changes::ModelPlan &plan);
    OperationProgressDialog *createProgressDialog(const QString &operation);
    changes::ModelWriter *createWriter(OperationProgressDialog *dialog);
    void endWrite();
    void onSaveFinished(const changes::WriteOutcome &outcome, const pai::ModelDraft &sent);
    void setFormEnabled(bool enabled);
    void selectWorkspace(const QString &workspaceId);

    std::unique_ptr<Ui::ModelEditor> ui;
    QAction *m_saveAction = nullptr;
    QAction *m_stopEditingAction = nullptr;
    LabelEditModel *m_labels;
    ExtraInfoEditModel *m_extraInfo;
    QPointer<api::ApiClient> m_client;
    TimeoutSettings m_timeouts;
    QList<pai::Workspace> m_workspaces;
    std::optional<pai::Model> m_loaded;
    pai::ModelDraft m_baseline;     // the server's copy: what a save is diffed against
    pai::ModelDraft m_formBaseline; // the widgets right after loading: what dirty means
    // Which editor holds ExtraInfo: the raw tab once it is typed in, else the table.
    bool m_rawJsonLeads = false;
    QJsonObject m_rawObject;
    std::optional<pai::FieldError> m_rawJsonError;
    bool m_populating = false;
    bool m_lastDirty = false;
    QPointer<changes::ModelWriter> m_writer;
    bool m_leaveApproved = false; // closeEvent: the prompt was answered, close now
};

} // namespace gui
