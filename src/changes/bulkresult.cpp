#include "changes/bulkresult.h"

#include "pai/wirejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

QString changeName(BulkModelResult::Change change)
{
    switch (change) {
    case BulkModelResult::Change::No:
        return u"no"_s;
    case BulkModelResult::Change::Yes:
        return u"yes"_s;
    case BulkModelResult::Change::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QJsonObject errorJson(const api::ApiError &error)
{
    return {{u"Code"_s, error.code},
            {u"Message"_s, error.message},
            {u"RequestId"_s, error.requestId},
            {u"HttpStatus"_s, error.httpStatus}};
}

std::optional<pai::Model> modelFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    auto parsed = pai::WireJson::modelFromJson(value.toObject());
    return parsed.value;
}

} // namespace

void BulkModelResult::settle(const WriteOutcome &result)
{
    outcome = result;
    kind = result.kind;
    state = result.succeeded() ? State::Done : State::Failed;
    error = result.error;
    before = result.before;
    after = result.server;
    requestIds.clear();
    for (const WriteStep &step : result.steps) {
        if (!step.requestId.isEmpty())
            requestIds.append(step.requestId);
        else if (step.error && !step.error->requestId.isEmpty())
            requestIds.append(step.error->requestId);
    }
    if (result.kind == ModelPlan::Kind::Delete) {
        changed = result.verdict == WriteOutcome::Verdict::Applied   ? Change::Yes
                  : result.verdict == WriteOutcome::Verdict::Unknown ? Change::Unknown
                                                                     : Change::No;
        if (changed == Change::Yes)
            after.reset();
        return;
    }
    if (before && after) {
        changed = pai::ModelDraft::fromModel(*before) == pai::ModelDraft::fromModel(*after)
                      ? Change::No
                      : Change::Yes;
        return;
    }
    switch (result.verdict) {
    case WriteOutcome::Verdict::Applied:
    case WriteOutcome::Verdict::PartlyApplied:
        changed = Change::Yes;
        break;
    case WriteOutcome::Verdict::NotApplied:
        changed = Change::No;
        break;
    case WriteOutcome::Verdict::Unknown:
        changed = Change::Unknown;
        break;
    }
}

QJsonObject BulkModelResult::toJson() const
{
    QJsonObject json{{u"ModelId"_s, modelId},
                     {u"ModelName"_s, modelName},
                     {u"State"_s, BulkResult::stateName(state)},
                     {u"Changed"_s, changeName(changed)},
                     {u"RequestIds"_s, QJsonArray::fromStringList(requestIds)}};
    if (state != State::Skipped)
        json.insert(u"Kind"_s, ModelPlan::kindName(kind));
    if (skip != BulkPlan::Skip::None)
        json.insert(u"Skip"_s, BulkPlan::skipName(skip));
    if (error && state == State::Failed)
        json.insert(u"Error"_s, errorJson(*error));
    if (outcome) {
        json.insert(u"Outcome"_s, WriteOutcome::verdictName(outcome->verdict));
        json.insert(u"Message"_s, outcome->summary());
    }
    if (before)
        json.insert(u"Before"_s,
                    pai::WireJson::modelToJson(*before, pai::WireJson::ModelShape::Detail));
    if (after)
        json.insert(u"After"_s,
                    pai::WireJson::modelToJson(*after, pai::WireJson::ModelShape::Detail));
    return json;
}

BulkModelResult BulkModelResult::fromJson(const QJsonObject &json)
{
    BulkModelResult result;
    result.modelId = json.value(u"ModelId"_s).toString();
    result.modelName = json.value(u"ModelName"_s).toString();
    const QString state = json.value(u"State"_s).toString();
    for (State candidate : {State::Pending, State::Done, State::Failed, State::Skipped}) {
        if (BulkResult::stateName(candidate) == state)
            result.state = candidate;
    }
    const QString changed = json.value(u"Changed"_s).toString();
    for (Change candidate : {Change::No, Change::Yes, Change::Unknown}) {
        if (changeName(candidate) == changed)
            result.changed = candidate;
    }
    result.kind = json.value(u"Kind"_s).toString() == ModelPlan::kindName(ModelPlan::Kind::Delete)
                      ? ModelPlan::Kind::Delete
                      : ModelPlan::Kind::Update;
    const QString skip = json.value(u"Skip"_s).toString();
    for (BulkPlan::Skip candidate :
         {BulkPlan::Skip::NoChange, BulkPlan::Skip::ReadFailed, BulkPlan::Skip::ChangedSince,
          BulkPlan::Skip::CannotUndo, BulkPlan::Skip::ReadOnly}) {
        if (BulkPlan::skipName(candidate) == skip)
            result.skip = candidate;
    }
    for (const QJsonValue &id : json.value(u"RequestIds"_s).toArray())
        result.requestIds.append(id.toString());
    if (json.value(u"Error"_s).isObject()) {
        const QJsonObject error = json.value(u"Error"_s).toObject();
        api::ApiError parsed;
        parsed.kind = api::ApiError::Kind::Api;
        parsed.code = error.value(u"Code"_s).toString();
        parsed.message = error.value(u"Message"_s).toString();
        parsed.requestId = error.value(u"RequestId"_s).toString();
        parsed.httpStatus = error.value(u"HttpStatus"_s).toInt();
        result.error = parsed;
    }
    result.before = modelFrom(json.value(u"Before"_s));
    result.after = modelFrom(json.value(u"After"_s));
    return result;
}

QString BulkResult::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Skipped:
        return u"skipped"_s;
    }
    return {};
}

BulkCounts BulkResult::counts() const
{
    BulkCounts counts;
    counts.total = int(models.size());
    for (const BulkModelResult &model : models) {
        switch (model.state) {
        case State::Pending:
            ++counts.pending;
            break;
        case State::Done:
            ++counts.done;
            break;
        case State::Failed:
            ++counts.failed;
            break;
        case State::Skipped:
            ++counts.skipped;
            break;
        }
    }
    return counts;
}

QStringList BulkResult::idsIn(State state) const
{
    QStringList ids;
    for (const BulkModelResult &model : models) {
        if (model.state == state)
            ids.append(model.modelId);
    }
    return ids;
}

QStringList BulkResult::changedIds(bool includeUnknown) const
{
    QStringList ids;
    for (const BulkModelResult &model : models) {
        if (model.changed == BulkModelResult::Change::Yes ||
            (includeUnknown && model.changed == BulkModelResult::Change::Unknown))
            ids.append(model.modelId);
    }
    return ids;
}

const BulkModelResult *BulkResult::find(const QString &modelId) const
{
    for (const BulkModelResult &model : models) {
        if (model.modelId == modelId)
            return &model;
    }
    return nullptr;
}

void BulkResult::merge(const BulkResult &retry)
{
    for (const BulkModelResult &again : retry.models) {
        for (BulkModelResult &model : models) {
            if (model.modelId != again.modelId)
                continue;
            const BulkModelResult first = model;
            model = again;
            // The first run may already have changed it: the values before that run are the
            // ones an undo restores, and a change that either run made is a change.
            if (first.changed != BulkModelResult::Change::No && first.before)
                model.before = first.before;
            if (first.changed == BulkModelResult::Change::Yes ||
                (first.changed == BulkModelResult::Change::Unknown &&
                 model.changed == BulkModelResult::Change::No))
                model.changed = first.changed;
            model.requestIds = first.requestIds + again.requestIds;
            break;
        }
    }
    retries += retry.retries;
}

QString BulkResult::summary() const
{
    const BulkCounts c = counts();
    return tr("%1 done, %2 failed, %3 skipped, %4 pending.")
        .arg(c.done)
        .arg(c.failed)
        .arg(c.skipped)
        .arg(c.pending);
}

QJsonObject BulkResult::toJson() const
{
    QJsonArray list;
    for (const BulkModelResult &model : models)
        list.append(model.toJson());
    const BulkCounts c = counts();
    QJsonObject json{{u"Models"_s, list},       {u"Done"_s, c.done},
                     {u"Failed"_s, c.failed},   {u"Skipped"_s, c.skipped},
                     {u"Pending"_s, c.pending}, {u"Canceled"_s, canceled},
                     {u"Retries"_s, retries}};
    if (undo)
        json.insert(u"Undo"_s, true);
    else
        json.insert(u"Edit"_s, edit.toJson());
    return json;
}

std::optional<BulkResult> BulkResult::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(u"Models"_s).isArray()) {
        if (error)
            *error = tr("not the result of a bulk run: it has no Models list");
        return std::nullopt;
    }
    BulkResult result;
    result.undo = json.value(u"Undo"_s).toBool();
    result.canceled = json.value(u"Canceled"_s).toBool();
    result.retries = json.value(u"Retries"_s).toInt();
    result.edit = BulkEdit::fromJson(json.value(u"Edit"_s).toObject());
    for (const QJsonValue &model : json.value(u"Models"_s).toArray()) {
        if (!model.isObject() || model.toObject().value(u"ModelId"_s).toString().isEmpty()) {
            if (error)
                *error = tr("not the result of a bulk run: a model has no ModelId");
            return std::nullopt;
        }
        result.models.append(BulkModelResult::fromJson(model.toObject()));
    }
    return result;
}

} // namespace changes
