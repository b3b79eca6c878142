#pragma once

#include "changes/bulkplan.h"
#include "changes/bulkresult.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace api {
class ApiClient;
}

namespace changes {
class BulkPlanner;
class BulkRunner;
} // namespace changes

namespace gui {

class BulkEditDialog;
class BulkProgressDialog;
class BulkReviewDialog;

// One bulk edit from the window, from the form to the result: the form (BulkEditDialog), fresh
// reads and the plan (changes::BulkPlanner, with progress), the one review (BulkReviewDialog),
// the run (changes::BulkRunner, at most six models in flight, each with the update or delete
// deadline of the client's timeouts) in BulkProgressDialog, then Retry Failed (the failed models
// only, merged into the result) and Undo (the inverse plan; models changed in between are listed
// and left alone). Every dialog opens window-modal with open(); nothing waits in a nested loop.
// The session deletes itself when its last dialog closes.
class BulkEditSession : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Editing, Planning, Reviewing, Running, Finished, Closed };

    BulkEditSession(api::ApiClient *client, QWidget *window);
    ~BulkEditSession() override;

    // Opens the form; with `remove` it opens on delete.
    void start(const QStringList &selectedIds, const QStringList &shownIds, bool remove = false);

    Stage stage() const { return m_stage; }
    BulkEditDialog *editDialog() const { return m_edit; }
    BulkReviewDialog *reviewDialog() const { return m_review; }
    BulkProgressDialog *progressDialog() const { return m_progress; }
    changes::BulkRunner *runner() const { return m_runner; }
    // The result so far: the first run with any retries merged in, or the undo's.
    const changes::BulkResult &result() const { return m_result; }

    void retryFailed();
    void undo();

Q_SIGNALS:
    // The server's copy after the run (a row to update in place).
    void modelChanged(const pai::Model &model);
    void modelDeleted(const QString &modelId);
    // A run ended (the first, a retry or an undo); `result` is what result() now holds.
    void runFinished(const changes::BulkResult &result);
    void closed();

private:
    enum class Kind { Edit, Retry, Undo };

    void plan(Kind kind);
    void onPlanned(const changes::BulkPlan &plan);
    void onReviewed();
    void onRunFinished(const changes::BulkResult &result);
    void cancel();
    void close();
    bool canUndo() const;

    QPointer<api::ApiClient> m_client;
    QWidget *m_window;
    changes::BulkPlanner *m_planner;
    changes::BulkRunner *m_runner;
    BulkEditDialog *m_edit;
    BulkReviewDialog *m_review;
    BulkProgressDialog *m_progress;
    Stage m_stage = Stage::Editing;
    Kind m_kind = Kind::Edit;
    changes::BulkResult m_result;
    bool m_hasResult = false;
    QSet<QString> m_inFlight; // the models of the run now in flight
};

} // namespace gui
