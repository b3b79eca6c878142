#include "changes/versionwriter.h"

#include "api/apiclient.h"
#include "api/requests.h"
#include "changes/readbackcomparison.h"
#include "pai/wirejson.h"

using namespace Qt::StringLiterals;

namespace changes {

namespace {

// Below this, what is left of the operation's deadline is too little for a read to answer.
constexpr qint64 MinimumReadBackMs = 1000;
constexpr int MaxCreateAttempts = 3;
constexpr int LookupPageSize = 50;

// The version is not there: its own code, or the model's (no model, no version), or a bare 404.
bool isGone(const std::optional<api::ApiError> &error)
{
    return error && error->isNotFound();
}

} // namespace

VersionWriter::VersionWriter(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (client)
        m_timeouts = client->timeouts();
}

VersionWriter::~VersionWriter()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

bool VersionWriter::isConflict(const pai::ModelVersion &base, const pai::ModelVersion &server)
{
    // As for models, the values decide: a newer GmtModifiedTime with the same values is the
    // caller's own earlier write.
    return pai::ModelVersionDraft::fromVersion(server) != pai::ModelVersionDraft::fromVersion(base);
}

bool VersionWriter::isCreatedVersion(const pai::ModelVersion &found,
                                     const pai::ModelVersionDraft &wanted, const QDateTime &sentUtc)
{
    if (found.uri != wanted.uri)
        return false;
    if (!wanted.versionName.isEmpty() && found.versionName != wanted.versionName)
        return false;
    // The service fills in what the create left out (the name, SourceType, ApprovalStatus):
    // only those may differ.
    const auto diffs =
        pai::VersionChange::between(wanted, pai::ModelVersionDraft::fromVersion(found)).diffs();
    const bool sameValues =
        std::all_of(diffs.cbegin(), diffs.cend(), [](const pai::VersionFieldDiff &diff) {
            return diff.kind == pai::DiffKind::Added;
        });
    if (!sameValues)
        return false;
    const QDateTime created = pai::WireJson::parseTimestamp(found.gmtCreateTime);
    return created.isValid() &&
           created.toSecsSinceEpoch() >= sentUtc.toSecsSinceEpoch() - CreateClockSlackSeconds;
}

std::chrono::milliseconds VersionWriter::operationTimeout() const
{
    switch (m_plan.kind()) {
    case PlanKind::Create:
        return m_timeouts.create;
    case PlanKind::Update:
        return m_timeouts.update;
    case PlanKind::Delete:
        return m_timeouts.remove;
    }
    return m_timeouts.update;
}

void VersionWriter::start(const VersionPlan &plan)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_wanted = plan.wanted();
    m_modelId = plan.modelId();
    m_versionName = plan.base() ? plan.base()->versionName : plan.versionName();
    m_start = plan.base();
    m_steps.clear();
    for (const PlanStep &step : plan.steps())
        m_steps.append(WriteStep{step.role, step.request, StepState::Pending, {}, {}, {}});
    m_running = true;
    Q_EMIT stepsChanged();
    startDeadline();

    switch (plan.kind()) {
    case PlanKind::Create:
        runCreate();
        break;
    case PlanKind::Update:
        if (plan.isEmpty()) {
            // Nothing to send: the server has the values, or the plan asks for the impossible.
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = plan.isRefused() ? WriteOutcome::Verdict::NotApplied
                                               : WriteOutcome::Verdict::Applied;
            outcome.serverVersion = plan.base();
            finish(outcome);
            return;
        }
        runCheck();
        break;
    case PlanKind::Delete:
        runDelete();
        break;
    }
}

void VersionWriter::startDeadline()
{
    m_deadline = std::min(QDeadlineTimer(operationTimeout(), Qt::PreciseTimer),
                          m_client ? m_client->outerDeadline() : QDeadlineTimer::Forever);
    Q_EMIT deadlineStarted(m_deadline, m_deadline.remainingTime());
}

template<typename Call> Call *VersionWriter::send(int index, QDeadlineTimer deadline)
{
    setState(index, StepState::Running);
    const bool settling = !m_steps.at(index).isWrite() && m_readBackOwnDeadline;
    Call *call = m_client->send<Call>(m_steps.at(index).request, deadline,
                                      settling ? api::ApiClient::Bound::OwnDeadlineOnly
                                               : api::ApiClient::Bound::ByOuterDeadline);
    m_call = call;
    connect(call, &api::ApiCall::retrying, this, &VersionWriter::retrying);
    return call;
}

void VersionWriter::setState(int index, StepState state, const QString &note)
{
    if (index < 0)
        return;
    m_steps[index].state = state;
    if (!note.isEmpty())
        m_steps[index].note = note;
    Q_EMIT stepChanged(index);
}

int VersionWriter::insertStep(int at, StepRole role, const api::RequestSpec &request)
{
    m_steps.insert(at, WriteStep{role, request, StepState::Pending, {}, {}, {}});
    Q_EMIT stepsChanged();
    return at;
}

int VersionWriter::readBackIndex() const
{
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        if (m_steps.at(i).role == StepRole::ReadBack)
            return i;
    }
    return -1;
}

int VersionWriter::nextPendingWrite() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).isWrite() && m_steps.at(i).state == StepState::Pending)
            return i;
    }
    return -1;
}

void VersionWriter::skipPendingWrites()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).isWrite() && m_steps.at(i).state == StepState::Pending)
            setState(i, StepState::Skipped);
    }
}

void VersionWriter::takeAnswer(int index, api::ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    m_steps[index].requestId = call->requestId();
}

bool VersionWriter::noteError(int index, const api::ApiError &error)
{
    m_steps[index].error = error;
    m_error = error;
    if (error.kind == api::ApiError::Kind::Timeout)
        m_timedOut = true;
    const bool notApplied = error.provesNotApplied();
    setState(index, notApplied ? StepState::NotApplied : StepState::Unknown);
    return notApplied;
}

QDeadlineTimer VersionWriter::readDeadline()
{
    if (!m_canceled && m_deadline.remainingTime() >= MinimumReadBackMs)
        return m_deadline;
    m_readBackOwnDeadline = true;
    const QDeadlineTimer own(m_readBackTimeout, Qt::PreciseTimer);
    Q_EMIT readingBack(own);
    return own;
}

// --- update -------------------------------------------------------------------------------------

void VersionWriter::runCheck()
{
    auto *call = send<api::GetModelVersionCall>(0, m_deadline);
    connect(call, &api::ApiCall::finished, this, [this, call] { onChecked(call); });
}

void VersionWriter::onChecked(api::ApiCall *call)
{
    takeAnswer(0, call);
    if (!call->succeeded()) {
        m_steps[0].error = call->error();
        setState(0, StepState::Failed);
        WriteOutcome outcome = baseOutcome();
        outcome.modelGone = isGone(call->error());
        finishUnsent(outcome);
        return;
    }
    setState(0, StepState::Done);
    const pai::ModelVersion server = *static_cast<api::GetModelVersionCall *>(call)->version();
    if (m_canceled) {
        WriteOutcome outcome = baseOutcome();
        outcome.serverVersion = server;
        finishUnsent(outcome);
        return;
    }
    if (m_start && isConflict(*m_start, server)) {
        switch (m_conflictPolicy) {
        case ConflictPolicy::Ask:
            m_waitingForConflict = true;
            m_start = server;
            Q_EMIT conflictFound(server);
            return;
        case ConflictPolicy::Rebase:
            m_wanted =
                pai::VersionChange::rebased(pai::ModelVersionDraft::fromVersion(*m_plan.base()),
                                            m_wanted, pai::ModelVersionDraft::fromVersion(server));
            m_start = server;
            break;
        case ConflictPolicy::Stop: {
            WriteOutcome outcome = baseOutcome();
            outcome.conflictDeclined = true;
            outcome.serverVersion = server;
            finishUnsent(outcome);
            return;
        }
        }
    }
    planWritesFrom(server);
    runNextWrite();
}

void VersionWriter::resolveConflict(bool overwrite)
{
    if (!m_waitingForConflict)
        return;
    m_waitingForConflict = false;
    const pai::ModelVersion server = *m_start;
    if (!overwrite) {
        WriteOutcome outcome = baseOutcome();
        outcome.conflictDeclined = !m_canceled;
        outcome.serverVersion = server;
        finishUnsent(outcome);
        return;
    }
    m_wanted = pai::VersionChange::rebased(pai::ModelVersionDraft::fromVersion(*m_plan.base()),
                                           m_wanted, pai::ModelVersionDraft::fromVersion(server));
    startDeadline();
    planWritesFrom(server);
    runNextWrite();
}

void VersionWriter::planWritesFrom(const pai::ModelVersion &server)
{
    // What is still to send, from the server's copy: never a repeat of what already arrived.
    const QList<api::RequestSpec> writes = VersionPlan::writesFor(
        m_modelId, m_versionName,
        pai::VersionChange::between(pai::ModelVersionDraft::fromVersion(server), m_wanted));
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        if (m_steps.at(i).isWrite() && m_steps.at(i).state == StepState::Pending)
            m_steps.removeAt(i);
    }
    int at = readBackIndex();
    if (m_steps.at(at).state != StepState::Pending) {
        at = int(m_steps.size());
        m_steps.append(WriteStep{StepRole::ReadBack,
                                 api::requests::getModelVersion(m_modelId, m_versionName),
                                 StepState::Pending,
                                 {},
                                 {},
                                 {}});
    }
    for (const api::RequestSpec &write : writes)
        m_steps.insert(at++, WriteStep{StepRole::Write, write, StepState::Pending, {}, {}, {}});
    Q_EMIT stepsChanged();
}

void VersionWriter::runNextWrite()
{
    const int next = nextPendingWrite();
    if (m_canceled || next < 0) {
        skipPendingWrites();
        readBack([this](std::optional<pai::ModelVersion> server, bool) { concludeUpdate(server); });
        return;
    }
    auto *call = send<api::ApiCall>(next, m_deadline);
    connect(call, &api::ApiCall::finished, this,
            [this, next, call] { onWriteFinished(next, call); });
}

void VersionWriter::onWriteFinished(int index, api::ApiCall *call)
{
    takeAnswer(index, call);
    if (call->succeeded()) {
        setState(index, StepState::Applied);
        runNextWrite();
        return;
    }
    if (noteError(index, *call->error())) {
        skipPendingWrites();
        readBack([this](std::optional<pai::ModelVersion> server, bool) { concludeUpdate(server); });
        return;
    }
    settleAndContinue();
}

void VersionWriter::settleAndContinue()
{
    readBack([this](std::optional<pai::ModelVersion> server, bool) {
        if (!server) {
            skipPendingWrites();
            finishUpdate(std::nullopt);
            return;
        }
        settleUnknownSteps(*server);
        const bool timeLeft = m_deadline.remainingTime() >= MinimumReadBackMs;
        const pai::VersionChange left =
            pai::VersionChange::between(pai::ModelVersionDraft::fromVersion(*server), m_wanted);
        const bool more = left.needsUpdate() || !left.labelKeysToDelete().isEmpty() ||
                          !left.labelsToCreate().isEmpty();
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

void VersionWriter::settleUnknownSteps(const pai::ModelVersion &server)
{
    const pai::ModelVersionDraft serverDraft = pai::ModelVersionDraft::fromVersion(server);
    const pai::ModelVersionDraft startDraft = pai::ModelVersionDraft::fromVersion(*m_start);
    for (int i = 0; i < m_steps.size(); ++i) {
        if (!m_steps.at(i).isWrite() || m_steps.at(i).state != StepState::Unknown)
            continue;
        const StepState settled =
            ReadBackComparison::settle(m_steps.at(i).request, startDraft, m_wanted, serverDraft);
        if (settled != StepState::Unknown) {
            m_settledByReadBack = true;
            setState(i, settled, tr("established by reading the version back"));
        }
    }
}

void VersionWriter::concludeUpdate(const std::optional<pai::ModelVersion> &server)
{
    // A label the person kept but the plan deleted (to re-create it with a new value or place)
    // is put back, once, before the run ends.
    pai::LabelList restore;
    if (server && !m_restoreTried) {
        const auto has = [](const pai::LabelList &labels, const QString &key) {
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const pai::Label &label) { return label.key == key; });
        };
        for (const pai::Label &wanted : m_wanted.labels) {
            if (has(m_start->labels, wanted.key) && !has(server->labels, wanted.key))
                restore.append(wanted);
        }
    }
    if (restore.isEmpty()) {
        finishUpdate(server);
        return;
    }
    m_restoreTried = true;
    const int at =
        insertStep(int(m_steps.size()), StepRole::Write,
                   api::requests::createModelVersionLabels(m_modelId, m_versionName, restore));
    insertStep(int(m_steps.size()), StepRole::ReadBack,
               api::requests::getModelVersion(m_modelId, m_versionName));
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
        readBack([this](std::optional<pai::ModelVersion> server, bool) { finishUpdate(server); });
    });
}

void VersionWriter::finishUpdate(const std::optional<pai::ModelVersion> &server)
{
    WriteOutcome outcome = baseOutcome();
    outcome.serverVersion = server;
    if (server) {
        settleUnknownSteps(*server);
        const ReadBackComparison comparison =
            ReadBackComparison::compare(pai::ModelVersionDraft::fromVersion(*m_start), m_wanted,
                                        pai::ModelVersionDraft::fromVersion(*server));
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

void VersionWriter::runCreate()
{
    ++m_createAttempts;
    const int index = nextPendingWrite();
    m_createSentUtc = QDateTime::currentDateTimeUtc();
    auto *call = send<api::CreateModelVersionCall>(index, m_deadline);
    connect(call, &api::ApiCall::finished, this,
            [this, index, call] { onCreateFinished(index, call); });
}

void VersionWriter::onCreateFinished(int index, api::ApiCall *call)
{
    takeAnswer(index, call);
    if (call->succeeded()) {
        const QString answered = static_cast<api::CreateModelVersionCall *>(call)->versionName();
        if (!answered.isEmpty())
            m_versionName = answered;
        if (m_versionName.isEmpty()) {
            // Created, but the answer did not say under which name: find it as a lost answer
            // would be found. It is never sent again.
            setState(index, StepState::Applied, tr("the answer did not name the version"));
            lookUpCreated(index);
            return;
        }
        setState(index, StepState::Applied, tr("created as %1").arg(m_versionName));
        readBack([this](std::optional<pai::ModelVersion> server, bool) {
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::Applied;
            outcome.serverVersion = server;
            finish(outcome);
        });
        return;
    }
    if (noteError(index, *call->error())) {
        setState(readBackIndex(), StepState::Skipped);
        WriteOutcome outcome = baseOutcome();
        outcome.verdict = WriteOutcome::Verdict::NotApplied;
        finish(outcome);
        return;
    }
    lookUpCreated(index);
}

void VersionWriter::lookUpCreated(int createIndex)
{
    if (!m_wanted.versionName.isEmpty()) {
        // A name is unique in its model: reading it settles whether the create ran.
        const int at = insertStep(createIndex + 1, StepRole::Lookup,
                                  api::requests::getModelVersion(m_modelId, m_wanted.versionName));
        auto *call = send<api::GetModelVersionCall>(at, readDeadline());
        connect(call, &api::ApiCall::finished, this, [this, call, at, createIndex] {
            takeAnswer(at, call);
            if (call->succeeded())
                onLookedUp(at, createIndex, call->version(), false);
            else if (isGone(call->error()) &&
                     call->error()->code != u"201900002"_s) // the model itself answers
                onLookedUp(at, createIndex, std::nullopt, false);
            else {
                m_steps[at].error = call->error();
                onLookedUp(at, createIndex, std::nullopt, true);
            }
        });
        return;
    }
    // Numbered by the service: the newest versions, searched for one with our Uri and values
    // created since the request began.
    api::VersionListQuery query;
    query.sortBy = u"GmtCreateTime"_s;
    query.order = u"DESC"_s;
    query.pageSize = LookupPageSize;
    const int at = insertStep(createIndex + 1, StepRole::Lookup,
                              api::requests::listModelVersions(m_modelId, query));
    auto *call = send<api::ListModelVersionsCall>(at, readDeadline());
    connect(call, &api::ApiCall::finished, this, [this, call, at, createIndex] {
        takeAnswer(at, call);
        if (!call->succeeded()) {
            m_steps[at].error = call->error();
            onLookedUp(at, createIndex, std::nullopt, true);
            return;
        }
        std::optional<pai::ModelVersion> found;
        for (const pai::ModelVersion &version : call->page().versions) {
            if (isCreatedVersion(version, m_wanted, m_createSentUtc) &&
                (!found || version.gmtCreateTime > found->gmtCreateTime))
                found = version;
        }
        onLookedUp(at, createIndex, found, false);
    });
}

void VersionWriter::onLookedUp(int at, int createIndex, std::optional<pai::ModelVersion> found,
                               bool lookupFailed)
{
    const bool answeredOk = m_steps.at(createIndex).state == StepState::Applied;
    if (lookupFailed) {
        setState(at, StepState::Failed);
        setState(readBackIndex(), StepState::Skipped);
        WriteOutcome outcome = baseOutcome();
        outcome.verdict = WriteOutcome::Verdict::Unknown;
        finish(outcome);
        return;
    }
    // A version of the name asked for that is not ours (another Uri, or older than the request)
    // means the name was taken: the create could not have made a second one.
    const bool ours = found && isCreatedVersion(*found, m_wanted, m_createSentUtc);
    m_settledByReadBack = true;
    if (ours) {
        setState(at, StepState::Done, tr("found %1").arg(found->versionName));
        m_versionName = found->versionName;
        m_adopted = !answeredOk;
        setState(createIndex, StepState::Applied, tr("created as %1").arg(m_versionName));
        readBack([this, found](std::optional<pai::ModelVersion> server, bool) {
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::Applied;
            outcome.serverVersion = server ? server : found;
            finish(outcome);
        });
        return;
    }
    setState(at, StepState::Done, tr("not found"));
    if (answeredOk) {
        // The service said it created a version, and it cannot be found: nothing is certain.
        setState(readBackIndex(), StepState::Skipped);
        WriteOutcome outcome = baseOutcome();
        outcome.verdict = WriteOutcome::Verdict::Unknown;
        finish(outcome);
        return;
    }
    setState(createIndex, StepState::NotApplied, tr("established by looking it up"));
    // A 5xx is an answer: the service is done with the request, and the look-up shows it made
    // nothing, so sending the create again cannot make a second version.
    const bool answered =
        m_error && m_error->isServerError() && m_error->kind != api::ApiError::Kind::Timeout;
    if (!found && answered && !m_canceled && m_createAttempts < MaxCreateAttempts &&
        m_deadline.remainingTime() >= MinimumReadBackMs) {
        ++m_replans;
        insertStep(readBackIndex(), StepRole::Write,
                   api::requests::createModelVersion(m_modelId, m_wanted));
        runCreate();
        return;
    }
    setState(readBackIndex(), StepState::Skipped);
    WriteOutcome outcome = baseOutcome();
    outcome.verdict = WriteOutcome::Verdict::NotApplied;
    finish(outcome);
}

// --- delete -------------------------------------------------------------------------------------

void VersionWriter::runDelete()
{
    auto *call = send<api::ApiCall>(0, m_deadline);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        takeAnswer(0, call);
        const std::optional<api::ApiError> error = call->error();
        if (!error || isGone(error)) {
            setState(0, StepState::Applied, error ? tr("the version was already gone") : QString());
            readBack([this](std::optional<pai::ModelVersion> server, bool notFound) {
                WriteOutcome outcome = baseOutcome();
                outcome.verdict = WriteOutcome::Verdict::Applied;
                outcome.confirmedByReadBack = notFound && m_settledByReadBack;
                outcome.serverVersion = server;
                finish(outcome);
            });
            return;
        }
        if (noteError(0, *error)) {
            setState(readBackIndex(), StepState::Skipped);
            WriteOutcome outcome = baseOutcome();
            outcome.verdict = WriteOutcome::Verdict::NotApplied;
            outcome.serverVersion = m_plan.base();
            finish(outcome);
            return;
        }
        readBack([this](std::optional<pai::ModelVersion> server, bool notFound) {
            WriteOutcome outcome = baseOutcome();
            if (notFound) {
                setState(0, StepState::Applied, tr("established by reading the version back"));
                outcome.verdict = WriteOutcome::Verdict::Applied;
            } else if (server) {
                setState(0, StepState::NotApplied, tr("established by reading the version back"));
                outcome.verdict = WriteOutcome::Verdict::NotApplied;
                outcome.serverVersion = server;
            } else {
                outcome.verdict = WriteOutcome::Verdict::Unknown;
            }
            outcome.confirmedByReadBack = notFound || server.has_value();
            finish(outcome);
        });
    });
}

// --- common -------------------------------------------------------------------------------------

void VersionWriter::readBack(ReadDone done)
{
    const int at = readBackIndex();
    if (m_versionName.isEmpty() || at < 0) {
        done(std::nullopt, false);
        return;
    }
    m_steps[at].request = api::requests::getModelVersion(m_modelId, m_versionName);
    Q_EMIT stepChanged(at);
    auto *call = send<api::GetModelVersionCall>(at, readDeadline());
    connect(call, &api::ApiCall::finished, this, [this, call, at, done] {
        takeAnswer(at, call);
        const bool notFound = isGone(call->error());
        if (m_plan.kind() == PlanKind::Delete && notFound) {
            m_settledByReadBack = m_steps.at(0).state == StepState::Unknown;
            setState(at, StepState::Done, tr("the version is gone"));
        } else if (!call->succeeded()) {
            m_steps[at].error = call->error();
            setState(at, StepState::Failed);
        } else {
            setState(at, StepState::Done);
        }
        done(call->succeeded() ? call->version() : std::nullopt, notFound);
    });
}

WriteOutcome VersionWriter::baseOutcome() const
{
    WriteOutcome outcome;
    outcome.subject = WriteOutcome::Subject::Version;
    outcome.kind = m_plan.kind();
    outcome.modelId = m_modelId;
    outcome.versionName = m_versionName;
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

void VersionWriter::finishUnsent(WriteOutcome outcome)
{
    skipPendingWrites();
    setState(readBackIndex(), StepState::Skipped);
    outcome.verdict = WriteOutcome::Verdict::NotApplied;
    finish(outcome);
}

void VersionWriter::finish(WriteOutcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    outcome.steps = m_steps;
    Q_EMIT finished(outcome);
}

void VersionWriter::cancel()
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
