#include "gui/editor/savecoordinator.h"

#include "api/apiclient.h"

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString stepTitle(const QString &operation, const QString &what)
{
    return SaveCoordinator::tr("%1: %2").arg(operation, what);
}

QString requestIdDetail(const QString &requestId)
{
    return requestId.isEmpty() ? QString() : SaveCoordinator::tr("RequestId %1").arg(requestId);
}

bool mayHaveRun(const api::ApiError &error)
{
    // No answer, or an answer that does not prove the create did not run. A cancel aborts a
    // request that may already have reached the service.
    return error.isTransportFailure() || error.isServerError() ||
           error.kind == api::ApiError::Kind::MalformedResponse ||
           error.kind == api::ApiError::Kind::Canceled;
}

} // namespace

SaveCoordinator::SaveCoordinator(api::ApiClient *client, const TimeoutSettings &timeouts,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timeouts(timeouts)
{}

SaveCoordinator::~SaveCoordinator()
{
    // Nobody is left to hear the answer: stop the request instead of letting it run on.
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

QStringList SaveCoordinator::stepNames() const
{
    QStringList names;
    for (const Step &step : m_steps)
        names.append(step.name);
    return names;
}

void SaveCoordinator::startCreate(const pai::ModelDraft &draft)
{
    m_kind = Kind::Create;
    m_wanted = draft;
    m_loaded.reset();
    m_writeTimeout = m_timeouts.create;
    QList<Step> steps;
    Step create;
    create.name = stepTitle(u"CreateModel"_s, tr("create the model with its labels"));
    create.launch = [this](QDeadlineTimer deadline) -> api::ApiCall * {
        m_requestStartedUtc = QDateTime::currentDateTimeUtc();
        return m_client->createModel(m_wanted, deadline);
    };
    create.onSuccess = [this](api::ApiCall *call) {
        m_modelId = static_cast<api::CreateModelCall *>(call)->modelId();
        return true;
    };
    steps.append(create);
    addReloadStep(steps);
    plan(steps);
    runStep(0);
}

void SaveCoordinator::startUpdate(const pai::Model &loaded, const pai::ModelDraft &wanted)
{
    m_kind = Kind::Update;
    m_loaded = loaded;
    m_wanted = wanted;
    m_modelId = loaded.modelId;
    m_writeTimeout = m_timeouts.update;

    Step check;
    check.name = stepTitle(u"GetModel"_s, tr("check that nobody changed the model meanwhile"));
    check.isWrite = false;
    check.launch = [this](QDeadlineTimer deadline) -> api::ApiCall * {
        return m_client->getModel(m_modelId, deadline);
    };
    check.onSuccess = [this](api::ApiCall *call) {
        const auto &server = static_cast<api::GetModelCall *>(call)->model();
        if (!server)
            return true;
        m_reloaded = server;
        const bool changed =
            server->gmtModifiedTime != m_loaded->gmtModifiedTime ||
            pai::ModelDraft::fromModel(*server) != pai::ModelDraft::fromModel(*m_loaded);
        if (!changed)
            return true;
        m_waitingForConflict = true;
        Q_EMIT conflictFound(*server);
        return false;
    };
    QList<Step> steps{check};
    steps.append(
        updateSteps(pai::ModelChange::between(pai::ModelDraft::fromModel(loaded), wanted)));
    addReloadStep(steps);
    plan(steps);
    runStep(0);
}

void SaveCoordinator::startDelete(const pai::Model &model)
{
    m_kind = Kind::Delete;
    m_loaded = model;
    m_modelId = model.modelId;
    m_writeTimeout = m_timeouts.remove;
    Step remove;
    remove.name = stepTitle(u"DeleteModel"_s, tr("delete the model"));
    remove.launch = [this](QDeadlineTimer deadline) -> api::ApiCall * {
        return m_client->deleteModel(m_modelId, deadline);
    };
    remove.onSuccess = [](api::ApiCall *) { return true; };
    plan({remove});
    runStep(0);
}

QList<SaveCoordinator::Step> SaveCoordinator::updateSteps(const pai::ModelChange &change)
{
    QList<Step> steps;
    if (change.needsUpdate()) {
        const pai::ModelUpdate update = change.update();
        QStringList fieldNames;
        for (pai::ModelField field : update.fields)
            fieldNames.append(pai::apiName(field));
        Step step;
        step.name = stepTitle(u"UpdateModel"_s, fieldNames.join(u", "_s));
        step.launch = [this, update](QDeadlineTimer deadline) -> api::ApiCall * {
            return m_client->updateModel(m_modelId, update, deadline);
        };
        step.onSuccess = [](api::ApiCall *) { return true; };
        steps.append(step);
    }
    if (!change.labelKeysToDelete().isEmpty()) {
        const QStringList keys = change.labelKeysToDelete();
        Step step;
        step.name = stepTitle(u"DeleteModelLabels"_s, keys.join(u", "_s));
        step.launch = [this, keys](QDeadlineTimer deadline) -> api::ApiCall * {
            return m_client->deleteModelLabels(m_modelId, keys, deadline);
        };
        step.onSuccess = [](api::ApiCall *) { return true; };
        steps.append(step);
    }
    if (!change.labelsToCreate().isEmpty()) {
        const pai::LabelList labels = change.labelsToCreate();
        QStringList keys;
        for (const pai::Label &label : labels)
            keys.append(label.key);
        Step step;
        step.name = stepTitle(u"CreateModelLabels"_s, keys.join(u", "_s));
        step.launch = [this, labels](QDeadlineTimer deadline) -> api::ApiCall * {
            return m_client->createModelLabels(m_modelId, labels, deadline);
        };
        step.onSuccess = [](api::ApiCall *) { return true; };
        steps.append(step);
    }
    return steps;
}

void SaveCoordinator::addReloadStep(QList<Step> &steps)
{
    Step reload;
    reload.name = stepTitle(u"GetModel"_s, tr("reload the saved model"));
    reload.isWrite = false;
    reload.isReload = true;
    steps.append(reload);
}

void SaveCoordinator::plan(QList<Step> steps)
{
    m_steps = std::move(steps);
    m_running = true;
    announcePlan();
}

void SaveCoordinator::announcePlan()
{
    Q_EMIT stepsPlanned(stepNames());
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).state != StepState::Pending)
            Q_EMIT stepChanged(i, m_steps.at(i).state, requestIdDetail(m_steps.at(i).requestId));
    }
}

QDeadlineTimer SaveCoordinator::deadlineFor(const Step &step)
{
    if (!step.isWrite)
        return QDeadlineTimer(m_timeouts.read);
    // All writes of one save share one deadline, which starts with the first write.
    if (!m_writeDeadline)
        m_writeDeadline = QDeadlineTimer(m_writeTimeout);
    return *m_writeDeadline;
}

void SaveCoordinator::runStep(int index)
{
    if (m_canceled) {
        fail(api::ApiError::canceled());
        return;
    }
    m_current = index;
    if (index >= m_steps.size()) {
        Result result;
        result.outcome = m_kind == Kind::Delete ? Result::Outcome::Deleted : Result::Outcome::Saved;
        finish(result);
        return;
    }
    Step &step = m_steps[index];
    if (step.isReload) {
        reloadThen([this](std::optional<pai::Model> model) {
            Result result;
            result.model = model;
            if (m_kind == Kind::Create && m_loaded) {
                result.outcome = Result::Outcome::Adopted;
                result.message = tr("The connection was lost while creating the model, but the "
                                    "service had created it. PaiDesk adopted it (ID %1) instead "
                                    "of creating a second one.")
                                     .arg(m_modelId);
            } else {
                result.outcome = Result::Outcome::Saved;
                if (!model)
                    result.message = tr("Saved, but the model could not be read back.");
            }
            finish(result);
        });
        return;
    }
    step.state = StepState::Running;
    Q_EMIT stepChanged(index, StepState::Running, QString());
    const QDeadlineTimer deadline = deadlineFor(step);
    Q_EMIT deadlineChanged(deadline);
    api::ApiCall *call = step.launch(deadline);
    m_call = call;
    connect(call, &api::ApiCall::retrying, this, &SaveCoordinator::retrying);
    connect(call, &api::ApiCall::finished, this, [this, call] { onStepFinished(call); });
}

void SaveCoordinator::onStepFinished(api::ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    Step &step = m_steps[m_current];
    if (!call->succeeded()) {
        fail(call->error().value_or(api::ApiError::network(tr("Unknown error."))));
        return;
    }
    step.state = StepState::Done;
    step.requestId = call->requestId();
    Q_EMIT stepChanged(m_current, StepState::Done, requestIdDetail(step.requestId));
    if (!step.onSuccess(call))
        return; // resolveConflict() continues
    runStep(m_current + 1);
}

void SaveCoordinator::resolveConflict(bool overwrite)
{
    if (!m_waitingForConflict)
        return;
    m_waitingForConflict = false;
    if (!overwrite) {
        Result result;
        result.outcome = Result::Outcome::Canceled;
        result.model = m_reloaded;
        result.message = tr("Nothing was sent. The form keeps your values; the server's current "
                            "copy is now the base for the next save.");
        for (int i = m_current + 1; i < m_steps.size(); ++i) {
            m_steps[i].state = StepState::Skipped;
            Q_EMIT stepChanged(i, StepState::Skipped, QString());
        }
        finish(result);
        return;
    }
    // Overwrite sends the person's edits onto the server's copy; fields they did not touch keep
    // the other writer's values.
    const pai::ModelDraft server = pai::ModelDraft::fromModel(*m_reloaded);
    m_wanted = pai::ModelChange::rebased(pai::ModelDraft::fromModel(*m_loaded), m_wanted, server);
    QList<Step> steps = m_steps.mid(0, m_current + 1);
    steps.append(updateSteps(pai::ModelChange::between(server, m_wanted)));
    addReloadStep(steps);
    m_steps = steps;
    announcePlan();
    runStep(m_current + 1);
}

void SaveCoordinator::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_waitingForConflict) {
        resolveConflict(false);
        return;
    }
    if (m_call)
        m_call->cancel();
}

void SaveCoordinator::fail(const api::ApiError &error)
{
    Step &step = m_steps[std::min<qsizetype>(m_current, m_steps.size() - 1)];
    if (m_kind == Kind::Delete && error.isNotFound()) {
        step.state = StepState::Done;
        Q_EMIT stepChanged(m_current, StepState::Done, tr("the model was already gone"));
        Result result;
        result.outcome = Result::Outcome::Deleted;
        finish(result);
        return;
    }
    const bool unknown = error.isTransportFailure() || error.isServerError();
    step.state = step.isWrite && unknown ? StepState::Unknown : StepState::Failed;
    Q_EMIT stepChanged(m_current, step.state, requestIdDetail(error.requestId));
    for (int i = m_current + 1; i < m_steps.size(); ++i) {
        if (!m_steps.at(i).isReload) {
            m_steps[i].state = StepState::Skipped;
            Q_EMIT stepChanged(i, StepState::Skipped, QString());
        }
    }

    const bool timedOut = error.kind == api::ApiError::Kind::Timeout;
    QString what;
    if (timedOut) {
        const auto timeout = step.isWrite ? m_writeTimeout : m_timeouts.read;
        what = tr("%1 timed out after %2.")
                   .arg(step.name, OperationProgressDialog::formatDuration(timeout.count()));
    } else if (error.kind == api::ApiError::Kind::Canceled) {
        what = tr("Canceled during %1.").arg(step.name);
    } else {
        what = tr("%1 failed. %2").arg(step.name, error.userText());
    }

    Result result;
    result.outcome = timedOut                                      ? Result::Outcome::TimedOut
                     : error.kind == api::ApiError::Kind::Canceled ? Result::Outcome::Canceled
                                                                   : Result::Outcome::Failed;

    if (m_kind == Kind::Create && m_modelId.isEmpty() && mayHaveRun(error)) {
        m_canceled = false; // the cancel stopped the create; the look-up still has to run
        lookUpCreatedModel();
        return;
    }
    if (!step.isWrite && !step.isReload && m_kind == Kind::Update) {
        result.message = tr("%1 Nothing was sent; the form keeps your values.").arg(what);
        finish(result);
        return;
    }
    if (m_kind == Kind::Create && m_modelId.isEmpty()) {
        result.message = tr("%1 The model was not created; the form keeps your values.").arg(what);
        finish(result);
        return;
    }

    reloadThen([this, result, what](std::optional<pai::Model> model) mutable {
        result.model = model;
        if (m_kind == Kind::Delete) {
            if (!model && m_reloadNotFound) {
                result.outcome = Result::Outcome::Deleted;
                result.message =
                    tr("%1 The model is gone from the server, so it was deleted.").arg(what);
            } else {
                result.message =
                    model ? tr("%1 The model still exists on the server.").arg(what)
                          : tr("%1 Whether the model still exists is unknown.").arg(what);
            }
        } else {
            result.message =
                what + u"\n\n"_s + appliedSummary() + u"\n\n"_s + serverStateSummary(model);
        }
        finish(result);
    });
}

void SaveCoordinator::lookUpCreatedModel()
{
    // The reload stays last; the look-up goes just before it.
    Step lookup;
    lookup.name = stepTitle(u"ListModels"_s, tr("look for the model in case it was created"));
    lookup.isWrite = false;
    const int at = int(m_steps.size()) - 1;
    m_steps.insert(at, lookup);
    announcePlan();
    m_current = at;
    m_steps[at].state = StepState::Running;
    Q_EMIT stepChanged(at, StepState::Running, QString());

    api::ModelListQuery query;
    query.workspaceId = m_wanted.workspaceId;
    query.modelName = m_wanted.modelName;
    query.sortBy = u"GmtCreateTime"_s;
    query.order = u"DESC"_s;
    query.pageSize = 50;
    const QDeadlineTimer deadline(m_timeouts.listPage);
    Q_EMIT deadlineChanged(deadline);
    api::ListModelsCall *call = m_client->listModels(query, deadline);
    m_call = call;
    connect(call, &api::ApiCall::retrying, this, &SaveCoordinator::retrying);
    connect(call, &api::ApiCall::finished, this, [this, call, at] {
        call->deleteLater();
        m_call = nullptr;
        Step &step = m_steps[at];
        if (!call->succeeded()) {
            step.state = StepState::Failed;
            Q_EMIT stepChanged(at, StepState::Failed, requestIdDetail(call->requestId()));
            Result result;
            result.outcome = Result::Outcome::Failed;
            result.message =
                tr("The create did not get an answer, and looking for the model failed too (%1). "
                   "Check the model list before saving again, so that no duplicate is created.")
                    .arg(call->error() ? call->error()->userText() : QString());
            finish(result);
            return;
        }
        // Time stamps have whole seconds: anything from the request's second on counts.
        const qint64 since = m_requestStartedUtc.toSecsSinceEpoch();
        std::optional<pai::Model> found;
        for (const pai::Model &model : call->page().models) {
            if (model.modelName != m_wanted.modelName)
                continue;
            if (!m_wanted.workspaceId.isEmpty() && model.workspaceId != m_wanted.workspaceId)
                continue;
            const QDateTime created = QDateTime::fromString(model.gmtCreateTime, Qt::ISODate);
            if (!created.isValid() || created.toSecsSinceEpoch() < since)
                continue;
            if (!found || model.gmtCreateTime > found->gmtCreateTime)
                found = model;
        }
        step.requestId = call->requestId();
        if (!found) {
            step.state = StepState::Done;
            Q_EMIT stepChanged(at, StepState::Done, tr("not found"));
            m_steps[0].state = StepState::Failed;
            Q_EMIT stepChanged(0, StepState::Failed, QString());
            m_steps.last().state = StepState::Skipped;
            Q_EMIT stepChanged(int(m_steps.size()) - 1, StepState::Skipped, QString());
            Result result;
            result.outcome = Result::Outcome::NotCreated;
            result.message = tr("The create got no answer, and no model named \"%1\" was created "
                                "since the request began: the model was not created. The form "
                                "keeps your values; save again to create it.")
                                 .arg(m_wanted.modelName);
            finish(result);
            return;
        }
        step.state = StepState::Done;
        Q_EMIT stepChanged(at, StepState::Done, tr("found %1").arg(found->modelId));
        m_steps[0].state = StepState::Done;
        Q_EMIT stepChanged(0, StepState::Done, tr("created as %1").arg(found->modelId));
        m_modelId = found->modelId;
        m_loaded = found; // marks the result as adopted
        runStep(int(m_steps.size()) - 1);
    });
}

void SaveCoordinator::reloadThen(std::function<void(std::optional<pai::Model>)> done)
{
    const int at = int(m_steps.size()) - 1;
    const bool hasReloadStep = at >= 0 && m_steps.at(at).isReload;
    m_reloadNotFound = false;
    if (m_modelId.isEmpty()) {
        done(std::nullopt);
        return;
    }
    if (hasReloadStep) {
        m_steps[at].state = StepState::Running;
        Q_EMIT stepChanged(at, StepState::Running, QString());
    }
    const QDeadlineTimer deadline(m_timeouts.read);
    api::GetModelCall *call = m_client->getModel(m_modelId, deadline);
    m_call = call;
    connect(call, &api::ApiCall::retrying, this, &SaveCoordinator::retrying);
    connect(call, &api::ApiCall::finished, this, [this, call, at, hasReloadStep, done] {
        call->deleteLater();
        m_call = nullptr;
        if (hasReloadStep) {
            m_steps[at].state = call->succeeded() ? StepState::Done : StepState::Failed;
            m_steps[at].requestId = call->requestId();
            Q_EMIT stepChanged(at, m_steps[at].state, requestIdDetail(call->requestId()));
        }
        m_reloadNotFound = call->error() && call->error()->isNotFound();
        done(call->succeeded() ? call->model() : std::nullopt);
    });
}

QString SaveCoordinator::appliedSummary() const
{
    QStringList applied;
    for (const Step &step : m_steps) {
        if (step.isWrite && step.state == StepState::Done)
            applied.append(tr("%1 (RequestId %2)").arg(step.name, step.requestId));
    }
    if (applied.isEmpty())
        return tr("No change was applied.");
    return tr("Applied: %1.").arg(applied.join(u"; "_s));
}

QString SaveCoordinator::serverStateSummary(const std::optional<pai::Model> &model) const
{
    if (!model)
        return tr("The server's copy could not be read, so its state is unknown. Reload the model "
                  "before saving again.");
    const pai::ModelChange remaining =
        pai::ModelChange::between(pai::ModelDraft::fromModel(*model), m_wanted);
    if (remaining.isEmpty())
        return tr("The model was reloaded: the server has all of your values.");
    QStringList paths;
    for (const pai::FieldDiff &diff : remaining.diffs())
        paths.append(diff.path);
    return tr("The model was reloaded. The server does not have your values for: %1. The form "
              "keeps them, so Save can simply be retried.")
        .arg(paths.join(u", "_s));
}

void SaveCoordinator::finish(Result result)
{
    if (!m_running)
        return;
    m_running = false;
    if (result.modelId.isEmpty() && result.outcome != Result::Outcome::Deleted)
        result.modelId = result.model ? result.model->modelId : m_modelId;
    Q_EMIT finished(result);
}

} // namespace gui
