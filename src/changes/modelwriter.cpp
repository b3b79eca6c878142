#include "changes/modelwriter.h"

#include "api/apiclient.h"
#include "api/requests.h"
#include "changes/readbackcomparison.h"

using namespace Qt::StringLiterals;

namespace changes {

namespace {

// Below this, what is left of the operation's deadline is too little for a read-back to answer.
constexpr qint64 MinimumReadBackMs = 1000;
constexpr int MaxCreateAttempts = 3;

// A lost create is adopted only if the model found is the one asked for: the same name and
// workspace, every written field equal, and created no earlier than a minute before the request
// (service and client clocks may differ by that much; the equal fields keep a stranger's model
// of the same name from being taken for ours).
constexpr qint64 CreateClockSlackSeconds = 60;

bool isCreatedModel(const pai::Model &model, const pai::ModelDraft &wanted, qint64 sinceSecs)
{
    if (model.modelName != wanted.modelName)
        return false;
    if (!wanted.workspaceId.isEmpty() && model.workspaceId != wanted.workspaceId)
        return false;
    // The service fills in defaults for fields the create left out: only those may differ.
    const QList<pai::FieldDiff> diffs =
        pai::ModelChange::between(wanted, pai::ModelDraft::fromModel(model)).diffs();
    const bool sameValues = std::all_of(diffs.cbegin(), diffs.cend(), [](const pai::FieldDiff &d) {
        return d.kind == pai::FieldDiff::Kind::Added;
    });
    if (!sameValues)
        return false;
    const QDateTime created = QDateTime::fromString(model.gmtCreateTime, Qt::ISODate);
    return created.isValid() && created.toSecsSinceEpoch() >= sinceSecs - CreateClockSlackSeconds;
}

} // namespace

ModelWriter::ModelWriter(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (client)
        m_timeouts = client->timeouts();
}

ModelWriter::~ModelWriter()
{
    // Nobody is left to hear the answer: stop the request instead of letting it run on.
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

bool ModelWriter::isConflict(const pai::Model &base, const pai::Model &server)
{
    // GmtModifiedTime says someone wrote, but it has whole seconds (a write in the second of the
    // read leaves it unchanged) and it also moves for the caller's own earlier write. The values
    // decide: only a copy that holds other values than the base is someone else's edit.
    if (server.gmtModifiedTime == base.gmtModifiedTime && server == base)
        return false;
    return pai::ModelDraft::fromModel(server) != pai::ModelDraft::fromModel(base);
}

std::chrono::milliseconds ModelWriter::operationTimeout() const
{
    switch (m_plan.kind()) {
    case ModelPlan::Kind::Create:
        return m_timeouts.create;
    case ModelPlan::Kind::Update:
        return m_timeouts.update;
    case ModelPlan::Kind::Delete:
        return m_timeouts.remove;
    }
    return m_timeouts.update;
}

void ModelWriter::start(const ModelPlan &plan)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_wanted = plan.wanted();
    m_modelId = plan.modelId();
    m_start = plan.base();
    m_checked.reset();
    m_steps.clear();
    for (const ModelPlan::Step &step : plan.steps())
        m_steps.append(WriteStep{step.role, step.request, StepState::Pending, {}, {}, {}});
    m_running = true;
    Q_EMIT stepsChanged();
    startDeadline();

    switch (plan.kind()) {
    case ModelPlan::Kind::Create:
        runCreate();
        break;
    case ModelPlan::Kind::Update:
        if (plan.isEmpty()) {
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::Applied;
            outcome.server = plan.base();
            finish(outcome);
            return;
        }
        runCheck();
        break;
    case ModelPlan::Kind::Delete:
        runDelete();
        break;
    }
}

void ModelWriter::startDeadline()
{
    // The client may hold every call to an earlier deadline (the CLI's whole-command --timeout);
    // the operation's deadline is then that one.
    m_deadline = std::min(QDeadlineTimer(operationTimeout(), Qt::PreciseTimer),
                          m_client ? m_client->outerDeadline() : QDeadlineTimer::Forever);
    Q_EMIT deadlineStarted(m_deadline, m_deadline.remainingTime());
}

template<typename Call> Call *ModelWriter::send(int index, QDeadlineTimer deadline)
{
    setState(index, StepState::Running);
    // A read under its own short deadline settles a write whose time ran out: it may outlive
    // the client's outer deadline too.
    const bool settling = !m_steps.at(index).isWrite() && m_readBackOwnDeadline;
    Call *call = m_client->send<Call>(m_steps.at(index).request, deadline,
                                      settling ? api::ApiClient::Bound::OwnDeadlineOnly
                                               : api::ApiClient::Bound::ByOuterDeadline);
    m_call = call;
    connect(call, &api::ApiCall::retrying, this, &ModelWriter::retrying);
    return call;
}

void ModelWriter::setState(int index, StepState state, const QString &note)
{
    m_steps[index].state = state;
    if (!note.isEmpty())
        m_steps[index].note = note;
    Q_EMIT stepChanged(index);
}

int ModelWriter::insertStep(int at, ModelPlan::Role role, const api::RequestSpec &request)
{
    m_steps.insert(at, WriteStep{role, request, StepState::Pending, {}, {}, {}});
    Q_EMIT stepsChanged();
    return at;
}

void ModelWriter::takeAnswer(int index, api::ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    m_steps[index].requestId = call->requestId();
}

int ModelWriter::nextPendingWrite() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).isWrite() && m_steps.at(i).state == StepState::Pending)
            return i;
    }
    return -1;
}

int ModelWriter::readBackIndex() const
{
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        if (m_steps.at(i).role == ModelPlan::Role::ReadBack)
            return i;
    }
    return -1;
}

QDeadlineTimer ModelWriter::readDeadline()
{
    if (!m_canceled && m_deadline.remainingTime() >= MinimumReadBackMs)
        return m_deadline;
    // The operation's time is used up (or the person canceled it): reading back still has to
    // happen, or the outcome stays unknown, so it gets a short deadline of its own.
    m_readBackOwnDeadline = true;
    const QDeadlineTimer own(m_readBackTimeout, Qt::PreciseTimer);
    Q_EMIT readingBack(own);
    return own;
}

// --- update -------------------------------------------------------------------------------------

void ModelWriter::runCheck()
{
    auto *call = send<api::GetModelCall>(0, m_deadline);
    connect(call, &api::ApiCall::finished, this, [this, call] { onChecked(call); });
}

void ModelWriter::onChecked(api::ApiCall *call)
{
    takeAnswer(0, call);
    WriteStep &check = m_steps[0];
    if (!call->succeeded()) {
        const api::ApiError error = *call->error();
        check.error = error;
        setState(0, StepState::Failed);
        WriteOutcome outcome = baseOutcome();
        outcome.modelGone = error.isNotFound();
        finishUnsent(outcome);
        return;
    }
    setState(0, StepState::Done);
    const pai::Model server = *static_cast<api::GetModelCall *>(call)->model();
    m_checked = server;
    if (m_canceled) {
        WriteOutcome outcome = baseOutcome();
        outcome.server = server;
        finishUnsent(outcome);
        return;
    }
    if (m_start && isConflict(*m_start, server)) {
        switch (m_conflictPolicy) {
        case ConflictPolicy::Ask:
            m_waitingForConflict = true;
            m_start = server; // the copy the person decides against
            Q_EMIT conflictFound(server);
            return;
        case ConflictPolicy::Rebase:
            m_wanted = pai::ModelChange::rebased(pai::ModelDraft::fromModel(*m_plan.base()),
                                                 m_wanted, pai::ModelDraft::fromModel(server));
            break;
        case ConflictPolicy::Stop: {
            WriteOutcome outcome = baseOutcome();
            outcome.conflictDeclined = true;
            outcome.server = server;
            finishUnsent(outcome);
            return;
        }
        }
    }
    planWritesFrom(server);
    runNextWrite();
}

void ModelWriter::resolveConflict(bool overwrite)
{
    if (!m_waitingForConflict)
        return;
    m_waitingForConflict = false;
    const pai::Model server = *m_start;
    if (!overwrite) {
        WriteOutcome outcome = baseOutcome();
        outcome.conflictDeclined = true;
        outcome.server = server;
        finishUnsent(outcome);
        return;
    }
    // The person's edits go onto the server's copy; fields they did not touch keep the other
    // writer's values. The time spent deciding is not the operation's: its deadline starts again.
    m_wanted = pai::ModelChange::rebased(pai::ModelDraft::fromModel(*m_plan.base()), m_wanted,
                                         pai::ModelDraft::fromModel(server));
    startDeadline();
    planWritesFrom(server);
    runNextWrite();
}

void ModelWriter::planWritesFrom(const pai::Model &server)
{
    // The writes still to send, computed from the server's copy: after a conflict or a lost
    // reply this is what is really missing, never a repeat of what already arrived.
    const QList<api::RequestSpec> writes = ModelPlan::writesFor(
        m_modelId, pai::ModelChange::between(pai::ModelDraft::fromModel(server), m_wanted));
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        if (m_steps.at(i).isWrite() && m_steps.at(i).state == StepState::Pending)
            m_steps.removeAt(i);
    }
    // They go before the read-back that ends the plan; once that read-back has run (it settled
    // a lost reply), they follow it, and a new read-back follows them.
    int at = readBackIndex();
    if (m_steps.at(at).state != StepState::Pending) {
        at = int(m_steps.size());
        m_steps.append(WriteStep{ModelPlan::Role::ReadBack,
                                 api::requests::getModel(m_modelId),
                                 StepState::Pending,
                                 {},
                                 {},
                                 {}});
    }
    for (const api::RequestSpec &write : writes)
        m_steps.insert(at++,
                       WriteStep{ModelPlan::Role::Write, write, StepState::Pending, {}, {}, {}});
    Q_EMIT stepsChanged();
}

void ModelWriter::skipPendingWrites()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).isWrite() && m_steps.at(i).state == StepState::Pending)
            setState(i, StepState::Skipped);
    }
}

void ModelWriter::runNextWrite()
{
    const int next = nextPendingWrite();
    if (m_canceled || next < 0) {
        skipPendingWrites();
        readBack([this](std::optional<pai::Model> server, bool) { concludeUpdate(server); });
        return;
    }
    auto *call = send<api::ApiCall>(next, m_deadline);
    connect(call, &api::ApiCall::finished, this,
            [this, next, call] { onWriteFinished(next, call); });
}

void ModelWriter::onWriteFinished(int index, api::ApiCall *call)
{
    takeAnswer(index, call);
    WriteStep &step = m_steps[index];
    if (call->succeeded()) {
        setState(index, StepState::Applied);
        runNextWrite();
        return;
    }
    const api::ApiError error = *call->error();
    step.error = error;
    m_error = error;
    if (error.kind == api::ApiError::Kind::Timeout)
        m_timedOut = true;
    if (error.provesNotApplied()) {
        setState(index, StepState::NotApplied);
        skipPendingWrites();
        readBack([this](std::optional<pai::Model> server, bool) { concludeUpdate(server); });
        return;
    }
    setState(index, StepState::Unknown);
    settleAndContinue();
}

void ModelWriter::settleAndContinue()
{
    // The plan's read-back runs now; if more must be sent, a new one follows those writes.
    readBack([this](std::optional<pai::Model> server, bool) {
        if (!server) {
            skipPendingWrites();
            finishUpdate(std::nullopt);
            return;
        }
        settleUnknownSteps(*server);
        const bool timeLeft = m_deadline.remainingTime() >= MinimumReadBackMs;
        const bool more =
            !pai::ModelChange::between(pai::ModelDraft::fromModel(*server), m_wanted).isEmpty();
        if (m_canceled || !timeLeft || !more || m_replans >= DefaultMaxReplans) {
            skipPendingWrites();
            concludeUpdate(server);
            return;
        }
        ++m_replans;
        planWritesFrom(*server);
        runNextWrite();
    });
}

pai::LabelList ModelWriter::deletedKeptLabels(const pai::Model &server) const
{
    pai::LabelList missing;
    for (const pai::Label &wanted : m_wanted.labels) {
        const auto has = [&](const pai::LabelList &labels) {
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const pai::Label &label) { return label.key == wanted.key; });
        };
        if (has(m_start->labels) && !has(server.labels))
            missing.append(wanted);
    }
    return missing;
}

void ModelWriter::concludeUpdate(const std::optional<pai::Model> &server)
{
    // The label plan deletes a label before it re-creates it with its new value or place. A
    // cancel or the deadline between the two would leave a label the person kept deleted, so
    // the engine finishes that swap, once, under the short read-back deadline, before it ends.
    const pai::LabelList restore =
        server && !m_restoreTried ? deletedKeptLabels(*server) : pai::LabelList();
    if (restore.isEmpty()) {
        finishUpdate(server);
        return;
    }
    m_restoreTried = true;
    const int at = insertStep(int(m_steps.size()), ModelPlan::Role::Write,
                              api::requests::createModelLabels(m_modelId, restore));
    insertStep(int(m_steps.size()), ModelPlan::Role::ReadBack, api::requests::getModel(m_modelId));
    m_steps[at].note = tr("restores labels the plan had deleted");
    auto *call = send<api::ApiCall>(at, readDeadline());
    connect(call, &api::ApiCall::finished, this, [this, call, at] {
        takeAnswer(at, call);
        if (call->succeeded()) {
            setState(at, StepState::Applied);
        } else {
            m_steps[at].error = call->error();
            setState(at, call->error()->provesNotApplied() ? StepState::NotApplied
                                                           : StepState::Unknown);
        }
        readBack([this](std::optional<pai::Model> server, bool) { finishUpdate(server); });
    });
}

void ModelWriter::settleUnknownSteps(const pai::Model &server)
{
    const pai::ModelDraft serverDraft = pai::ModelDraft::fromModel(server);
    const pai::ModelDraft startDraft = pai::ModelDraft::fromModel(*m_start);
    for (int i = 0; i < m_steps.size(); ++i) {
        if (!m_steps.at(i).isWrite() || m_steps.at(i).state != StepState::Unknown)
            continue;
        const StepState settled =
            ReadBackComparison::settle(m_steps.at(i).request, startDraft, m_wanted, serverDraft);
        if (settled != StepState::Unknown) {
            m_settledByReadBack = true;
            setState(i, settled, tr("established by reading the model back"));
        }
    }
}

void ModelWriter::finishUpdate(const std::optional<pai::Model> &server)
{
    WriteOutcome outcome = baseOutcome();
    outcome.server = server;
    if (server) {
        settleUnknownSteps(*server);
        const ReadBackComparison comparison = ReadBackComparison::compare(
            pai::ModelDraft::fromModel(*m_start), m_wanted, pai::ModelDraft::fromModel(*server));
        outcome.appliedPaths = comparison.applied();
        outcome.missingPaths = comparison.missing();
        outcome.verdict = comparison.allApplied()    ? WriteOutcome::Verdict::Applied
                          : comparison.noneApplied() ? WriteOutcome::Verdict::NotApplied
                                                     : WriteOutcome::Verdict::PartlyApplied;
        outcome.confirmedByReadBack = m_settledByReadBack;
    } else {
        bool anyApplied = false;
        bool anyUnknown = false;
        bool anyNotApplied = false;
        for (const WriteStep &step : m_steps) {
            if (!step.isWrite())
                continue;
            anyApplied |= step.state == StepState::Applied;
            anyUnknown |= step.state == StepState::Unknown;
            anyNotApplied |=
                step.state == StepState::NotApplied || step.state == StepState::Skipped;
        }
        outcome.verdict = anyUnknown       ? WriteOutcome::Verdict::Unknown
                          : !anyNotApplied ? WriteOutcome::Verdict::Applied
                          : anyApplied     ? WriteOutcome::Verdict::PartlyApplied
                                           : WriteOutcome::Verdict::NotApplied;
    }
    finish(outcome);
}

// --- create -------------------------------------------------------------------------------------

void ModelWriter::runCreate()
{
    ++m_createAttempts;
    const int index = nextPendingWrite();
    m_createSentUtc = QDateTime::currentDateTimeUtc();
    auto *call = send<api::CreateModelCall>(index, m_deadline);
    connect(call, &api::ApiCall::finished, this,
            [this, index, call] { onCreateFinished(index, call); });
}

void ModelWriter::onCreateFinished(int index, api::ApiCall *call)
{
    takeAnswer(index, call);
    if (call->succeeded()) {
        m_modelId = static_cast<api::CreateModelCall *>(call)->modelId();
        setState(index, StepState::Applied, tr("created as %1").arg(m_modelId));
        readBack([this](std::optional<pai::Model> server, bool) {
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::Applied;
            outcome.server = server;
            finish(outcome);
        });
        return;
    }
    const api::ApiError error = *call->error();
    m_steps[index].error = error;
    m_error = error;
    if (error.kind == api::ApiError::Kind::Timeout)
        m_timedOut = true;
    if (error.provesNotApplied()) {
        setState(index, StepState::NotApplied);
        setState(readBackIndex(), StepState::Skipped);
        WriteOutcome outcome = baseOutcome();
        outcome.verdict = WriteOutcome::Verdict::NotApplied;
        finish(outcome);
        return;
    }
    setState(index, StepState::Unknown);
    lookUpCreatedModel(index);
}

void ModelWriter::lookUpCreatedModel(int createIndex)
{
    api::ModelListQuery query;
    query.workspaceId = m_wanted.workspaceId;
    query.modelName = m_wanted.modelName;
    query.sortBy = u"GmtCreateTime"_s;
    query.order = u"DESC"_s;
    query.pageSize = 50;
    const int at =
        insertStep(createIndex + 1, ModelPlan::Role::Lookup, api::requests::listModels(query));
    auto *call = send<api::ListModelsCall>(at, readDeadline());
    connect(call, &api::ApiCall::finished, this, [this, call, at, createIndex] {
        takeAnswer(at, call);
        if (!call->succeeded()) {
            m_steps[at].error = call->error();
            setState(at, StepState::Failed);
            setState(readBackIndex(), StepState::Skipped);
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::Unknown;
            finish(outcome);
            return;
        }
        const qint64 since = m_createSentUtc.toSecsSinceEpoch();
        std::optional<pai::Model> found;
        for (const pai::Model &model : call->page().models) {
            if (isCreatedModel(model, m_wanted, since) &&
                (!found || model.gmtCreateTime > found->gmtCreateTime))
                found = model;
        }
        m_settledByReadBack = true;
        if (found) {
            setState(at, StepState::Done, tr("found %1").arg(found->modelId));
            m_modelId = found->modelId;
            m_adopted = true;
            setState(createIndex, StepState::Applied, tr("created as %1").arg(m_modelId));
            readBack([this, found](std::optional<pai::Model> server, bool) {
                WriteOutcome outcome = baseOutcome();
                outcome.verdict = WriteOutcome::Verdict::Applied;
                outcome.server = server ? server : found;
                finish(outcome);
            });
            return;
        }
        setState(at, StepState::Done, tr("not found"));
        setState(createIndex, StepState::NotApplied, tr("established by looking it up"));
        // A 5xx is an answer: the service is done with the request, and the look-up shows it
        // made nothing, so sending the create again cannot make a second model.
        const bool answered =
            m_error && m_error->isServerError() && m_error->kind != api::ApiError::Kind::Timeout;
        if (answered && !m_canceled && m_createAttempts < MaxCreateAttempts &&
            m_deadline.remainingTime() >= MinimumReadBackMs) {
            ++m_replans;
            insertStep(readBackIndex(), ModelPlan::Role::Write,
                       api::requests::createModel(m_wanted));
            runCreate();
            return;
        }
        setState(readBackIndex(), StepState::Skipped);
        WriteOutcome outcome = baseOutcome();
        outcome.verdict = WriteOutcome::Verdict::NotApplied;
        finish(outcome);
    });
}

// --- delete -------------------------------------------------------------------------------------

void ModelWriter::runDelete()
{
    auto *call = send<api::ApiCall>(0, m_deadline);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        takeAnswer(0, call);
        const std::optional<api::ApiError> error = call->error();
        if (!error || error->isNotFound()) {
            setState(0, StepState::Applied, error ? tr("the model was already gone") : QString());
            readBack([this](std::optional<pai::Model> server, bool notFound) {
                WriteOutcome outcome = baseOutcome();
                // Someone may have made a model with this ID since, which is not ours to judge.
                outcome.verdict = WriteOutcome::Verdict::Applied;
                outcome.confirmedByReadBack = notFound && m_settledByReadBack;
                outcome.server = server;
                finish(outcome);
            });
            return;
        }
        m_steps[0].error = error;
        m_error = error;
        if (error->kind == api::ApiError::Kind::Timeout)
            m_timedOut = true;
        if (error->provesNotApplied()) {
            setState(0, StepState::NotApplied);
            setState(readBackIndex(), StepState::Skipped);
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::NotApplied;
            outcome.server = m_plan.base();
            finish(outcome);
            return;
        }
        setState(0, StepState::Unknown);
        readBack([this](std::optional<pai::Model> server, bool notFound) {
            WriteOutcome outcome = baseOutcome();
            if (notFound) {
                setState(0, StepState::Applied, tr("established by reading the model back"));
                outcome.verdict = WriteOutcome::Verdict::Applied;
            } else if (server) {
                setState(0, StepState::NotApplied, tr("established by reading the model back"));
                outcome.verdict = WriteOutcome::Verdict::NotApplied;
                outcome.server = server;
            } else {
                outcome.verdict = WriteOutcome::Verdict::Unknown;
            }
            outcome.confirmedByReadBack = notFound || server.has_value();
            finish(outcome);
        });
    });
}

// --- common -------------------------------------------------------------------------------------

void ModelWriter::readBack(std::function<void(std::optional<pai::Model>, bool notFound)> done)
{
    const int at = readBackIndex();
    if (m_modelId.isEmpty() || at < 0) {
        done(std::nullopt, false);
        return;
    }
    m_steps[at].request = api::requests::getModel(m_modelId);
    Q_EMIT stepChanged(at);
    auto *call = send<api::GetModelCall>(at, readDeadline());
    connect(call, &api::ApiCall::finished, this, [this, call, at, done] {
        takeAnswer(at, call);
        const bool notFound = call->error() && call->error()->isNotFound();
        if (m_plan.kind() == ModelPlan::Kind::Delete && notFound) {
            m_settledByReadBack = m_steps.at(0).state == StepState::Unknown;
            setState(at, StepState::Done, tr("the model is gone"));
        } else if (!call->succeeded()) {
            m_steps[at].error = call->error();
            setState(at, StepState::Failed);
        } else {
            setState(at, StepState::Done);
        }
        done(call->succeeded() ? call->model() : std::nullopt, notFound);
    });
}

WriteOutcome ModelWriter::baseOutcome() const
{
    WriteOutcome outcome;
    outcome.kind = m_plan.kind();
    outcome.modelId = m_modelId;
    outcome.modelName = m_wanted.modelName;
    outcome.before = m_checked ? m_checked : m_plan.base();
    outcome.adopted = m_adopted;
    outcome.canceled = m_canceled;
    outcome.timedOut = m_timedOut;
    outcome.readBackOwnDeadline = m_readBackOwnDeadline;
    outcome.operationTimeout = operationTimeout();
    outcome.readBackTimeout = m_readBackTimeout;
    outcome.confirmedByReadBack = m_settledByReadBack;
    outcome.replans = m_replans;
    outcome.error = m_error;
    return outcome;
}

void ModelWriter::finishUnsent(WriteOutcome outcome)
{
    skipPendingWrites();
    setState(readBackIndex(), StepState::Skipped);
    outcome.verdict = WriteOutcome::Verdict::NotApplied;
    finish(outcome);
}

void ModelWriter::finish(WriteOutcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    outcome.steps = m_steps;
    Q_EMIT finished(outcome);
}

void ModelWriter::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    if (m_waitingForConflict) {
        resolveConflict(false);
        return;
    }
    if (m_call)
        m_call->cancel();
}

} // namespace changes
