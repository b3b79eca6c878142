#pragma once

#include "changes/writestep.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace Ui {
class OperationProgressDialog;
}

namespace api {
class ApiCall;
class ApiError;
} // namespace api

namespace changes {
class ModelWriter;
class VersionWriter;
} // namespace changes

namespace gui {

// Shows one running operation: what it does and to which model, its steps, elapsed and remaining
// time against its deadline, retries, and a Cancel button. It only displays; whoever runs the
// operation feeds it and listens to cancelRequested(). Writes show it at once; reads pass a show
// delay so a quick answer never flashes a dialog.
class OperationProgressDialog : public QDialog
{
    Q_OBJECT

public:
    using StepState = changes::StepState;

    explicit OperationProgressDialog(QWidget *parent = nullptr);
    ~OperationProgressDialog() override;

    static constexpr int ReadShowDelayMs = 400;

    void setOperation(const QString &description);
    // One line per step; with fewer than two steps the list stays hidden.
    void setSteps(const QStringList &steps);
    void setStepState(int step, StepState state, const QString &detail = QString());
    StepState stepState(int step) const;
    QString stepText(int step) const;

    // Follows one call from start to end: its deadline, retries, result, and Cancel. For reads
    // pass ReadShowDelayMs, so the dialog only appears when the answer is slow.
    void track(api::ApiCall *call, int showDelayMs = 0);

    // Follows a plan run by the change engine: its steps and their states, its one deadline,
    // retries, a read-back under its own deadline, and Cancel. The caller reports the outcome
    // with finishSuccess() or finishFailure().
    void follow(changes::ModelWriter *writer);
    // The same for a write to a model version.
    void follow(changes::VersionWriter *writer);

    // Starts the clock. The dialog opens (window-modal) after `showDelayMs`, unless finished first.
    void start(QDeadlineTimer deadline, int showDelayMs = 0);
    void setDeadline(QDeadlineTimer deadline);
    // A new deadline for the whole operation (after a conflict was decided): elapsed and
    // remaining both count from now.
    void restartClock(QDeadlineTimer deadline);

    // "Throttled, retry 2 in 3 s"; also kept in retryHistory().
    void showRetry(int attempt, int waitMs, const api::ApiError &reason);
    void setRetryStatus(const QString &text);
    void clearRetryStatus();
    QStringList retryHistory() const { return m_retryHistory; }
    static QString retryText(const api::ApiError &reason, int attempt, int waitMs);

    // The end: a success closes the dialog unless `keepOpen`; a failure stays open with the
    // message and a Close button, so the person reads what happened.
    void finishSuccess(const QString &message = QString(), bool keepOpen = false);
    void finishFailure(const QString &message);
    bool isFinished() const { return m_finished; }
    bool wasShown() const { return m_wasShown; }
    QString resultText() const;
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    static QString formatDuration(qint64 ms);

Q_SIGNALS:
    void cancelRequested();

protected:
    void reject() override; // Esc and the window's close button mean Cancel while running

private:
    void updateTime();
    void showStep(int index, const changes::WriteStep &step);
    template<typename Writer> void followWriter(Writer *writer, const QString &readingBackText);
    void showNow();
    void offerClose(); // the operation has ended: Close replaces Cancel and takes Enter

    std::unique_ptr<Ui::OperationProgressDialog> ui;
    QElapsedTimer m_elapsed;
    QDeadlineTimer m_deadline;
    qint64 m_totalMs = 0;
    QTimer m_tick;
    QTimer m_showTimer;
    QList<StepState> m_stepStates;
    QStringList m_stepNames;
    QStringList m_retryHistory;
    bool m_finished = false;
    bool m_wasShown = false;
    bool m_cancelRequested = false;
};

} // namespace gui
