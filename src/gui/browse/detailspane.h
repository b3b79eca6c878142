#pragma once

#include "api/apierror.h"
#include "gui/settings/timeoutsettings.h"
#include "pai/model.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DetailsPane;
}

namespace api {
class ApiClient;
}

namespace gui {

class ExtraInfoModel;
class LabelTableModel;
class VersionsPanel;
class WorkspaceListModel;

// Every field of one model as GetModel returned it: the scalar fields as read-only text, the
// labels as a table, extra_info and any fields this version of PaiDesk does not know as
// expandable trees that keep nesting, and every version in the Versions tab (the latest first,
// so the model's LatestVersion needs no tab of its own).
//
// The Versions tab's panel is built when the first model is shown (or versions() is called):
// the first window, with no model selected yet, does without its widgets.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    void showModel(const pai::Model &model);
    void showLoading(const QString &modelId);
    void showError(const QString &modelId, const api::ApiError &error);
    void clear();

    const std::optional<pai::Model> &model() const { return m_model; }
    QString shownModelId() const { return m_modelId; }
    // Where the pane finds a workspace's name, to show it beside the ID.
    void setWorkspaceNames(const WorkspaceListModel *workspaces) { m_workspaces = workspaces; }
    LabelTableModel *labelModel() const { return m_labels; }
    ExtraInfoModel *extraInfoModel() const { return m_extraInfo; }
    // The Versions tab: the shown model's versions, their details and forms. Built now if it was
    // not yet.
    VersionsPanel *versions();
    // What the Versions tab lists and writes with; kept until the panel is built.
    void setApiClient(api::ApiClient *client);
    void setTimeouts(const TimeoutSettings &timeouts);
    // A version form holds unsaved changes (false while the panel was never built).
    bool hasUnsavedVersionEdit() const;
    QString errorText() const;
    // Why the model shown cannot be edited (a gallery model); empty when it can.
    QString readOnlyText() const;

public Q_SLOTS:
    void copyId();
    void openDocumentation();

Q_SIGNALS:
    void retryRequested(const QString &modelId);
    void idCopied(const QString &modelId);
    // The Edit button: the host turns the pane into the form for this model.
    void editRequested();
    // A gallery model's Copy to Workspace button.
    void copyRequested();
    // The model was read again after a write to one of its versions (its LatestVersion changed).
    void modelRefreshed(const pai::Model &model);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setFieldsEnabled(bool enabled);
    // Empties the fields; the Versions tab keeps its model while the same model is read again.
    void resetFields();
    // The texts that depend on what is shown (state line, tab counts), in the current language.
    void updateTexts();

    std::unique_ptr<Ui::DetailsPane> m_ui;
    LabelTableModel *m_labels;
    ExtraInfoModel *m_extraInfo;
    ExtraInfoModel *m_otherFields;
    std::optional<pai::Model> m_model;
    QString m_modelId;
    const WorkspaceListModel *m_workspaces = nullptr;
    VersionsPanel *m_versions = nullptr; // built on first use
    QPointer<api::ApiClient> m_client;
    std::optional<TimeoutSettings> m_timeouts;
};

} // namespace gui
