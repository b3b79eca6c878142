#pragma once

#include "gui/progress/operationprogressdialog.h"
#include "gui/settings/timeoutsettings.h"
#include "pai/model.h"
#include "pai/modelchange.h"
#include "pai/modeldraft.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace api {
class ApiCall;
class ApiClient;
class ApiError;
} // namespace api

namespace gui {

// Runs one write on a model as a list of steps, each a call with a deadline, and reports each
// step's outcome with its RequestId:
// - update: check the server's copy (GetModel; a changed GmtModifiedTime pauses for the person to
//   decide), UpdateModel with the changed fields, DeleteModelLabels, CreateModelLabels, reload;
// - create: CreateModel, reload; when the create timed out or lost its connection, look the model
//   up by name among those created since the request began and adopt it, so no duplicate is made;
// - delete: DeleteModel (a model already gone counts as deleted).
// After a failure it reloads the model when it can, so the caller knows what the server now holds.
class SaveCoordinator : public QObject
{
    Q_OBJECT

public:
    using StepState = OperationProgressDialog::StepState;

    struct Result
    {
        enum class Outcome { Saved, Adopted, Deleted, Failed, TimedOut, Canceled, NotCreated };
        Outcome outcome = Outcome::Failed;
        std::optional<pai::Model> model; // the server's copy afterwards, when it could be read
        QString modelId;                 // set once the model is known to exist
        QString message;                 // for the person: what happened, what was applied
        bool succeeded() const
        {
            return outcome == Outcome::Saved || outcome == Outcome::Adopted ||
                   outcome == Outcome::Deleted;
        }
    };

    SaveCoordinator(api::ApiClient *client, const TimeoutSettings &timeouts,
                    QObject *parent = nullptr);
    ~SaveCoordinator() override;

    void startCreate(const pai::ModelDraft &draft);
    void startUpdate(const pai::Model &loaded, const pai::ModelDraft &wanted);
    void startDelete(const pai::Model &model);

    // After conflictFound(): true sends the person's values over the server's, false stops.
    void resolveConflict(bool overwrite);
    void cancel();

    bool isRunning() const { return m_running; }
    QStringList stepNames() const;

Q_SIGNALS:
    void stepsPlanned(const QStringList &steps);
    void stepChanged(int step, gui::OperationProgressDialog::StepState state,
                     const QString &detail);
    // A new deadline starts (the writes get theirs once the pre-check is over).
    void deadlineChanged(QDeadlineTimer deadline);
    void retrying(int attempt, int waitMs, const api::ApiError &reason);
    void conflictFound(const pai::Model &server);
    void finished(const gui::SaveCoordinator::Result &result);

private:
    struct Step
    {
        QString name;
        std::function<api::ApiCall *(QDeadlineTimer)> launch;
        std::function<bool(api::ApiCall *)> onSuccess; // false: wait (a conflict to decide)
        bool isWrite = true;
        bool isReload = false;
        StepState state = StepState::Pending;
        QString requestId;
    };

    void plan(QList<Step> steps);
    void runStep(int index);
    void onStepFinished(api::ApiCall *call);
    void fail(const api::ApiError &error);
    void lookUpCreatedModel();
    void reloadThen(std::function<void(std::optional<pai::Model>)> done);
    void announcePlan();
    QDeadlineTimer deadlineFor(const Step &step);
    void finish(Result result);
    QList<Step> updateSteps(const pai::ModelChange &change);
    void addReloadStep(QList<Step> &steps);
    QString appliedSummary() const;
    QString serverStateSummary(const std::optional<pai::Model> &model) const;

    QPointer<api::ApiClient> m_client;
    TimeoutSettings m_timeouts;
    enum class Kind { Create, Update, Delete } m_kind = Kind::Update;
    pai::ModelDraft m_wanted;
    std::optional<pai::Model> m_loaded;
    QString m_modelId;
    QDateTime m_requestStartedUtc;
    QList<Step> m_steps;
    int m_current = -1;
    std::optional<QDeadlineTimer> m_writeDeadline;
    std::chrono::milliseconds m_writeTimeout{0};
    QPointer<api::ApiCall> m_call;
    std::optional<pai::Model> m_reloaded;
    bool m_running = false;
    bool m_waitingForConflict = false;
    bool m_canceled = false;
    bool m_reloadNotFound = false;
};

} // namespace gui

Q_DECLARE_METATYPE(gui::SaveCoordinator::Result)
