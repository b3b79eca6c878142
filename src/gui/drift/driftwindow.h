#pragma once

#include "pai/model.h"
#include "terraform/driftfinding.h"
#include "terraform/ignorelist.h"
#include "terraform/stateinstance.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QToolButton;

namespace Ui {
class DriftWindow;
}
namespace api {
class ApiClient;
}
namespace changes {
class ModelPlan;
}
namespace drift {
class DriftScan;
}

namespace gui {

class DriftFilterProxyModel;
class DriftTableModel;

// Terraform > Compare with State: the findings of one comparison (address, model, status,
// changed fields), filter chips by status, the selected finding's fields side by side, and what
// can be done about them:
// - Revert Live to State: the state's values written to the live model through the change
//   engine (review, progress under the update deadline, the outcome as the engine reports it),
//   then the comparison runs again, so the table says what the model holds now;
// - Export Unmanaged: the selected unmanaged models in the export dialog, with import blocks;
// - Ignore: the selected unmanaged models join the ignore list kept in QSettings;
// - Copy Address, Open Model (the main window selects it).
// Reading shows progress and can be canceled. Nothing here waits on the network.
class DriftWindow : public QDialog
{
    Q_OBJECT

public:
    explicit DriftWindow(QWidget *parent = nullptr);
    ~DriftWindow() override;

    // Not owned; it must outlive the window. `region` goes into exported files.
    void setConnection(api::ApiClient *client, const QString &region);

    // Reads the live side of these states and shows the findings (again after each revert).
    void compare(QList<terraform::StateFile> states);
    void compareAgain();
    bool isReading() const;

    DriftTableModel *findingsModel() const { return m_model; }
    DriftFilterProxyModel *filterModel() const { return m_proxy; }
    QToolButton *chip(terraform::DriftStatus status) const;
    // The finding of the current row, if any.
    const terraform::DriftFinding *currentFinding() const;
    QList<terraform::DriftFinding> selectedFindings() const;
    void selectRow(int sourceRow);
    // The diff pane's rows: field, state, live.
    QList<QStringList> diffRows() const;

    // Where "Every workspace" is remembered (QSettings).
    static QString allWorkspacesKey();
    // The ignore list, one entry per line, in the application's QSettings.
    static QString ignoreListKey(); // "drift/ignoreList"
    // The list as written, comments included; savedIgnoreList() is its entries.
    static QString savedIgnoreText();
    static void saveIgnoreText(const QString &text);
    static terraform::IgnoreList savedIgnoreList();
    static void saveIgnoreList(const terraform::IgnoreList &list);

public Q_SLOTS:
    void revertSelected();
    void exportUnmanaged();
    void ignoreSelected();
    // Opens the ignore list as text; saving it compares again.
    void editIgnoreList();
    void compareAgainWhenIdle();
    void copyAddress();
    void openModel();
    void cancelReading();

Q_SIGNALS:
    void comparisonFinished();
    void openModelRequested(const QString &workspaceId, const QString &modelId);
    // A revert has ended; `succeeded` as the change engine reported it.
    void revertFinished(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onScanFinished();
    void updateChips();
    void updateActions();
    void updateStatesLabel();
    void showDiff();
    static QString noteFor(const terraform::DriftFinding &finding);
    void startRevert(const changes::ModelPlan &plan);
    const terraform::StateInstance *instanceOf(const terraform::DriftFinding &finding) const;

    std::unique_ptr<Ui::DriftWindow> ui;
    QPointer<api::ApiClient> m_client;
    QString m_region;
    QList<terraform::StateFile> m_states;
    DriftTableModel *m_model;
    DriftFilterProxyModel *m_proxy;
    QHash<int, QToolButton *> m_chips; // by int(DriftStatus)
    QPointer<drift::DriftScan> m_scan;
    QHash<QString, pai::Model> m_live;
    bool m_writing = false;
    // A change of scope or ignore list came while reading or writing: compare once more after.
    bool m_compareWhenIdle = false;
    QString m_readError;
};

} // namespace gui
