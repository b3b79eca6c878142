#pragma once

#include "changes/bulkresult.h"

#include <QDialog>

#include <memory>

class QTableView;

namespace Ui {
class BulkProgressDialog;
}

namespace gui {

class BulkResultModel;

// Follows a bulk edit from the fresh reads to the end of the run: the counts of done, failed,
// skipped and pending models, one row per model, and Cancel (which starts no more models and
// lets the ones in flight settle, and says so). At the end it lists each failed model with its
// Code, Message and RequestId, and offers Retry Failed and Undo. It only displays; the session
// feeds it and listens to its signals.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Phase { Reading, Running, Canceling, Finished };

    explicit BulkProgressDialog(QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    void showReading(int read, int total);
    void startRun(const changes::BulkResult &initial);
    void modelStarted(const QString &modelId);
    void modelFinished(const changes::BulkModelResult &result);
    void setCounts(const changes::BulkCounts &counts);
    void showCanceling(int inFlight);
    void showFinished(const changes::BulkResult &result, bool canRetry, bool canUndo);

    Phase phase() const { return m_phase; }
    QString statusText() const;
    QString countsText() const;
    const changes::BulkCounts &counts() const { return m_counts; }
    BulkResultModel *resultModel() const { return m_model; }
    QTableView *resultView() const;

    static QString countsText(const changes::BulkCounts &counts);

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();
    void undoRequested();

protected:
    void reject() override; // Esc and the close button mean Cancel while something runs

private:
    void setPhase(Phase phase);

    std::unique_ptr<Ui::BulkProgressDialog> ui;
    BulkResultModel *m_model;
    Phase m_phase = Phase::Reading;
    changes::BulkCounts m_counts;
};

} // namespace gui
