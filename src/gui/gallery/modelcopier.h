#pragma once

#include "changes/copyplan.h"
#include "gui/settings/timeoutsettings.h"
#include "pai/model.h"
#include "pai/workspace.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace api {
class ApiClient;
}

namespace gui {

class CopyToWorkspaceDialog;
class OperationProgressDialog;
class ReviewChangesDialog;

// Copies a model (a gallery model, typically) into a workspace, the way the form saves: it reads
// the whole model (GetModel), asks where to (CopyToWorkspaceDialog), shows the exact requests
// (ReviewChangesDialog with the changes::CopyPlan), then runs the create on changes::ModelWriter
// and, when asked for, the first version on changes::VersionWriter, each under its deadline in
// the progress dialog with Cancel. The last dialog says what happened to both; a model created
// without its version says exactly that. Every dialog opens window-modal; nothing waits in a
// nested event loop. One copy at a time; it deletes itself when done.
class ModelCopier : public QObject
{
    Q_OBJECT

public:
    ModelCopier(api::ApiClient *client, const TimeoutSettings &timeouts, QWidget *window);
    ~ModelCopier() override;

    // `modelId` is read first, so the copy has every field (a table row is slimmed).
    void start(const QString &modelId, const QList<pai::Workspace> &workspaces,
               const QString &preferredWorkspace);

    // The dialogs of each step, while they are open (for tests).
    CopyToWorkspaceDialog *choiceDialog() const;
    ReviewChangesDialog *reviewDialog() const;
    OperationProgressDialog *progressDialog() const;

Q_SIGNALS:
    // The copy exists: the model as the service holds it (or as planned, if it could not be
    // read back). Emitted once the whole copy ended, the version included.
    void modelCreated(const pai::Model &model);
    // The flow ended: everything asked for took effect, or not (declined, failed, canceled).
    void finished(bool succeeded);

private:
    void choose(const pai::Model &source);
    void review(const changes::CopyPlan &plan);
    void createModel(const changes::CopyPlan &plan);
    void createVersion(const changes::CopyPlan &plan, const changes::WriteOutcome &model);
    void conclude(const changes::CopyPlan &plan, const changes::WriteOutcome &model,
                  const std::optional<changes::WriteOutcome> &version);
    OperationProgressDialog *newProgressDialog(const QString &operation);
    void end(bool succeeded);

    QPointer<api::ApiClient> m_client;
    TimeoutSettings m_timeouts;
    QWidget *m_window;
    QList<pai::Workspace> m_workspaces;
    QString m_preferredWorkspace;
    QPointer<CopyToWorkspaceDialog> m_choice;
    QPointer<ReviewChangesDialog> m_review;
    QPointer<OperationProgressDialog> m_progress;
};

} // namespace gui
