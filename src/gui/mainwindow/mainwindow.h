#pragma once

#include "api/apierror.h"
#include "api/modellistquery.h"
#include "gui/common/connectioninfo.h"
#include "pai/model.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QTimer;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace api {
class ApiClient;
}

namespace gui {

class ActivityLogPanel;
class DetailsPane;
class ErrorBanner;
class WelcomePanel;
class ModelDetailsCache;
class ModelEditor;
class ModelFilterProxyModel;
class ModelListLoader;
class ModelPane;
class ModelTableModel;
class SavedViews;
class WorkspaceListModel;
class WorkspaceLoader;

// The browsing window: workspaces on the left, the models of the selected workspace in the
// centre (quick local filter, server-side filters), the selected model on the right in the
// model pane, and every API attempt in the activity log dock. Nothing here waits on the network:
// loaders and the details cache run their calls asynchronously and the views follow the models.
//
// The model pane (gui::ModelPane) follows the selection. It reads, and Edit (F2) turns it into
// the form in place; File > New Model opens the form for a new model. A saved model is selected
// (a created one joins the listing and its count), a deleted model's neighbour is selected.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points every pane at a client (not owned; it must outlive the window or be reset first)
    // and loads the workspaces, then the last workspace used.
    void setConnection(api::ApiClient *client, const ConnectionInfo &info);
    api::ApiClient *apiClient() const { return m_client; }
    const ConnectionInfo &connectionInfo() const { return m_info; }
    // Help > Documentation: the README on the project's homepage.
    static QUrl documentationUrl();
    // How long a status-bar confirmation stays.
    static constexpr int StatusMessageMs = 5000;

    QString currentWorkspaceId() const;
    void selectWorkspace(const QString &workspaceId);
    // The "Model Gallery" entry: Alibaba's public models (ListModels with Provider=pai).
    bool isGalleryShown() const { return m_galleryShown; }
    void showGallery();
    // The server-side filters (everything but paging and the workspace), as the fields show them.
    api::ModelListQuery serverFilters() const;
    void setServerFilters(const api::ModelListQuery &filters);
    QList<pai::Model> selectedModels() const;
    // The saved views listed under the workspaces. Choosing one sets its filters (and its
    // workspace, if it was saved with one) and lists the models again.
    SavedViews *savedViews() const { return m_savedViews; }
    QListView *savedViewsView() const;
    void applySavedView(int row);
    // Saves the filters in the fields (and the workspace listed, unless it is "All workspaces",
    // or the Model Gallery) as a view of this name; a view of the same name is replaced.
    void saveCurrentView(const QString &name);

    // Views and models, for tests and for features that extend the window.
    WorkspaceListModel *workspaceModel() const { return m_workspaces; }
    ModelTableModel *modelTable() const { return m_table; }
    ModelFilterProxyModel *modelProxy() const { return m_proxy; }
    ModelListLoader *modelLoader() const { return m_modelLoader; }
    WorkspaceLoader *workspaceLoader() const { return m_workspaceLoader; }
    ModelDetailsCache *detailsCache() const { return m_details; }
    QTreeView *workspaceView() const;
    QTableView *modelView() const;
    // The model pane, and its two faces: the details it reads and the form it edits.
    ModelPane *modelPane() const;
    DetailsPane *detailsPane() const;
    ActivityLogPanel *activityLogPanel() const;
    // The page shown instead of the browser while there is no connection; `problem` says why
    // a start option could not be used (empty on a plain first run).
    WelcomePanel *welcomePanel() const;
    void showWelcome(const QString &problem = {});
    ErrorBanner *tableErrorBanner() const;
    ModelEditor *modelEditor() const; // the model pane's form, built on first use
    // A short status-bar message that says an action worked.
    void confirm(const QString &message);
    QString loadedText() const;
    QString connectionStateText() const;

    // QSettings keys, under the application's settings.
    static QString lastWorkspaceKey();
    static QString lastProfileKey();
    static QString stateFilesKey();  // the state files last compared
    static QString lastGalleryKey(); // whether the gallery was the last listing shown

public Q_SLOTS:
    void refresh();
    void applyServerFilters();
    void newModel();
    void editSelectedModel();
    void deleteSelectedModel();
    // Copy to Workspace: a private copy of the selected model (a gallery model, typically).
    void copySelectedModel();
    // Edit > Edit Selected Models (or Delete Selected Models): the selected rows, or every row
    // shown, through the bulk form, review and run (gui::BulkEditSession).
    void editModelsInBulk(bool remove = false);
    // File > Export: the selected models, else every row shown. Rows are lean, so the whole
    // models are fetched first (cache, GetModel or ListModels), then the export dialog opens.
    void exportSelection();
    // The workspace list's Export: every model of the current workspace.
    void exportWorkspace();
    // Terraform > Compare with State: state files chosen in a file dialog (the folder and the
    // files are remembered), read, then compared in a drift window.
    void compareWithState();
    // Reads the state files and opens the drift window on them; an unreadable file is named in
    // a message and nothing is compared.
    void compareStateFiles(const QStringList &paths);
    // Selects the model (in its workspace, once listed), as the drift window's Open Model asks.
    void showModel(const QString &workspaceId, const QString &modelId);

Q_SIGNALS:
    void profilesRequested();
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class ConnectionState { Connecting, Connected, Unreachable };

    void setUpViews();
    void setUpActions();
    void setUpStatusBar();
    void setUpColumnMenu();
    // Texts set in code (dock titles, status bar, column menu, window title), in the current
    // language; the .ui's own texts come from retranslateUi().
    void retranslate();
    void restoreWindowState();
    void fitFirstStartToScreen();
    void saveWindowState() const;
    void rememberUiTexts();
    // The Provider filter: the person's, or, while the gallery is listed, disabled and the
    // gallery's.
    void updateProviderField();

    void loadModels();
    // The workspace list's row of what is listed: the gallery, "All workspaces" or a workspace.
    int listingRow() const;
    void onWorkspaceChanged();
    void onCurrentModelChanged();
    // Makes the model current without the reactions to a new selection; false if not listed.
    bool selectModelSilently(const QString &modelId);
    // Puts the selection back on the model being edited (or on no row, for a new model's form)
    // while the unsaved-changes prompt is open.
    void restoreSelectionSilently(const QString &modelId);
    // The pane's form saved or deleted a model: the table, its count and the selection follow.
    void onModelSaved(const pai::Model &model);
    void onModelDeleted(const QString &modelId);
    void showDetailsForCurrent();
    void onModelsFailed(const api::ApiError &error);
    void onWorkspacesFailed(const api::ApiError &error);
    void onWorkspacesLoaded();
    void updateLoadedLabel();
    void updateListingWarnings();
    void updateActions();
    void updateStatusBar();
    void onActivity();
    void showAbout();
    void showKeyboardShortcuts();
    void copyDiagnostics();
    void copiedId(const QString &modelId);
    void updateFilterChips();
    void removeServerFilter(const QString &key);
    void setUpFilterPanel();
    void fillSortCombos();
    void showMoreFilters(bool shown);
    // The filters of the "More" part of the panel, which it may hide.
    QList<QWidget *> moreFilterWidgets() const;
    void askViewName();
    void renameCurrentView();
    void deleteCurrentView();
    void showSettings();
    pai::Model currentModel() const;
    bool hasCurrentModel() const;
    void fetchAndExport(const std::function<void(class FullModelFetcher *)> &start);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<api::ApiClient> m_client;
    ConnectionInfo m_info;
    api::ModelListQuery m_appliedFilters; // what the listing shown was asked for
    SavedViews *m_savedViews;
    WorkspaceListModel *m_workspaces;
    ModelTableModel *m_table;
    ModelFilterProxyModel *m_proxy;
    WorkspaceLoader *m_workspaceLoader;
    ModelListLoader *m_modelLoader;
    ModelDetailsCache *m_details;
    QTimer *m_detailsDelay;
    QPointer<QObject> m_exportFetcher;
    std::function<void()> m_retry;
    QString m_pendingWorkspaceId;
    QString m_pendingModelId; // selected once the listing shows it (Open Model)
    QString m_loadedWorkspaceId;
    bool m_galleryShown = false; // the listing is the gallery (Provider=pai)
    // The .ui tooltips of the write actions, which the read-only reason replaces while it applies.
    QHash<const QObject *, QString> m_uiToolTips;
    QString m_uiProviderPlaceholder; // "e.g. pai"; while the gallery is listed, its Provider
    ConnectionState m_connectionState = ConnectionState::Connecting;
    QString m_unreachableReason;
    bool m_closeApproved = false; // the unsaved-changes prompt allowed closing

    QLabel *m_profileLabel;
    QLabel *m_regionLabel;
    QLabel *m_endpointLabel;
    QLabel *m_connectionLabel;
};

} // namespace gui
