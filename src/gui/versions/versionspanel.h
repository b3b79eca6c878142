#pragma once

#include "api/apiclient.h"
#include "gui/settings/timeoutsettings.h"
#include "pai/model.h"
#include "pai/modelversion.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class VersionsPanel;
}

namespace changes {
struct WriteOutcome;
class VersionPlan;
} // namespace changes

namespace gui {

class ExtraInfoModel;
class VersionEditor;
class VersionTableModel;

// The Versions tab of the model pane's reading face: every version of the shown model (listed
// with ListModelVersions, every page, cancelled when the model changes; an error banner with
// Retry), sortable and quickly filtered; the selected version's every field, its specs, metrics
// and extra info as trees; and the actions on it: register a new version and edit one in a form
// (VersionEditor, in place of the details), approve, reject, delete, copy the Uri. Every write
// runs through VersionWriteFlow; afterwards the table shows the version read back, and the model
// is read again so its LatestVersion is current (modelRefreshed()).
//
// The form is built on first use: with its style sheet it costs more than the rest of the
// panel, and the first window should not wait for a form that most sessions never open.
class VersionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit VersionsPanel(QWidget *parent = nullptr);
    ~VersionsPanel() override;

    void setApiClient(api::ApiClient *client);
    void setTimeouts(const TimeoutSettings &timeouts);

    // Lists the versions of `model`. The same model again (after it was read again) keeps the
    // table, the selection and an open form.
    void showModel(const pai::Model &model);
    void clear();
    void reload();

    State state() const { return m_state; }
    QString shownModelId() const { return m_model ? m_model->modelId : QString(); }
    // The shown model is a gallery model: its versions are listed, never written.
    bool isReadOnly() const;
    VersionTableModel *versionModel() const { return m_versions; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const;
    // The register and edit form, built now if it was not yet.
    VersionEditor *editor();
    ExtraInfoModel *specsModel() const { return m_specs; }
    ExtraInfoModel *metricsModel() const { return m_metrics; }
    ExtraInfoModel *extraInfoModel() const { return m_extraInfo; }
    std::optional<pai::ModelVersion> currentVersion() const;
    bool selectVersion(const QString &versionName);
    bool isEditing() const;
    bool hasUnsavedEdit() const;
    QString statusText() const;
    QString errorText() const;

    // Leaves an open version form, asking first when it holds unsaved changes; `proceed` never
    // runs after Cancel.
    void whenLeavable(std::function<void()> proceed);

public Q_SLOTS:
    void registerVersion();
    void editVersion();
    void approveVersion();
    void rejectVersion();
    void deleteVersion();
    void copyUri();

Q_SIGNALS:
    void loaded(int count);
    // The model read again after a version write: its LatestVersion is the server's.
    void modelRefreshed(const pai::Model &model);
    void uriCopied(const QString &uri);
    // The register or edit form opened (true) or closed (false): the host may make room for it.
    void formShownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startListing();
    void giveFormTheRoom(bool formShown);
    void onCurrentChanged();
    void showVersion(const std::optional<pai::ModelVersion> &version);
    void updateTexts();
    void updateActions();
    void setStatus(const QString &text);
    void showReading();
    void openForm(const std::function<void()> &fill);
    void setApproval(pai::ApprovalStatus status);
    void runPlan(const changes::VersionPlan &plan, const QString &operation);
    void afterWrite(const changes::WriteOutcome &outcome);
    void refreshModel();
    void showContextMenu(const QPoint &position);

    std::unique_ptr<Ui::VersionsPanel> m_ui;
    VersionEditor *m_editor = nullptr; // built on first use
    VersionTableModel *m_versions;
    QSortFilterProxyModel *m_proxy;
    ExtraInfoModel *m_specs;
    ExtraInfoModel *m_metrics;
    ExtraInfoModel *m_extraInfo;
    ExtraInfoModel *m_otherFields;
    QMenu *m_menu;
    QPointer<api::ApiClient> m_client;
    TimeoutSettings m_timeouts;
    std::optional<pai::Model> m_model;
    QPointer<api::ListAllModelVersionsCall> m_listing;
    QPointer<api::GetModelCall> m_modelRead;
    State m_state = State::Empty;
    bool m_writing = false;
    // While the current row moves because the person is asked about an open form.
    bool m_restoringSelection = false;
    QString m_shownVersion;
};

} // namespace gui
