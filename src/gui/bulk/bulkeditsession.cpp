#include "gui/bulk/bulkeditsession.h"

#include "api/apiclient.h"
#include "changes/bulkplanner.h"
#include "changes/bulkrunner.h"
#include "changes/bulkundo.h"
#include "gui/bulk/bulkeditdialog.h"
#include "gui/bulk/bulkprogressdialog.h"
#include "gui/bulk/bulkreviewdialog.h"

namespace gui {

BulkEditSession::BulkEditSession(api::ApiClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
    , m_planner(new changes::BulkPlanner(client, this))
    , m_runner(new changes::BulkRunner(client, this))
    , m_edit(new BulkEditDialog(window))
    , m_review(new BulkReviewDialog(window))
    , m_progress(new BulkProgressDialog(window))
{
    for (QDialog *dialog : std::initializer_list<QDialog *>{m_edit, m_review, m_progress})
        dialog->setWindowModality(Qt::WindowModal);

    connect(m_edit, &QDialog::accepted, this, [this] { plan(Kind::Edit); });
    connect(m_edit, &QDialog::rejected, this, &BulkEditSession::close);

    connect(m_planner, &changes::BulkPlanner::progress, m_progress,
            &BulkProgressDialog::showReading);
    connect(m_planner, &changes::BulkPlanner::planned, this, &BulkEditSession::onPlanned);

    connect(m_review, &QDialog::accepted, this, &BulkEditSession::onReviewed);
    connect(m_review, &QDialog::rejected, this, [this] {
        // Nothing was sent for this plan; an earlier run's result stays on show.
        if (m_hasResult) {
            m_stage = Stage::Finished;
            m_progress->showFinished(m_result, m_result.anyFailed() && !m_result.undo, canUndo());
            m_progress->open();
            return;
        }
        close();
    });

    connect(m_runner, &changes::BulkRunner::modelStarted, m_progress,
            [this](int, const QString &modelId) {
                m_inFlight.insert(modelId);
                m_progress->modelStarted(modelId);
            });
    connect(m_runner, &changes::BulkRunner::modelFinished, this,
            [this](int, const changes::BulkModelResult &model) {
                m_inFlight.remove(model.modelId);
                m_progress->modelFinished(model);
                if (model.kind == changes::ModelPlan::Kind::Delete) {
                    if (model.state == changes::BulkModelResult::State::Done)
                        Q_EMIT modelDeleted(model.modelId);
                } else if (model.after && model.changed != changes::BulkModelResult::Change::No) {
                    Q_EMIT modelChanged(*model.after);
                }
            });
    connect(m_runner, &changes::BulkRunner::progress, m_progress, &BulkProgressDialog::setCounts);
    connect(m_runner, &changes::BulkRunner::finished, this, &BulkEditSession::onRunFinished);

    connect(m_progress, &BulkProgressDialog::cancelRequested, this, &BulkEditSession::cancel);
    connect(m_progress, &BulkProgressDialog::retryRequested, this, &BulkEditSession::retryFailed);
    connect(m_progress, &BulkProgressDialog::undoRequested, this, &BulkEditSession::undo);
    connect(m_progress, &QDialog::finished, this, [this] {
        if (m_stage == Stage::Finished)
            close();
    });
}

BulkEditSession::~BulkEditSession()
{
    delete m_edit;
    delete m_review;
    delete m_progress;
}

void BulkEditSession::start(const QStringList &selectedIds, const QStringList &shownIds,
                            bool remove)
{
    m_stage = Stage::Editing;
    m_edit->setModels(selectedIds, shownIds);
    m_edit->setDeleteChecked(remove);
    m_edit->open();
}

void BulkEditSession::plan(Kind kind)
{
    if (!m_client)
        return close();
    m_kind = kind;
    m_stage = Stage::Planning;
    switch (kind) {
    case Kind::Edit: {
        const QStringList ids = m_edit->chosenModelIds();
        m_progress->showReading(0, int(ids.size()));
        m_progress->open();
        m_planner->planEdit(m_edit->edit(), ids);
        break;
    }
    case Kind::Retry:
        m_progress->showReading(0, int(m_result.failedIds().size()));
        m_progress->open();
        m_planner->planRetry(m_result);
        break;
    case Kind::Undo:
        m_progress->showReading(0, int(changes::BulkUndo::modelsToRead(m_result).size()));
        m_progress->open();
        m_planner->planUndo(m_result);
        break;
    }
}

void BulkEditSession::onPlanned(const changes::BulkPlan &plan)
{
    if (m_stage != Stage::Planning)
        return;
    m_stage = Stage::Reviewing;
    m_progress->hide();
    m_review->showPlan(plan);
    m_review->open();
}

void BulkEditSession::onReviewed()
{
    if (!m_client)
        return close();
    m_stage = Stage::Running;
    m_runner->setConflictPolicy(m_kind == Kind::Undo
                                    ? changes::ModelWriter::ConflictPolicy::Stop
                                    : changes::ModelWriter::ConflictPolicy::Rebase);
    m_inFlight.clear();
    m_runner->start(m_review->plan());
    if (m_stage != Stage::Running)
        return; // the run had nothing to start and finished at once
    // The first models started inside start(): the rows are marked once the dialog has them.
    changes::BulkCounts counts = m_runner->result().counts();
    counts.inFlight = int(m_inFlight.size());
    m_progress->startRun(m_runner->result());
    for (const QString &modelId : std::as_const(m_inFlight))
        m_progress->modelStarted(modelId);
    m_progress->setCounts(counts);
    m_progress->open();
}

void BulkEditSession::onRunFinished(const changes::BulkResult &result)
{
    if (m_kind == Kind::Retry)
        m_result.merge(result);
    else
        m_result = result;
    m_hasResult = true;
    m_stage = Stage::Finished;
    m_progress->showFinished(m_result, m_result.anyFailed() && !m_result.undo, canUndo());
    m_progress->open();
    Q_EMIT runFinished(m_result);
}

bool BulkEditSession::canUndo() const
{
    return m_hasResult && !m_result.undo && !m_result.edit.remove &&
           !changes::BulkUndo::modelsToRead(m_result).isEmpty();
}

void BulkEditSession::retryFailed()
{
    if (m_stage == Stage::Finished && m_result.anyFailed())
        plan(Kind::Retry);
}

void BulkEditSession::undo()
{
    if (m_stage == Stage::Finished && canUndo())
        plan(Kind::Undo);
}

void BulkEditSession::cancel()
{
    if (m_stage == Stage::Planning) {
        m_planner->cancel();
        m_progress->hide();
        if (m_hasResult) {
            m_stage = Stage::Finished;
            m_progress->showFinished(m_result, m_result.anyFailed() && !m_result.undo, canUndo());
            m_progress->open();
        } else {
            close();
        }
        return;
    }
    if (m_stage == Stage::Running && m_runner->isRunning()) {
        m_progress->showCanceling(int(m_inFlight.size()));
        m_runner->cancel();
    }
}

void BulkEditSession::close()
{
    if (m_stage == Stage::Closed)
        return;
    m_stage = Stage::Closed;
    m_planner->cancel();
    for (QDialog *dialog : std::initializer_list<QDialog *>{m_edit, m_review, m_progress})
        dialog->hide();
    Q_EMIT closed();
    deleteLater();
}

} // namespace gui
