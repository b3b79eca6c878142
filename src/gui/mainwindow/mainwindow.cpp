#include "gui/mainwindow/mainwindow.h"

#include "api/apiclient.h"
#include "gui/browse/activitylogpanel.h"
#include "gui/browse/detailspane.h"
#include "gui/browse/filterchips.h"
#include "gui/browse/fullmodelfetcher.h"
#include "gui/browse/modeldetailscache.h"
#include "gui/browse/modellistloader.h"
#include "gui/browse/savedviews.h"
#include "gui/browse/workspaceloader.h"
#include "gui/bulk/bulkeditsession.h"
#include "gui/common/diagnosticsreport.h"
#include "gui/common/errorbanner.h"
#include "gui/common/lazyicon.h"
#include "gui/drift/driftwindow.h"
#include "gui/editor/modeleditor.h"
#include "gui/export/exportdialog.h"
#include "gui/gallery/modelcopier.h"
#include "gui/mainwindow/aboutdialog.h"
#include "gui/mainwindow/shortcutsdialog.h"
#include "gui/mainwindow/welcomepanel.h"
#include "gui/modelpane/modelpane.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "gui/models/workspacelistmodel.h"
#include "gui/settings/languagesettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/settings/timeoutsettings.h"
#include "gui/versions/versionspanel.h"
#include "pai/gallery.h"
#include "terraform/statereader.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Moving through the table with the keyboard should not send a GetModel per row passed.
constexpr int DetailsDelayMs = 120;

const QString GeometryKey = u"MainWindow/geometry"_s;
const QString StateKey = u"MainWindow/state"_s;
const QString SplitterKey = u"MainWindow/splitter"_s;
const QString ModelHeaderKey = u"MainWindow/modelHeader"_s;
const QString WorkspaceHeaderKey = u"MainWindow/workspaceHeader"_s;
const QString ServerFiltersVisibleKey = u"MainWindow/serverFiltersVisible"_s;
const QString MoreFiltersVisibleKey = u"MainWindow/moreFiltersVisible"_s;

} // namespace

QString MainWindow::lastWorkspaceKey()
{
    return u"Browse/lastWorkspace"_s;
}

QString MainWindow::lastProfileKey()
{
    return u"Browse/lastProfile"_s;
}

QString MainWindow::lastGalleryKey()
{
    return u"Browse/lastGallery"_s;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_savedViews(new SavedViews(this))
    , m_workspaces(new WorkspaceListModel(this))
    , m_table(new ModelTableModel(this))
    , m_proxy(new ModelFilterProxyModel(this))
    , m_workspaceLoader(new WorkspaceLoader(m_workspaces, this))
    , m_modelLoader(new ModelListLoader(m_table, this))
    , m_details(new ModelDetailsCache(this))
    , m_detailsDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    rememberUiTexts();
    m_proxy->setSourceModel(m_table);
    m_detailsDelay->setSingleShot(true);
    m_detailsDelay->setInterval(DetailsDelayMs);
    connect(m_detailsDelay, &QTimer::timeout, this, &MainWindow::showDetailsForCurrent);

    setUpViews();
    setUpActions();
    setUpStatusBar();
    setUpColumnMenu();
    restoreWindowState();
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The loaders cancel their calls; do it before the views and models go away.
    m_modelLoader->cancel();
    m_workspaceLoader->cancel();
    m_details->cancel();
}

QTreeView *MainWindow::workspaceView() const
{
    return m_ui->workspaceView;
}

QTableView *MainWindow::modelView() const
{
    return m_ui->modelView;
}

DetailsPane *MainWindow::detailsPane() const
{
    return m_ui->modelPane->details();
}

ModelPane *MainWindow::modelPane() const
{
    return m_ui->modelPane;
}

ModelEditor *MainWindow::modelEditor() const
{
    return m_ui->modelPane->editor();
}

ActivityLogPanel *MainWindow::activityLogPanel() const
{
    return m_ui->activityPanel;
}

ErrorBanner *MainWindow::tableErrorBanner() const
{
    return m_ui->tableErrorBanner;
}

void MainWindow::setUpViews()
{
    m_ui->workspaceView->setModel(m_workspaces);
    detailsPane()->setWorkspaceNames(m_workspaces);
    m_ui->workspaceView->header()->setStretchLastSection(false);
    m_ui->workspaceView->header()->setSectionResizeMode(WorkspaceListModel::NameColumn,
                                                        QHeaderView::Stretch);
    connect(m_ui->workspaceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onWorkspaceChanged);
    connect(m_workspaceLoader, &WorkspaceLoader::finished, this, &MainWindow::onWorkspacesLoaded);
    connect(m_workspaceLoader, &WorkspaceLoader::failed, this, &MainWindow::onWorkspacesFailed);

    QTableView *view = m_ui->modelView;
    view->setModel(m_proxy);
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        m_ui->menuColumns->popup(header->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentModelChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(view, &QAbstractItemView::activated, this, &MainWindow::editSelectedModel);

    connect(m_ui->quickFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuickFilter(text);
        updateLoadedLabel();
    });
    connect(m_modelLoader, &ModelListLoader::progressChanged, this, &MainWindow::updateLoadedLabel);
    connect(m_modelLoader, &ModelListLoader::finished, this, [this] {
        updateActions();
        updateLoadedLabel();
        if (!m_pendingModelId.isEmpty()) {
            const QString modelId = std::exchange(m_pendingModelId, QString());
            const int row = m_table->rowOfModel(modelId);
            if (row >= 0)
                m_ui->modelView->setCurrentIndex(m_proxy->mapFromSource(m_table->index(row, 0)));
        }
    });
    connect(m_modelLoader, &ModelListLoader::failed, this, &MainWindow::onModelsFailed);
    connect(m_modelLoader, &ModelListLoader::started, this, [this] {
        m_ui->tableErrorBanner->clear();
        updateLoadedLabel();
    });
    connect(m_ui->cancelListingButton, &QPushButton::clicked, m_modelLoader,
            &ModelListLoader::cancel);
    connect(m_modelLoader, &ModelListLoader::warningsChanged, this,
            &MainWindow::updateListingWarnings);
    connect(m_workspaceLoader, &WorkspaceLoader::warningsChanged, this,
            &MainWindow::updateListingWarnings);
    connect(m_ui->tableErrorBanner, &ErrorBanner::retryRequested, this, [this] {
        if (m_retry)
            m_retry();
    });

    setUpFilterPanel();

    connect(m_details, &ModelDetailsCache::fetching, detailsPane(), &DetailsPane::showLoading);
    connect(m_details, &ModelDetailsCache::modelReady, this, [this](const pai::Model &model) {
        if (hasCurrentModel() && currentModel().modelId == model.modelId)
            detailsPane()->showModel(model);
        updateActions();
    });
    connect(m_details, &ModelDetailsCache::failed, detailsPane(), &DetailsPane::showError);
    connect(detailsPane(), &DetailsPane::idCopied, this, [this](const QString &modelId) {
        confirm(tr("Copied the model ID %1.").arg(modelId));
    });
    connect(detailsPane(), &DetailsPane::retryRequested, m_details, &ModelDetailsCache::request);
    // A version write changes the model's LatestVersion: the cache and the row take the copy read
    // again.
    connect(detailsPane(), &DetailsPane::modelRefreshed, this, [this](const pai::Model &model) {
        m_details->store(model);
        if (m_table->rowOfModel(model.modelId) >= 0)
            m_table->upsertModel(model);
    });

    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->mainSplitter->setStretchFactor(2, 2);

    m_ui->modelPane->setTimeouts(TimeoutSettings::load());
    connect(m_ui->modelPane, &ModelPane::editRequested, this, &MainWindow::editSelectedModel);
    connect(m_ui->modelPane, &ModelPane::modeChanged, this, [this](ModelPane::Mode mode) {
        // Leaving the form returns the keyboard to the table the person came from: the read-only
        // fields would keep it, and a line edit takes keys such as Ctrl+E for itself.
        QWidget *focus = QApplication::focusWidget();
        if (mode == ModelPane::Mode::Reading && (!focus || m_ui->modelPane->isAncestorOf(focus)))
            m_ui->modelView->setFocus(Qt::OtherFocusReason);
        updateActions();
    });
    connect(m_ui->modelPane, &ModelPane::modelSaved, this, &MainWindow::onModelSaved);
    connect(m_ui->modelPane, &ModelPane::modelDeleted, this, &MainWindow::onModelDeleted);
}

void MainWindow::setUpFilterPanel()
{
    for (QLineEdit *edit : m_ui->serverFilters->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::applyServerFilters);
    fillSortCombos();
    connect(m_ui->applyFiltersButton, &QPushButton::clicked, this, &MainWindow::applyServerFilters);
    connect(m_ui->filterChips, &FilterChips::removeRequested, this,
            &MainWindow::removeServerFilter);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        setServerFilters({});
        applyServerFilters();
    });
    m_ui->serverFilters->setVisible(false);
    connect(m_ui->serverFiltersButton, &QToolButton::toggled, this, [this](bool shown) {
        // Each clear button decodes the style's icon; the panel starts hidden, so its fields
        // get theirs when it is first shown rather than with the first window.
        if (shown) {
            for (QLineEdit *edit : m_ui->serverFilters->findChildren<QLineEdit *>())
                edit->setClearButtonEnabled(true);
        }
        m_ui->serverFilters->setVisible(shown);
        m_ui->actionServerFilters->setChecked(shown);
        updateFilterChips();
        if (shown)
            m_ui->queryEdit->setFocus();
    });
    connect(m_ui->actionServerFilters, &QAction::toggled, m_ui->serverFiltersButton,
            &QToolButton::setChecked);
    showMoreFilters(false);
    connect(m_ui->moreFiltersButton, &QToolButton::toggled, this, &MainWindow::showMoreFilters);

    // Saved views, under the workspaces.
    m_savedViews->load();
    m_ui->savedViewsView->setModel(m_savedViews);
    m_ui->savedViewsView->addActions({m_ui->actionRenameView, m_ui->actionDeleteView});
    m_ui->actionRenameView->setShortcutContext(Qt::WidgetShortcut);
    m_ui->actionDeleteView->setShortcut(QKeySequence::Delete);
    m_ui->actionDeleteView->setShortcutContext(Qt::WidgetShortcut);
    connect(m_ui->savedViewsView, &QListView::clicked, this,
            [this](const QModelIndex &index) { applySavedView(index.row()); });
    connect(m_ui->savedViewsView, &QListView::activated, this,
            [this](const QModelIndex &index) { applySavedView(index.row()); });
    connect(m_ui->saveViewButton, &QPushButton::clicked, this, &MainWindow::askViewName);
    connect(m_ui->actionRenameView, &QAction::triggered, this, &MainWindow::renameCurrentView);
    connect(m_ui->actionDeleteView, &QAction::triggered, this, &MainWindow::deleteCurrentView);
    const auto updateViewActions = [this] {
        const bool any = m_ui->savedViewsView->currentIndex().isValid();
        m_ui->actionRenameView->setEnabled(any);
        m_ui->actionDeleteView->setEnabled(any);
    };
    connect(m_ui->savedViewsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            updateViewActions);
    connect(m_savedViews, &QAbstractItemModel::modelReset, this, updateViewActions);
    connect(m_savedViews, &QAbstractItemModel::rowsRemoved, this, updateViewActions);
    updateViewActions();
    // An empty list says how it fills, instead of being a blank box.
    const auto showViewsOrHint = [this] {
        const bool none = m_savedViews->rowCount() == 0;
        m_ui->savedViewsView->setVisible(!none);
        m_ui->savedViewsHint->setVisible(none);
    };
    connect(m_savedViews, &QAbstractItemModel::modelReset, this, showViewsOrHint);
    connect(m_savedViews, &QAbstractItemModel::rowsInserted, this, showViewsOrHint);
    connect(m_savedViews, &QAbstractItemModel::rowsRemoved, this, showViewsOrHint);
    showViewsOrHint();
}

void MainWindow::fillSortCombos()
{
    // The combos' texts are translated; their data is what goes on the wire.
    const auto fill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<std::pair<QString, QString>> sortFields{{tr("Default"), QString()}};
    for (const QString &field : api::ModelListQuery::sortByValues())
        sortFields.append({field == u"GmtCreateTime"_s ? tr("Creation time") : field, field});
    fill(m_ui->sortByCombo, sortFields);
    fill(m_ui->orderCombo,
         {{tr("Default"), QString()}, {tr("Ascending"), u"ASC"_s}, {tr("Descending"), u"DESC"_s}});
}

QList<QWidget *> MainWindow::moreFilterWidgets() const
{
    return {m_ui->modelNameLabel,   m_ui->modelNameEdit,   m_ui->providerLabel, m_ui->providerEdit,
            m_ui->collectionsLabel, m_ui->collectionsEdit, m_ui->tagLabel,      m_ui->tagEdit,
            m_ui->conditionsLabel,  m_ui->conditionsEdit,  m_ui->sortLabel,     m_ui->sortByCombo,
            m_ui->orderCombo};
}

void MainWindow::showMoreFilters(bool shown)
{
    {
        const QSignalBlocker blocker(m_ui->moreFiltersButton);
        m_ui->moreFiltersButton->setChecked(shown);
    }
    m_ui->moreFiltersButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget *widget : moreFilterWidgets())
        widget->setVisible(shown);
    updateFilterChips();
}

void MainWindow::setUpActions()
{
    // Theme icons where the desktop has them, the style's own otherwise; made when a menu first
    // shows them (the style's are decoded from several PNG sizes each).
    auto icon = [](const char *themeName, QStyle::StandardPixmap fallback) {
        return lazyIcon([name = QString::fromLatin1(themeName), fallback] {
            return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
        });
    };
    m_ui->actionNewModel->setIcon(icon("document-new", QStyle::SP_FileIcon));
    m_ui->actionExport->setIcon(icon("document-export", QStyle::SP_DialogSaveButton));
    m_ui->actionRefresh->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    m_ui->actionDeleteModel->setIcon(icon("edit-delete", QStyle::SP_TrashIcon));
    m_ui->actionEditModel->setIcon(icon("document-edit", QStyle::SP_FileDialogDetailedView));
    m_ui->actionQuit->setIcon(icon("application-exit", QStyle::SP_DialogCloseButton));
    m_ui->actionAbout->setIcon(icon("help-about", QStyle::SP_MessageBoxInformation));

    connect(m_ui->actionNewModel, &QAction::triggered, this, &MainWindow::newModel);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportSelection);
    connect(m_ui->actionExportWorkspace, &QAction::triggered, this, &MainWindow::exportWorkspace);
    connect(m_ui->actionCompareWithState, &QAction::triggered, this, &MainWindow::compareWithState);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionEditModel, &QAction::triggered, this, &MainWindow::editSelectedModel);
    connect(m_ui->actionDeleteModel, &QAction::triggered, this, &MainWindow::deleteSelectedModel);
    connect(m_ui->actionBulkEdit, &QAction::triggered, this, [this] { editModelsInBulk(false); });
    connect(m_ui->actionBulkDelete, &QAction::triggered, this, [this] { editModelsInBulk(true); });
    connect(m_ui->actionCopyToWorkspace, &QAction::triggered, this, &MainWindow::copySelectedModel);
    connect(detailsPane(), &DetailsPane::copyRequested, this, &MainWindow::copySelectedModel);
    connect(m_ui->actionCopyId, &QAction::triggered, this, [this] {
        if (hasCurrentModel())
            copiedId(currentModel().modelId);
    });
    connect(m_ui->actionOpenDoc, &QAction::triggered, detailsPane(),
            &DetailsPane::openDocumentation);
    connect(m_ui->actionQuickFilter, &QAction::triggered, this, [this] {
        m_ui->quickFilterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->quickFilterEdit->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionFocusWorkspaces, &QAction::triggered, this,
            [this] { m_ui->workspaceView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionFocusModels, &QAction::triggered, this,
            [this] { m_ui->modelView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionFocusDetails, &QAction::triggered, this,
            [this] { m_ui->modelPane->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionDocumentation, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(documentationUrl()); });
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this,
            &MainWindow::showKeyboardShortcuts);
    connect(m_ui->actionCopyDiagnostics, &QAction::triggered, this, &MainWindow::copyDiagnostics);

    m_ui->menuView->addAction(m_ui->activityDock->toggleViewAction());

    // The context menus of the table and the workspace list offer what the menus offer.
    m_ui->modelView->addActions({m_ui->actionEditModel, m_ui->actionDeleteModel,
                                 m_ui->actionBulkEdit, m_ui->actionBulkDelete,
                                 m_ui->actionCopyToWorkspace, m_ui->actionCopyId,
                                 m_ui->actionExport, m_ui->actionRefresh});
    // A gallery model's Edit and Delete say why they are disabled.
    m_ui->menuEdit->setToolTipsVisible(true);
    m_ui->workspaceView->addActions(
        {m_ui->actionNewModel, m_ui->actionExportWorkspace, m_ui->actionRefresh});
}

void MainWindow::setUpStatusBar()
{
    auto makeLabel = [this] {
        auto *label = new QLabel(this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_profileLabel = makeLabel();
    m_regionLabel = makeLabel();
    m_endpointLabel = makeLabel();
    m_connectionLabel = makeLabel();
}

void MainWindow::retranslate()
{
    QAction *toggleLog = m_ui->activityDock->toggleViewAction();
    toggleLog->setText(tr("&Activity Log"));
    toggleLog->setShortcut(QKeySequence(tr("Ctrl+L")));

    m_profileLabel->setAccessibleName(tr("Profile"));
    m_regionLabel->setAccessibleName(tr("Region"));
    m_endpointLabel->setAccessibleName(tr("Endpoint"));
    m_connectionLabel->setAccessibleName(tr("Connection state"));

    const QList<QAction *> columns = m_ui->menuColumns->actions();
    for (int column = 0; column < columns.size(); ++column)
        columns.at(column)->setText(m_table->headerData(column, Qt::Horizontal).toString());

    setWindowTitle(m_info.profileName.isEmpty() ? tr("PaiDesk")
                                                : tr("PaiDesk – %1").arg(m_info.profileName));
    fillSortCombos();
    updateFilterChips();
    updateStatusBar();
    updateLoadedLabel();
}

void MainWindow::rememberUiTexts()
{
    // The actions that a gallery model's read-only reason replaces keep their own tooltips here.
    for (QAction *action : {m_ui->actionEditModel, m_ui->actionDeleteModel, m_ui->actionBulkEdit,
                            m_ui->actionBulkDelete})
        m_uiToolTips.insert(action, action->toolTip());
    m_uiToolTips.insert(m_ui->providerEdit, m_ui->providerEdit->toolTip());
    m_uiProviderPlaceholder = m_ui->providerEdit->placeholderText();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rememberUiTexts();
        retranslate();
        updateActions();       // the read-only tooltips
        updateProviderField(); // and the gallery's Provider
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setUpColumnMenu()
{
    QHeaderView *header = m_ui->modelView->horizontalHeader();
    for (int column = 0; column < ModelTableModel::ColumnCount; ++column) {
        QAction *action =
            m_ui->menuColumns->addAction(m_table->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            // At least one column stays, or the header (and its menu) would vanish.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
        });
    }
    connect(m_ui->menuColumns, &QMenu::aboutToShow, this, [this, header] {
        const QList<QAction *> actions = m_ui->menuColumns->actions();
        for (int column = 0; column < actions.size(); ++column) {
            const QSignalBlocker blocker(actions.at(column));
            actions.at(column)->setChecked(!header->isSectionHidden(column));
        }
    });
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        fitFirstStartToScreen();
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray())) {
        // First start: the workspace list wide enough for its name and ID columns, and the
        // model pane for the form it turns into.
        const int width = std::max(this->width(), 1000);
        m_ui->mainSplitter->setSizes({width * 20 / 100, width * 45 / 100, width * 35 / 100});
    }
    QHeaderView *header = m_ui->modelView->horizontalHeader();
    if (!header->restoreState(settings.value(ModelHeaderKey).toByteArray())) {
        // First start: the less used columns wait in View > Columns.
        header->setSectionHidden(ModelTableModel::AccessibilityColumn, true);
        header->setSectionHidden(ModelTableModel::OriginColumn, true);
    }
    // A restored sort column is applied to the (empty) table so new rows arrive sorted.
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->workspaceView->header()->restoreState(settings.value(WorkspaceHeaderKey).toByteArray());
    m_ui->serverFiltersButton->setChecked(settings.value(ServerFiltersVisibleKey, false).toBool());
    showMoreFilters(settings.value(MoreFiltersVisibleKey, false).toBool());
}

void MainWindow::fitFirstStartToScreen()
{
    // The form's 1280x800 is a whole small screen, with no room for panels and frames: the
    // first start takes most of the screen's free area, up to the size the layout was made for.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize wanted(std::min(1600, available.width() * 92 / 100),
                       std::min(1000, available.height() * 90 / 100));
    resize(wanted);
    move(available.center() - QPoint(wanted.width() / 2, wanted.height() / 2));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(ModelHeaderKey, m_ui->modelView->horizontalHeader()->saveState());
    settings.setValue(WorkspaceHeaderKey, m_ui->workspaceView->header()->saveState());
    settings.setValue(ServerFiltersVisibleKey, m_ui->serverFiltersButton->isChecked());
    settings.setValue(MoreFiltersVisibleKey, m_ui->moreFiltersButton->isChecked());
    settings.setValue(lastWorkspaceKey(), m_loadedWorkspaceId);
    settings.setValue(lastGalleryKey(), m_galleryShown);
    if (!m_info.profileName.isEmpty())
        settings.setValue(lastProfileKey(), m_info.profileName);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_ui->modelPane->hasUnsavedVersionEdit() && !m_closeApproved) {
        // A version form asks first; closing then goes on to the model's form.
        event->ignore();
        m_ui->modelPane->leaveVersionForm([this] { close(); });
        return;
    }
    if (m_ui->modelPane->isEditorDirty() && !m_closeApproved) {
        // The prompt answers later; the window closes then, if the person allows it.
        event->ignore();
        modelEditor()->whenLeavable([this] {
            m_closeApproved = true;
            close();
        });
        return;
    }
    m_closeApproved = false;
    saveWindowState();
    m_modelLoader->cancel();
    m_workspaceLoader->cancel();
    m_details->cancel();
    event->accept();
}

void MainWindow::setConnection(api::ApiClient *client, const ConnectionInfo &info)
{
    if (m_client)
        disconnect(m_client->activityLog(), nullptr, this, nullptr);
    m_client = client;
    m_info = info;
    if (client) {
        m_ui->welcomePanel->hide();
        m_ui->mainSplitter->show();
    }
    m_connectionState = ConnectionState::Connecting;
    m_unreachableReason.clear();
    setWindowTitle(info.profileName.isEmpty() ? tr("PaiDesk")
                                              : tr("PaiDesk – %1").arg(info.profileName));

    m_workspaceLoader->setClient(client);
    m_modelLoader->setClient(client);
    m_details->setClient(client);
    m_ui->modelPane->setApiClient(client);
    m_ui->activityPanel->setLog(client ? client->activityLog() : nullptr);
    if (client)
        connect(client->activityLog(), &api::ActivityLog::entryAdded, this,
                &MainWindow::onActivity);

    const QSettings settings;
    m_loadedWorkspaceId = settings.value(lastWorkspaceKey()).toString();
    m_galleryShown = settings.value(lastGalleryKey(), false).toBool();
    if (m_galleryShown)
        m_loadedWorkspaceId.clear();
    m_pendingWorkspaceId = m_loadedWorkspaceId;
    if (!info.profileName.isEmpty()) {
        QSettings writable;
        writable.setValue(lastProfileKey(), info.profileName);
    }
    updateStatusBar();
    detailsPane()->clear();
    if (!client)
        return;
    // Workspaces and models load side by side: the last workspace's models need not wait for
    // the list of workspaces.
    m_workspaceLoader->load();
    {
        const QSignalBlocker blocker(m_ui->workspaceView->selectionModel());
        m_ui->workspaceView->setCurrentIndex(m_workspaces->index(listingRow(), 0));
    }
    loadModels();
}

int MainWindow::listingRow() const
{
    if (m_galleryShown)
        return WorkspaceListModel::GalleryRow;
    return std::max(m_workspaces->rowOfWorkspace(m_loadedWorkspaceId),
                    int(WorkspaceListModel::AllWorkspacesRow));
}

void MainWindow::showGallery()
{
    m_pendingWorkspaceId.clear();
    m_ui->workspaceView->setCurrentIndex(m_workspaces->index(WorkspaceListModel::GalleryRow, 0));
}

QString MainWindow::currentWorkspaceId() const
{
    return m_loadedWorkspaceId;
}

void MainWindow::selectWorkspace(const QString &workspaceId)
{
    const int row = m_workspaces->rowOfWorkspace(workspaceId);
    if (row < 0) {
        m_pendingWorkspaceId = workspaceId;
        return;
    }
    m_ui->workspaceView->setCurrentIndex(m_workspaces->index(row, 0));
}

void MainWindow::onWorkspacesLoaded()
{
    const QString wanted =
        m_pendingWorkspaceId.isEmpty() ? m_loadedWorkspaceId : m_pendingWorkspaceId;
    m_pendingWorkspaceId.clear();
    int row = wanted.isEmpty() && m_galleryShown ? int(WorkspaceListModel::GalleryRow)
                                                 : m_workspaces->rowOfWorkspace(wanted);
    if (row < 0)
        row = WorkspaceListModel::AllWorkspacesRow; // the remembered workspace is gone
    m_ui->workspaceView->setCurrentIndex(m_workspaces->index(row, 0));
    onWorkspaceChanged();
    for (int column = 1; column < WorkspaceListModel::ColumnCount; ++column)
        m_ui->workspaceView->resizeColumnToContents(column);
    m_ui->modelPane->setWorkspaces(m_workspaces->workspaces());
}

void MainWindow::onWorkspaceChanged()
{
    const QModelIndex current = m_ui->workspaceView->currentIndex();
    // Without a connection nothing can be listed, and the row is no choice of the person's: the
    // list takes its first row when it first gets the focus (the window shown before it is
    // connected), which must not replace the workspace remembered for the connection.
    if (!current.isValid() || !m_client)
        return;
    const QString workspaceId =
        current.siblingAtColumn(0).data(WorkspaceListModel::WorkspaceIdRole).toString();
    const bool gallery =
        !current.siblingAtColumn(0).data(WorkspaceListModel::ProviderRole).toString().isEmpty();
    if (workspaceId == m_loadedWorkspaceId && gallery == m_galleryShown &&
        (m_modelLoader->isLoading() || m_modelLoader->totalCount() >= 0))
        return;
    // Another listing takes the rows away from under an open form: a form with unsaved changes
    // asks first, and the workspace list stays on the listed workspace until it is answered.
    if (m_ui->modelPane->hasUnsavedEdit()) {
        {
            const QSignalBlocker blocker(m_ui->workspaceView->selectionModel());
            m_ui->workspaceView->setCurrentIndex(m_workspaces->index(listingRow(), 0));
        }
        m_ui->modelPane->stopEditing([this, workspaceId, gallery] {
            if (gallery)
                showGallery();
            else
                selectWorkspace(workspaceId);
        });
        return;
    }
    m_ui->modelPane->showReading();
    m_loadedWorkspaceId = workspaceId;
    m_galleryShown = gallery;
    updateActions();
    QSettings settings;
    settings.setValue(lastWorkspaceKey(), workspaceId);
    settings.setValue(lastGalleryKey(), gallery);
    loadModels();
}

api::ModelListQuery MainWindow::serverFilters() const
{
    api::ModelListQuery query;
    query.query = m_ui->queryEdit->text().trimmed();
    query.domain = m_ui->domainEdit->text().trimmed();
    query.task = m_ui->taskEdit->text().trimmed();
    query.origin = m_ui->originEdit->text().trimmed();
    query.modelType = m_ui->modelTypeEdit->text().trimmed();
    query.label = m_ui->labelEdit->text().trimmed();
    query.modelName = m_ui->modelNameEdit->text().trimmed();
    query.provider = m_ui->providerEdit->text().trimmed();
    query.collections = m_ui->collectionsEdit->text().trimmed();
    query.sortBy = m_ui->sortByCombo->currentData().toString();
    query.order = m_ui->orderCombo->currentData().toString();
    // Text that does not parse is left out here; applyServerFilters() refuses it first.
    QString error;
    if (auto tags = api::ModelListQuery::parseTags(m_ui->tagEdit->text(), error))
        query.tags = *tags;
    if (auto conditions = api::ModelListQuery::parseConditions(m_ui->conditionsEdit->text(), error))
        query.conditions = *conditions;
    return query;
}

void MainWindow::setServerFilters(const api::ModelListQuery &filters)
{
    m_ui->queryEdit->setText(filters.query);
    m_ui->domainEdit->setText(filters.domain);
    m_ui->taskEdit->setText(filters.task);
    m_ui->originEdit->setText(filters.origin);
    m_ui->modelTypeEdit->setText(filters.modelType);
    m_ui->labelEdit->setText(filters.label);
    m_ui->modelNameEdit->setText(filters.modelName);
    m_ui->providerEdit->setText(filters.provider);
    m_ui->collectionsEdit->setText(filters.collections);
    m_ui->tagEdit->setText(api::ModelListQuery::tagsText(filters.tags));
    m_ui->conditionsEdit->setText(api::ModelListQuery::conditionsText(filters.conditions));
    // A value the combos do not offer (from an older saved view) is shown rather than dropped.
    for (const auto &[combo, value] : {std::pair{m_ui->sortByCombo, filters.sortBy},
                                       std::pair{m_ui->orderCombo, filters.order}}) {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
}

void MainWindow::applyServerFilters()
{
    // Tags and Conditions are typed as text: a value that does not parse is named, and nothing
    // is listed until it is fixed.
    QString error;
    QLineEdit *bad = nullptr;
    if (!api::ModelListQuery::parseTags(m_ui->tagEdit->text(), error))
        bad = m_ui->tagEdit;
    else if (!api::ModelListQuery::parseConditions(m_ui->conditionsEdit->text(), error))
        bad = m_ui->conditionsEdit;
    for (QLineEdit *edit : {m_ui->tagEdit, m_ui->conditionsEdit})
        edit->setToolTip(edit == bad ? error : QString());
    if (bad) {
        m_ui->serverFiltersButton->setChecked(true);
        showMoreFilters(true);
        bad->setFocus(Qt::OtherFocusReason);
        statusBar()->showMessage(error, StatusMessageMs * 2);
        return;
    }
    loadModels();
}

void MainWindow::updateFilterChips()
{
    // The filters in force that the panel does not show: all of them while it is hidden, the
    // "More" ones while only those are folded away.
    const bool panelShown = m_ui->serverFiltersButton->isChecked();
    const bool moreShown = m_ui->moreFiltersButton->isChecked();
    QList<FilterChips::Chip> chips;
    if (!panelShown || !moreShown) {
        const api::ModelListQuery &f = m_appliedFilters;
        const QList<std::pair<bool, FilterChips::Chip>> all{
            {false, {u"query"_s, tr("Query"), f.query}},
            {false, {u"domain"_s, tr("Domain"), f.domain}},
            {false, {u"task"_s, tr("Task"), f.task}},
            {false, {u"origin"_s, tr("Origin"), f.origin}},
            {false, {u"modelType"_s, tr("Type"), f.modelType}},
            {false, {u"label"_s, tr("Label"), f.label}},
            {true, {u"modelName"_s, tr("Name"), f.modelName}},
            {true, {u"provider"_s, tr("Provider"), f.provider}},
            {true, {u"collections"_s, tr("Collections"), f.collections}},
            {true, {u"tag"_s, tr("Tags"), api::ModelListQuery::tagsText(f.tags)}},
            {true,
             {u"conditions"_s, tr("Conditions"),
              api::ModelListQuery::conditionsText(f.conditions)}},
            {true,
             {u"sortBy"_s, tr("Sort"),
              m_ui->sortByCombo->itemText(std::max(0, m_ui->sortByCombo->findData(f.sortBy)))}},
            {true,
             {u"order"_s, tr("Order"),
              m_ui->orderCombo->itemText(std::max(0, m_ui->orderCombo->findData(f.order)))}},
        };
        for (const auto &[more, chip] : all) {
            const bool set = chip.key == u"sortBy"_s  ? !f.sortBy.isEmpty()
                             : chip.key == u"order"_s ? !f.order.isEmpty()
                                                      : !chip.value.isEmpty();
            // The gallery's Provider is its own, whatever the field holds.
            if (m_galleryShown && chip.key == u"provider"_s)
                continue;
            if (set && (!panelShown || more))
                chips.append(chip);
        }
    }
    m_ui->filterChips->setChips(chips);
}

void MainWindow::removeServerFilter(const QString &key)
{
    const QHash<QString, QLineEdit *> edits{
        {u"query"_s, m_ui->queryEdit},
        {u"domain"_s, m_ui->domainEdit},
        {u"task"_s, m_ui->taskEdit},
        {u"origin"_s, m_ui->originEdit},
        {u"modelType"_s, m_ui->modelTypeEdit},
        {u"label"_s, m_ui->labelEdit},
        {u"modelName"_s, m_ui->modelNameEdit},
        {u"provider"_s, m_ui->providerEdit},
        {u"collections"_s, m_ui->collectionsEdit},
        {u"tag"_s, m_ui->tagEdit},
        {u"conditions"_s, m_ui->conditionsEdit},
    };
    if (QLineEdit *edit = edits.value(key))
        edit->clear();
    else if (key == u"sortBy"_s)
        m_ui->sortByCombo->setCurrentIndex(0);
    else if (key == u"order"_s)
        m_ui->orderCombo->setCurrentIndex(0);
    else
        return;
    applyServerFilters();
}

QListView *MainWindow::savedViewsView() const
{
    return m_ui->savedViewsView;
}

void MainWindow::applySavedView(int row)
{
    if (row < 0 || row >= m_savedViews->rowCount())
        return;
    const SavedView &view = m_savedViews->viewAt(row);
    // A view saved in the gallery lists the gallery; one saved in a workspace, that workspace.
    const bool otherListing =
        view.gallery ? !m_galleryShown
                     : !view.workspaceId.isEmpty() && view.workspaceId != m_loadedWorkspaceId;
    // A click and the activation after it choose the same view: the second lists nothing again.
    if (!otherListing && view.filters == m_appliedFilters && m_modelLoader->isLoading())
        return;
    setServerFilters(view.filters);
    const api::ModelListQuery shown = serverFilters();
    api::ModelListQuery more;
    more.modelName = shown.modelName;
    more.provider = shown.provider;
    more.collections = shown.collections;
    more.tags = shown.tags;
    more.conditions = shown.conditions;
    more.sortBy = shown.sortBy;
    more.order = shown.order;
    if (more != api::ModelListQuery())
        showMoreFilters(true);
    if (otherListing && view.gallery)
        showGallery();
    else if (otherListing)
        selectWorkspace(view.workspaceId);
    else
        applyServerFilters();
}

void MainWindow::saveCurrentView(const QString &name)
{
    SavedView view;
    view.name = name;
    view.filters = serverFilters();
    view.workspaceId = m_loadedWorkspaceId;
    view.gallery = m_galleryShown;
    const int row = m_savedViews->save(view);
    if (row < 0)
        return;
    m_ui->savedViewsView->setCurrentIndex(m_savedViews->index(row));
    confirm(tr("Saved the view \"%1\".").arg(m_savedViews->viewAt(row).name));
}

void MainWindow::askViewName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setWindowTitle(tr("Save View"));
    const QModelIndex workspace = m_ui->workspaceView->currentIndex();
    dialog->setLabelText(
        m_galleryShown ? tr("Name of the view (the filters, in the Model Gallery):")
        : m_loadedWorkspaceId.isEmpty()
            ? tr("Name of the view (the filters, in whichever workspace is listed):")
            : tr("Name of the view (the filters and the workspace %1):")
                  .arg(workspace.siblingAtColumn(0).data().toString()));
    dialog->setTextValue(m_ui->savedViewsView->currentIndex().data().toString());
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::saveCurrentView);
    dialog->open();
}

void MainWindow::renameCurrentView()
{
    const QModelIndex current = m_ui->savedViewsView->currentIndex();
    if (current.isValid())
        m_ui->savedViewsView->edit(current);
}

void MainWindow::deleteCurrentView()
{
    const QModelIndex current = m_ui->savedViewsView->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data().toString();
    m_savedViews->remove(current.row());
    confirm(tr("Deleted the view \"%1\".").arg(name));
}

void MainWindow::updateProviderField()
{
    // The gallery's Provider is fixed: its field steps aside and says so, the other filters apply.
    m_ui->providerEdit->setEnabled(!m_galleryShown);
    m_ui->providerEdit->setPlaceholderText(m_galleryShown ? pai::Gallery::provider()
                                                          : m_uiProviderPlaceholder);
    m_ui->providerEdit->setToolTip(
        m_galleryShown ? tr("The Model Gallery lists the models of the provider %1.")
                             .arg(pai::Gallery::provider())
                       : m_uiToolTips.value(m_ui->providerEdit));
}

void MainWindow::loadModels()
{
    api::ModelListQuery query = serverFilters();
    m_appliedFilters = query;
    updateFilterChips();
    query.workspaceId = m_loadedWorkspaceId;
    if (m_galleryShown)
        query.provider = pai::Gallery::provider();
    updateProviderField();
    m_detailsDelay->stop();
    m_details->cancel();
    detailsPane()->clear();
    m_retry = [this] { loadModels(); };
    m_modelLoader->load(query);
    updateActions();
}

void MainWindow::refresh()
{
    m_details->clear();
    m_pendingWorkspaceId = m_loadedWorkspaceId;
    m_workspaceLoader->load();
    {
        const QSignalBlocker blocker(m_ui->workspaceView->selectionModel());
        m_ui->workspaceView->setCurrentIndex(m_workspaces->index(listingRow(), 0));
    }
    loadModels();
}

void MainWindow::onModelsFailed(const api::ApiError &error)
{
    m_retry = [this] { loadModels(); };
    m_ui->tableErrorBanner->showError(tr("Could not list the models"), error);
    updateLoadedLabel();
}

void MainWindow::onWorkspacesFailed(const api::ApiError &error)
{
    if (error.kind == api::ApiError::Kind::Canceled)
        return;
    m_retry = [this] { refresh(); };
    m_ui->tableErrorBanner->showError(tr("Could not list the workspaces"), error);
}

void MainWindow::updateLoadedLabel()
{
    m_ui->loadedLabel->setText(loadedText());
    m_ui->cancelListingButton->setVisible(m_modelLoader->isLoading());
}

void MainWindow::updateListingWarnings()
{
    // What the server got wrong while listing stays in sight beside the table, not in a status
    // message that the next one replaces.
    const QStringList warnings = m_workspaceLoader->warnings() + m_modelLoader->warnings();
    QLabel *label = m_ui->listingWarningLabel;
    label->setVisible(!warnings.isEmpty());
    if (warnings.isEmpty()) {
        label->clear();
        label->setToolTip(QString());
        return;
    }
    label->setText(
        tr("The listing may be incomplete (%n warning(s)): %1", nullptr, int(warnings.size()))
            .arg(warnings.constFirst()));
    label->setToolTip(warnings.join(u'\n'));
}

QString MainWindow::loadedText() const
{
    QString text = m_modelLoader->progressText();
    if (!m_proxy->quickFilter().isEmpty())
        text = tr("%1 – %Ln shown", nullptr, m_proxy->rowCount()).arg(text);
    if (m_modelLoader->lastError())
        text = tr("%1 (incomplete)").arg(text);
    else if (m_modelLoader->wasCanceled())
        text = tr("%1 (canceled)").arg(text);
    return text;
}

bool MainWindow::hasCurrentModel() const
{
    return m_ui->modelView->currentIndex().isValid();
}

pai::Model MainWindow::currentModel() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->modelView->currentIndex());
    if (!current.isValid())
        return {};
    // The cached GetModel copy is whole; the row lacks what the table does not show.
    if (const pai::Model *whole = m_details->cached(m_table->modelIdAt(current.row())))
        return *whole;
    return m_table->modelAt(current.row());
}

QList<pai::Model> MainWindow::selectedModels() const
{
    QList<pai::Model> models;
    const QModelIndexList rows = m_ui->modelView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        const pai::Model *whole = m_details->cached(m_table->modelIdAt(row));
        models.append(whole ? *whole : m_table->modelAt(row));
    }
    return models;
}

bool MainWindow::selectModelSilently(const QString &modelId)
{
    const int row = modelId.isEmpty() ? -1 : m_table->rowOfModel(modelId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    if (!index.isValid())
        return false; // hidden by the quick filter
    const QSignalBlocker blocker(m_ui->modelView->selectionModel());
    m_ui->modelView->setCurrentIndex(index);
    m_ui->modelView->scrollTo(index);
    return true;
}

void MainWindow::onCurrentModelChanged()
{
    // The pane follows the selection. A form with unsaved changes asks first: the selection
    // stays where it was until the question is answered, and Save or Discard then moves it where
    // the person clicked; Cancel keeps the form.
    ModelPane *pane = m_ui->modelPane;
    const QString wanted = hasCurrentModel() ? currentModel().modelId : QString();
    // A version form with unsaved changes asks the same way before another model is shown.
    if (pane->hasUnsavedVersionEdit() && wanted != pane->versions()->shownModelId()) {
        restoreSelectionSilently(pane->versions()->shownModelId());
        pane->leaveVersionForm([this, wanted] {
            if (!wanted.isEmpty() && !selectModelSilently(wanted))
                return;
            onCurrentModelChanged();
        });
        return;
    }
    if (pane->isEditing() && !(wanted == pane->editedModelId() && !wanted.isEmpty())) {
        if (pane->hasUnsavedEdit()) {
            restoreSelectionSilently(pane->editedModelId());
            pane->stopEditing([this, wanted] {
                if (!wanted.isEmpty() && !selectModelSilently(wanted))
                    return;
                updateActions();
                m_detailsDelay->start();
            });
            return;
        }
        pane->showReading();
    }
    updateActions();
    m_detailsDelay->start();
}

void MainWindow::restoreSelectionSilently(const QString &modelId)
{
    if (selectModelSilently(modelId))
        return;
    // A new model's form has no row: no row stays current while it is open.
    {
        const QSignalBlocker blocker(m_ui->modelView->selectionModel());
        m_ui->modelView->selectionModel()->clear();
    }
    // The view heard nothing of it, blocked: it repaints, or the old row would look selected.
    m_ui->modelView->viewport()->update();
}

void MainWindow::showDetailsForCurrent()
{
    if (!hasCurrentModel()) {
        m_details->cancel();
        detailsPane()->clear();
        return;
    }
    const QModelIndex current = m_proxy->mapToSource(m_ui->modelView->currentIndex());
    m_details->request(m_table->modelIdAt(current.row()));
}

void MainWindow::updateActions()
{
    const bool connected = m_client != nullptr;
    const bool selected = hasCurrentModel();
    // Gallery models are Alibaba's: nobody else edits or deletes them, and the actions say so.
    const bool readOnly = selected && currentModel().isGalleryModel();
    m_ui->actionNewModel->setEnabled(connected);
    m_ui->actionEditModel->setEnabled(connected && selected && !readOnly);
    m_ui->actionDeleteModel->setEnabled(connected && selected && !readOnly);
    m_ui->actionCopyToWorkspace->setEnabled(connected && selected);
    // The bulk edits act on the rows shown, which in the gallery are all read-only.
    m_ui->actionBulkEdit->setEnabled(connected && !m_galleryShown && m_proxy->rowCount() > 0);
    m_ui->actionBulkDelete->setEnabled(connected && !m_galleryShown && m_proxy->rowCount() > 0);
    const QString reason = pai::Gallery::readOnlyReason();
    for (const auto &[action, why] :
         {std::pair{m_ui->actionEditModel, readOnly}, std::pair{m_ui->actionDeleteModel, readOnly},
          std::pair{m_ui->actionBulkEdit, m_galleryShown},
          std::pair{m_ui->actionBulkDelete, m_galleryShown}})
        action->setToolTip(why ? reason : m_uiToolTips.value(action));
    m_ui->actionCopyId->setEnabled(selected);
    m_ui->actionOpenDoc->setEnabled(detailsPane()->model() &&
                                    !detailsPane()->model()->modelDoc.isEmpty());
    m_ui->actionRefresh->setEnabled(connected);
    m_ui->actionExport->setEnabled(connected && (m_table->rowCount() > 0 || selected));
    m_ui->actionExportWorkspace->setEnabled(connected);
    m_ui->actionCompareWithState->setEnabled(connected);
}

void MainWindow::onActivity()
{
    const QList<api::ActivityEntry> &entries = m_client->activityLog()->entries();
    if (entries.isEmpty())
        return;
    const api::ActivityEntry &entry = entries.constLast();
    if (entry.httpStatus > 0) {
        m_connectionState = ConnectionState::Connected;
    } else if (entry.outcome != u"canceled"_s) {
        m_connectionState = ConnectionState::Unreachable;
        m_unreachableReason = entry.message;
    }
    updateStatusBar();
}

QString MainWindow::connectionStateText() const
{
    switch (m_connectionState) {
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Unreachable:
        return tr("Unreachable: %1").arg(m_unreachableReason);
    }
    return {};
}

void MainWindow::updateStatusBar()
{
    // The bar's style sheet is set when it is first shown rather than in the form: a widget with
    // a style sheet is polished through QCss, and the first window (shown before the sandbox
    // connects) should not pay for a bar it does not show yet.
    if (m_client && m_info.sandbox && m_ui->sandboxBar->styleSheet().isEmpty()) {
        m_ui->sandboxBar->setStyleSheet(
            u"background-color: #fff1c2; color: #5c4400; border: 1px solid #e0b84a; "
            u"border-radius: 3px; padding: 4px 8px;"_s);
    }
    // A bar no one can miss: in the sandbox nothing reaches Alibaba Cloud, and edits may vanish.
    m_ui->sandboxBar->setVisible(m_client && m_info.sandbox);
    if (m_info.sandboxDataFile.isEmpty())
        m_ui->sandboxBar->setText(tr("Sandbox: the models are made up and live only on this "
                                     "computer, in memory; changes are lost when PaiDesk closes. "
                                     "Nothing is sent to Alibaba Cloud."));
    else
        m_ui->sandboxBar->setText(
            tr("Sandbox: the models are made up and live only on this computer; changes are "
               "kept in %1. Nothing is sent to Alibaba Cloud.")
                .arg(QDir::toNativeSeparators(m_info.sandboxDataFile)));
    if (!m_client) {
        m_profileLabel->setText(tr("No profile"));
        m_regionLabel->clear();
        m_endpointLabel->clear();
        m_connectionLabel->setText(tr("Not connected"));
        return;
    }
    m_profileLabel->setText(m_info.sandbox ? tr("Profile: %1 (sandbox)").arg(m_info.profileName)
                                           : tr("Profile: %1").arg(m_info.profileName));
    m_regionLabel->setText(tr("Region: %1").arg(m_info.regionId));
    m_endpointLabel->setText(m_info.endpoint.toDisplayString());
    m_connectionLabel->setText(connectionStateText());
}

void MainWindow::newModel()
{
    if (!m_client)
        return;
    m_ui->modelPane->createModel(m_loadedWorkspaceId);
    // The form is no row of the table; leaving it (by clicking a row) asks first.
    if (m_ui->modelPane->isEditing() && modelEditor()->isNew())
        restoreSelectionSilently({});
    updateActions();
}

void MainWindow::editSelectedModel()
{
    if (!m_client || !hasCurrentModel())
        return;
    if (currentModel().isGalleryModel()) {
        statusBar()->showMessage(pai::Gallery::readOnlyReason(), StatusMessageMs);
        return;
    }
    m_ui->modelPane->edit(currentModel());
}

void MainWindow::deleteSelectedModel()
{
    if (!m_client || !hasCurrentModel())
        return;
    if (currentModel().isGalleryModel()) {
        statusBar()->showMessage(pai::Gallery::readOnlyReason(), StatusMessageMs);
        return;
    }
    // The confirmation and the delete belong to the editor; the pane keeps reading meanwhile.
    ModelEditor *editor = modelEditor();
    const pai::Model model = currentModel();
    if (m_ui->modelPane->editedModelId() == model.modelId) {
        editor->requestDelete();
        return;
    }
    m_ui->modelPane->stopEditing([editor, model] {
        editor->load(model);
        editor->requestDelete();
    });
}

void MainWindow::copySelectedModel()
{
    if (!m_client || !hasCurrentModel())
        return;
    auto *copier = new ModelCopier(m_client, TimeoutSettings::load(), this);
    copier->setObjectName(u"modelCopier"_s);
    connect(copier, &ModelCopier::modelCreated, this, &MainWindow::onModelSaved);
    // The copy goes where the person works: the workspace shown, else the default one.
    copier->start(currentModel().modelId, m_workspaces->workspaces(), m_loadedWorkspaceId);
}

void MainWindow::onModelSaved(const pai::Model &model)
{
    const bool created = m_table->rowOfModel(model.modelId) < 0;
    m_details->store(model);
    bool listed = true;
    if (created)
        listed = m_modelLoader->addCreated(model);
    else
        m_table->upsertModel(model);
    if (listed)
        selectModelSilently(model.modelId);
    else
        restoreSelectionSilently({});
    // The pane reads the saved model whether or not the listing shows it.
    detailsPane()->showModel(model);
    updateLoadedLabel();
    updateActions();
    if (!created)
        confirm(tr("Saved the model \"%1\".").arg(model.modelName));
    else if (listed)
        confirm(tr("Created the model \"%1\" (ID %2).").arg(model.modelName, model.modelId));
    else
        confirm(tr("Created the model \"%1\" (ID %2). The list shown does not include it: "
                   "it is in another workspace, or the list is still loading.")
                    .arg(model.modelName, model.modelId));
}

void MainWindow::onModelDeleted(const QString &modelId)
{
    const int sourceRow = m_table->rowOfModel(modelId);
    const int shownRow =
        sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_table->index(sourceRow, 0)).row();
    m_details->invalidate(modelId);
    m_modelLoader->removeDeleted(modelId);
    updateLoadedLabel();
    confirm(tr("Deleted the model %1.").arg(modelId));
    // The neighbour takes its place: the row that moved up into it, else the one above.
    const int rows = m_proxy->rowCount();
    if (shownRow < 0 || rows == 0) {
        if (detailsPane()->shownModelId() == modelId)
            detailsPane()->clear();
        updateActions();
        return;
    }
    const QModelIndex neighbour = m_proxy->index(std::min(shownRow, rows - 1), 0);
    m_ui->modelView->selectionModel()->setCurrentIndex(
        neighbour, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->modelView->scrollTo(neighbour);
    // Removing the current row may already have made the neighbour current without a change
    // this call could signal; show it either way.
    showDetailsForCurrent();
    updateActions();
}

void MainWindow::editModelsInBulk(bool remove)
{
    if (!m_client)
        return;
    if (m_galleryShown) {
        statusBar()->showMessage(pai::Gallery::readOnlyReason(), StatusMessageMs);
        return;
    }
    QStringList selected;
    for (const QModelIndex &index : m_ui->modelView->selectionModel()->selectedRows())
        selected.append(m_table->modelIdAt(m_proxy->mapToSource(index).row()));
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_table->modelIdAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    auto *session = new BulkEditSession(m_client, this);
    // The rows follow the server's copies as each model settles.
    connect(session, &BulkEditSession::modelChanged, this, [this](const pai::Model &model) {
        m_details->store(model);
        if (m_table->rowOfModel(model.modelId) >= 0)
            m_table->upsertModel(model);
        if (detailsPane()->shownModelId() == model.modelId)
            detailsPane()->showModel(model);
    });
    connect(session, &BulkEditSession::modelDeleted, this, [this](const QString &modelId) {
        m_details->invalidate(modelId);
        m_modelLoader->removeDeleted(modelId);
        if (detailsPane()->shownModelId() == modelId)
            detailsPane()->clear();
        updateLoadedLabel();
        updateActions();
    });
    connect(session, &BulkEditSession::runFinished, this,
            [this](const changes::BulkResult &result) { confirm(result.summary()); });
    session->start(selected, shown, remove);
}

void MainWindow::exportSelection()
{
    QStringList ids;
    for (const pai::Model &model : selectedModels())
        ids.append(model.modelId);
    if (ids.isEmpty() && m_proxy->quickFilter().isEmpty() && !m_modelLoader->isLoading()) {
        // Every row of the listing: one ListModels run brings them whole.
        api::ModelListQuery query = m_modelLoader->query();
        fetchAndExport([query](FullModelFetcher *fetcher) { fetcher->fetchListing(query); });
        return;
    }
    if (ids.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_table->modelIdAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    }
    if (ids.isEmpty())
        return;
    fetchAndExport([ids](FullModelFetcher *fetcher) { fetcher->fetchByIds(ids); });
}

void MainWindow::exportWorkspace()
{
    api::ModelListQuery query;
    query.workspaceId = m_loadedWorkspaceId;
    if (m_galleryShown)
        query.provider = pai::Gallery::provider();
    fetchAndExport([query](FullModelFetcher *fetcher) { fetcher->fetchListing(query); });
}

QString MainWindow::stateFilesKey()
{
    return u"drift/stateFiles"_s;
}

void MainWindow::compareWithState()
{
    const QStringList last = QSettings().value(stateFilesKey()).toStringList();
    auto *dialog = new QFileDialog(this, tr("Compare with Terraform State"));
    dialog->setObjectName(u"stateFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Terraform state (*.tfstate *.tfstate.backup *.json)"), tr("All files (*)")});
    if (!last.isEmpty()) {
        dialog->setDirectory(QFileInfo(last.first()).absolutePath());
        dialog->selectFile(QFileInfo(last.first()).fileName());
    }
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::compareStateFiles);
    dialog->open();
}

void MainWindow::compareStateFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_client)
        return;
    QSettings().setValue(stateFilesKey(), paths);
    QList<terraform::StateFile> states;
    for (const QString &path : paths) {
        terraform::StateReadResult result = terraform::StateReader::readFile(path);
        if (!result.ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Compare with Terraform State"),
                                        tr("The state cannot be compared.\n\n%1").arg(result.error),
                                        QMessageBox::Close, this);
            box->setObjectName(u"stateErrorBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        states.append(std::move(*result.state));
    }
    auto *window = new DriftWindow(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setConnection(m_client, m_info.regionId);
    connect(window, &DriftWindow::openModelRequested, this, &MainWindow::showModel);
    window->show();
    window->compare(std::move(states));
}

void MainWindow::showModel(const QString &workspaceId, const QString &modelId)
{
    raise();
    activateWindow();
    if (!workspaceId.isEmpty() && workspaceId != currentWorkspaceId()) {
        m_pendingModelId = modelId;
        selectWorkspace(workspaceId);
        return;
    }
    const int row = m_table->rowOfModel(modelId);
    if (row >= 0) {
        m_ui->modelView->setCurrentIndex(m_proxy->mapFromSource(m_table->index(row, 0)));
        return;
    }
    // Not listed (another filter, or created since): list again and select it then.
    m_pendingModelId = modelId;
    refresh();
}

void MainWindow::fetchAndExport(const std::function<void(FullModelFetcher *)> &start)
{
    if (!m_client)
        return;
    delete m_exportFetcher;
    auto *fetcher = new FullModelFetcher(m_client, m_details, this);
    m_exportFetcher = fetcher;
    statusBar()->showMessage(tr("Preparing the export…"));
    connect(fetcher, &FullModelFetcher::failed, this, [this, fetcher](const api::ApiError &error) {
        fetcher->deleteLater();
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Export"),
                             tr("The models could not be read for the export.\n\n%1")
                                 .arg(ErrorBanner::describe(error)));
    });
    connect(fetcher, &FullModelFetcher::finished, this,
            [this, fetcher](const QList<pai::Model> &models) {
                fetcher->deleteLater();
                statusBar()->clearMessage();
                auto *dialog =
                    new ExportDialog(models, m_workspaces->workspaces(), m_info.regionId, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setApiClient(m_client);
                connect(dialog, &ExportDialog::savedToFile, this, [this](const QString &path) {
                    confirm(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
                });
                connect(dialog, &ExportDialog::copiedToClipboard, this,
                        [this] { confirm(tr("Copied the Terraform code to the clipboard.")); });
                dialog->open();
            });
    start(fetcher);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLanguage(LanguageSettings::load());
    dialog->setTimeouts(TimeoutSettings::load());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString language = dialog->language();
        if (language != LanguageSettings::load()) {
            LanguageSettings::save(language);
            LanguageSettings::apply(language);
        }
        const TimeoutSettings timeouts = dialog->timeouts();
        timeouts.save();
        m_ui->modelPane->setTimeouts(timeouts);
        if (m_client)
            m_client->setTimeouts(timeouts.toApiTimeouts());
        Q_EMIT settingsChanged();
    });
    dialog->open();
}

WelcomePanel *MainWindow::welcomePanel() const
{
    return m_ui->welcomePanel;
}

void MainWindow::showWelcome(const QString &problem)
{
    m_ui->welcomePanel->setProblem(problem);
    m_ui->mainSplitter->hide();
    m_ui->welcomePanel->show();
    m_ui->welcomePanel->setFocus(Qt::OtherFocusReason);
}

QUrl MainWindow::documentationUrl()
{
    // The project's homepage shows the README.
    QUrl url(QStringLiteral(PAIDESK_HOMEPAGE_URL));
    url.setFragment(u"readme"_s);
    return url;
}

void MainWindow::showKeyboardShortcuts()
{
    // Generated from the actions, menus and panes alike, so it lists what the keys really do.
    // The model form is built on first use: its shortcuts are listed before it is ever opened.
    modelEditor();
    QList<QAction *> actions;
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->menu())
            actions.append(action);
    }
    std::sort(actions.begin(), actions.end(), [](const QAction *a, const QAction *b) {
        return a->text().localeAwareCompare(b->text()) < 0;
    });
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyDiagnostics()
{
    const QList<api::ActivityEntry> activity =
        m_client ? m_client->activityLog()->entries() : QList<api::ActivityEntry>{};
    QApplication::clipboard()->setText(DiagnosticsReport::build(m_info.endpoint, activity));
    confirm(tr("Diagnostics copied to the clipboard (no keys or tokens)."));
}

void MainWindow::copiedId(const QString &modelId)
{
    QApplication::clipboard()->setText(modelId);
    confirm(tr("Copied the model ID %1.").arg(modelId));
}

void MainWindow::confirm(const QString &message)
{
    statusBar()->showMessage(message, StatusMessageMs);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace gui
