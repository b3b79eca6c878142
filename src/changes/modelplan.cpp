#include "changes/modelplan.h"

#include "api/requests.h"
#include "api/signer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

QString roleText(ModelPlan::Role role, ModelPlan::Kind kind)
{
    switch (role) {
    case ModelPlan::Role::Check:
        return ModelPlan::tr("read: check that nobody else changed the model");
    case ModelPlan::Role::ReadBack:
        return kind == ModelPlan::Kind::Delete
                   ? ModelPlan::tr("read: confirm that the model is gone")
                   : ModelPlan::tr("read: read the model back");
    case ModelPlan::Role::Lookup:
        return ModelPlan::tr("read: look for the model the create may have made");
    case ModelPlan::Role::Write:
        break;
    }
    return {};
}

} // namespace

QList<api::RequestSpec> ModelPlan::writesFor(const QString &modelId, const pai::ModelChange &change)
{
    QList<api::RequestSpec> writes;
    if (change.needsUpdate())
        writes.append(api::requests::updateModel(modelId, change.update()));
    if (!change.labelKeysToDelete().isEmpty())
        writes.append(api::requests::deleteModelLabels(modelId, change.labelKeysToDelete()));
    if (!change.labelsToCreate().isEmpty())
        writes.append(api::requests::createModelLabels(modelId, change.labelsToCreate()));
    return writes;
}

ModelPlan ModelPlan::create(const pai::ModelDraft &draft)
{
    ModelPlan plan;
    plan.m_kind = Kind::Create;
    plan.m_wanted = draft;
    plan.m_change = pai::ModelChange::between(pai::ModelDraft{}, draft);
    plan.m_steps.append({Role::Write, api::requests::createModel(draft)});
    // The new ID is known only after the create; the read-back shows where it will go.
    api::RequestSpec readBack = api::requests::getModel(QString());
    readBack.encodedPath += "{ModelId}";
    plan.m_steps.append({Role::ReadBack, readBack});
    return plan;
}

ModelPlan ModelPlan::update(const pai::Model &base, const pai::ModelDraft &wanted)
{
    ModelPlan plan;
    plan.m_kind = Kind::Update;
    plan.m_modelId = base.modelId;
    plan.m_base = base;
    plan.m_wanted = wanted;
    plan.m_change = pai::ModelChange::between(pai::ModelDraft::fromModel(base), wanted);
    const QList<api::RequestSpec> writes = writesFor(base.modelId, plan.m_change);
    if (writes.isEmpty())
        return plan;
    plan.m_steps.append({Role::Check, api::requests::getModel(base.modelId)});
    for (const api::RequestSpec &write : writes)
        plan.m_steps.append({Role::Write, write});
    plan.m_steps.append({Role::ReadBack, api::requests::getModel(base.modelId)});
    return plan;
}

ModelPlan ModelPlan::remove(const pai::Model &model)
{
    ModelPlan plan;
    plan.m_kind = Kind::Delete;
    plan.m_modelId = model.modelId;
    plan.m_base = model;
    plan.m_wanted = pai::ModelDraft::fromModel(model);
    plan.m_steps.append({Role::Write, api::requests::deleteModel(model.modelId)});
    plan.m_steps.append({Role::ReadBack, api::requests::getModel(model.modelId)});
    return plan;
}

int ModelPlan::writeCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                             [](const Step &step) { return step.role == Role::Write; }));
}

QString ModelPlan::roleName(Role role)
{
    return stepRoleName(role);
}

QString ModelPlan::roleDescription(Role role, Kind kind)
{
    return roleText(role, kind);
}

QString ModelPlan::kindName(Kind kind)
{
    return planKindName(kind);
}

QString ModelPlan::toText() const
{
    QString heading;
    switch (m_kind) {
    case Kind::Create:
        heading = tr("Create the model \"%1\": %n request(s) would change it.", "", writeCount())
                      .arg(m_wanted.modelName);
        break;
    case Kind::Update:
        heading = isEmpty() ? tr("Update the model \"%1\" (%2): the server already has these "
                                 "values, so nothing would be sent.")
                                  .arg(m_wanted.modelName, m_modelId)
                            : tr("Update the model \"%1\" (%2): %n request(s) would change it.", "",
                                 writeCount())
                                  .arg(m_wanted.modelName, m_modelId);
        break;
    case Kind::Delete:
        heading = tr("Delete the model \"%1\" (%2).").arg(m_wanted.modelName, m_modelId);
        break;
    }
    return heading + u"\n\n"_s + requestsText();
}

QString ModelPlan::requestsText() const
{
    QStringList blocks;
    int number = 0;
    for (const Step &step : m_steps) {
        QString text = u"%1. "_s.arg(++number) + api::requests::displayText(step.request);
        const QString role = roleText(step.role, m_kind);
        if (!role.isEmpty()) {
            const qsizetype lineEnd = text.indexOf(u'\n');
            text.insert(lineEnd < 0 ? text.size() : lineEnd, u"   ("_s + role + u')');
        }
        blocks.append(text);
    }
    return blocks.join(u"\n\n"_s);
}

QJsonObject ModelPlan::toJson() const
{
    QJsonArray requests;
    for (const Step &step : m_steps) {
        QJsonObject request{
            {u"Operation"_s, step.request.operation},
            {u"Method"_s, QString::fromLatin1(step.request.method)},
            {u"Path"_s, QString::fromLatin1(step.request.encodedPath)},
            {u"Role"_s, roleName(step.role)},
        };
        const QByteArray query = api::Acs3::canonicalQueryString(step.request.query);
        if (!query.isEmpty())
            request.insert(u"Query"_s, QString::fromLatin1(query));
        if (step.request.jsonBody)
            request.insert(u"Body"_s, QJsonDocument::fromJson(*step.request.jsonBody).object());
        requests.append(request);
    }
    QJsonArray diffs;
    for (const pai::FieldDiff &diff : m_change.diffs()) {
        diffs.append(QJsonObject{{u"Path"_s, diff.path},
                                 {u"Change"_s, diffKindName(diff.kind)},
                                 {u"Before"_s, diff.before},
                                 {u"After"_s, diff.after}});
    }
    QJsonObject plan{{u"Kind"_s, kindName(m_kind)},
                     {u"ModelName"_s, m_wanted.modelName},
                     {u"Writes"_s, writeCount()},
                     {u"Requests"_s, requests},
                     {u"Changes"_s, diffs}};
    if (!m_modelId.isEmpty())
        plan.insert(u"ModelId"_s, m_modelId);
    return plan;
}

QString diffKindName(pai::DiffKind kind)
{
    switch (kind) {
    case pai::FieldDiff::Kind::Added:
        return u"added"_s;
    case pai::FieldDiff::Kind::Removed:
        return u"removed"_s;
    case pai::FieldDiff::Kind::Changed:
        return u"changed"_s;
    case pai::FieldDiff::Kind::Reordered:
        return u"reordered"_s;
    }
    return {};
}

QString planKindName(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Create:
        return u"create"_s;
    case PlanKind::Update:
        return u"update"_s;
    case PlanKind::Delete:
        return u"delete"_s;
    }
    return {};
}

QString stepRoleName(StepRole role)
{
    switch (role) {
    case StepRole::Check:
        return u"check"_s;
    case StepRole::Write:
        return u"write"_s;
    case StepRole::ReadBack:
        return u"read-back"_s;
    case StepRole::Lookup:
        return u"lookup"_s;
    }
    return {};
}

} // namespace changes
