#include "gui/progress/operationprogressdialog.h"

#include "api/apicall.h"
#include "api/apierror.h"
#include "changes/duration.h"
#include "changes/modelwriter.h"
#include "changes/versionwriter.h"
#include "ui_operationprogressdialog.h"

#include <QPushButton>

#include <cmath>

namespace gui {

namespace {

constexpr int TickMs = 200;

} // namespace

OperationProgressDialog::OperationProgressDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::OperationProgressDialog>())
{
    ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    ui->stepsList->hide();
    ui->retryLabel->hide();
    ui->resultLabel->hide();
    ui->timeBar->setRange(0, 1000);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &OperationProgressDialog::reject);

    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &OperationProgressDialog::updateTime);
    m_showTimer.setSingleShot(true);
    connect(&m_showTimer, &QTimer::timeout, this, &OperationProgressDialog::showNow);
}

OperationProgressDialog::~OperationProgressDialog() = default;

void OperationProgressDialog::setOperation(const QString &description)
{
    ui->operationLabel->setText(description);
    setWindowTitle(description);
}

void OperationProgressDialog::setSteps(const QStringList &steps)
{
    m_stepNames = steps;
    m_stepStates = QList<StepState>(steps.size(), StepState::Pending);
    ui->stepsList->clear();
    for (int i = 0; i < steps.size(); ++i) {
        ui->stepsList->addItem(QString());
        setStepState(i, StepState::Pending);
    }
    ui->stepsList->setVisible(steps.size() > 1);
}

void OperationProgressDialog::setStepState(int step, StepState state, const QString &detail)
{
    if (step < 0 || step >= m_stepStates.size())
        return;
    m_stepStates[step] = state;
    QString stateText;
    switch (state) {
    case StepState::Pending:
        stateText = tr("waiting");
        break;
    case StepState::Running:
        stateText = tr("running");
        break;
    case StepState::Done:
        stateText = tr("done");
        break;
    case StepState::Applied:
        stateText = tr("applied");
        break;
    case StepState::NotApplied:
        stateText = tr("not applied");
        break;
    case StepState::Failed:
        stateText = tr("failed");
        break;
    case StepState::Skipped:
        stateText = tr("not sent");
        break;
    case StepState::Unknown:
        stateText = tr("outcome unknown");
        break;
    }
    QString text = tr("%1: %2").arg(m_stepNames.at(step), stateText);
    if (!detail.isEmpty())
        text = tr("%1 (%2)").arg(text, detail);
    ui->stepsList->item(step)->setText(text);
}

OperationProgressDialog::StepState OperationProgressDialog::stepState(int step) const
{
    return m_stepStates.value(step, StepState::Pending);
}

QString OperationProgressDialog::stepText(int step) const
{
    const QListWidgetItem *item = ui->stepsList->item(step);
    return item ? item->text() : QString();
}

void OperationProgressDialog::start(QDeadlineTimer deadline, int showDelayMs)
{
    m_elapsed.start();
    m_finished = false;
    m_cancelRequested = false;
    setDeadline(deadline);
    ui->buttonBox->setStandardButtons(QDialogButtonBox::Cancel);
    ui->resultLabel->hide();
    m_tick.start();
    updateTime();
    if (showDelayMs <= 0)
        showNow();
    else
        m_showTimer.start(showDelayMs);
}

void OperationProgressDialog::track(api::ApiCall *call, int showDelayMs)
{
    connect(call, &api::ApiCall::retrying, this, &OperationProgressDialog::showRetry);
    connect(this, &OperationProgressDialog::cancelRequested, call, &api::ApiCall::cancel);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (call->succeeded()) {
            finishSuccess();
            return;
        }
        const api::ApiError error = call->error().value_or(api::ApiError::canceled());
        if (error.kind == api::ApiError::Kind::Canceled) {
            finishSuccess(); // the person asked for it; nothing to report
            return;
        }
        if (error.kind == api::ApiError::Kind::Timeout) {
            finishFailure(
                tr("%1 timed out after %2. %3")
                    .arg(call->operationName(), formatDuration(m_totalMs), error.message));
        } else {
            finishFailure(error.userText());
        }
    });
    start(call->deadline(), showDelayMs);
}

void OperationProgressDialog::follow(changes::ModelWriter *writer)
{
    followWriter(writer, tr("The operation's time is up. Reading the model back, for at most %1, "
                            "to learn what the server holds."));
}

void OperationProgressDialog::follow(changes::VersionWriter *writer)
{
    followWriter(writer, tr("The operation's time is up. Reading the version back, for at most "
                            "%1, to learn what the server holds."));
}

template<typename Writer>
void OperationProgressDialog::followWriter(Writer *writer, const QString &readingBackText)
{
    const auto showSteps = [this, writer] {
        QStringList names;
        for (const changes::WriteStep &step : writer->steps())
            names.append(step.title(writer->plan().kind()));
        setSteps(names);
        for (int i = 0; i < writer->steps().size(); ++i)
            showStep(i, writer->steps().at(i));
    };
    connect(writer, &Writer::stepsChanged, this, showSteps);
    connect(writer, &Writer::stepChanged, this,
            [this, writer](int index) { showStep(index, writer->steps().at(index)); });
    connect(writer, &Writer::deadlineStarted, this,
            [this](QDeadlineTimer deadline) { restartClock(deadline); });
    connect(writer, &Writer::readingBack, this, [this, readingBackText](QDeadlineTimer deadline) {
        setRetryStatus(readingBackText.arg(formatDuration(deadline.remainingTime())));
    });
    connect(writer, &Writer::retrying, this, &OperationProgressDialog::showRetry);
    connect(this, &OperationProgressDialog::cancelRequested, writer, &Writer::cancel);
    showSteps();
    start(writer->deadline(), 0);
}

void OperationProgressDialog::showStep(int index, const changes::WriteStep &step)
{
    QString detail = step.note;
    if (!step.requestId.isEmpty()) {
        const QString id = tr("RequestId %1").arg(step.requestId);
        detail = detail.isEmpty() ? id : tr("%1; %2").arg(detail, id);
    }
    setStepState(index, step.state, detail);
}

void OperationProgressDialog::restartClock(QDeadlineTimer deadline)
{
    m_elapsed.start();
    setDeadline(deadline);
}

void OperationProgressDialog::setDeadline(QDeadlineTimer deadline)
{
    m_deadline = deadline;
    m_totalMs = deadline.isForever() ? 0 : elapsedMs() + deadline.remainingTime();
    updateTime();
}

void OperationProgressDialog::showRetry(int attempt, int waitMs, const api::ApiError &reason)
{
    setRetryStatus(retryText(reason, attempt, waitMs));
}

void OperationProgressDialog::setRetryStatus(const QString &text)
{
    m_retryHistory.append(text);
    ui->retryLabel->setText(text);
    ui->retryLabel->show();
}

void OperationProgressDialog::clearRetryStatus()
{
    ui->retryLabel->clear();
    ui->retryLabel->hide();
}

QString OperationProgressDialog::retryText(const api::ApiError &reason, int attempt, int waitMs)
{
    QString why;
    if (reason.isThrottling())
        why = tr("Throttled");
    else if (reason.isServiceUnavailable())
        why = tr("Service unavailable");
    else if (reason.isServerError())
        why = tr("Server error %1").arg(reason.httpStatus);
    else if (reason.kind == api::ApiError::Kind::Timeout)
        why = tr("No answer in time");
    else if (reason.kind == api::ApiError::Kind::Network)
        why = tr("Connection problem");
    else
        why = reason.code.isEmpty() ? tr("Error") : reason.code;
    const int seconds = int(std::ceil(waitMs / 1000.0));
    return tr("%1, retry %2 in %n s", nullptr, seconds).arg(why).arg(attempt);
}

void OperationProgressDialog::finishSuccess(const QString &message, bool keepOpen)
{
    m_finished = true;
    m_tick.stop();
    m_showTimer.stop();
    updateTime();
    clearRetryStatus();
    if (!keepOpen) {
        if (isVisible())
            accept();
        else
            setResult(QDialog::Accepted);
        return;
    }
    ui->resultLabel->setText(message);
    ui->resultLabel->setVisible(!message.isEmpty());
    offerClose();
}

void OperationProgressDialog::finishFailure(const QString &message)
{
    m_finished = true;
    m_tick.stop();
    m_showTimer.stop();
    updateTime();
    ui->resultLabel->setText(message);
    ui->resultLabel->show();
    offerClose();
    // A failure is always shown, even for a read that would otherwise have stayed hidden.
    showNow();
}

void OperationProgressDialog::offerClose()
{
    ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    QPushButton *close = ui->buttonBox->button(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    // Cancel had the focus and is gone now; without this, Enter would do nothing.
    close->setDefault(true);
    close->setFocus(Qt::OtherFocusReason);
}

QString OperationProgressDialog::resultText() const
{
    return ui->resultLabel->text();
}

QString OperationProgressDialog::formatDuration(qint64 ms)
{
    return changes::durationText(ms);
}

void OperationProgressDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    // Cancel is a request: the dialog closes when the operation reports how it ended.
    if (!m_cancelRequested) {
        m_cancelRequested = true;
        setRetryStatus(tr("Canceling…"));
        Q_EMIT cancelRequested();
    }
}

void OperationProgressDialog::updateTime()
{
    const qint64 elapsed = elapsedMs();
    if (m_deadline.isForever()) {
        ui->timeLabel->setText(tr("Elapsed: %1").arg(formatDuration(elapsed)));
        ui->timeBar->setRange(0, 0);
        return;
    }
    const qint64 remaining =
        m_finished ? std::max<qint64>(0, m_totalMs - elapsed) : m_deadline.remainingTime();
    ui->timeLabel->setText(
        tr("Elapsed: %1, remaining: %2").arg(formatDuration(elapsed), formatDuration(remaining)));
    ui->timeBar->setRange(0, 1000);
    ui->timeBar->setValue(m_totalMs > 0 ? int(std::min<qint64>(1000, elapsed * 1000 / m_totalMs))
                                        : 0);
}

void OperationProgressDialog::showNow()
{
    if (m_wasShown && isVisible())
        return;
    m_wasShown = true;
    open();
}

} // namespace gui
