#include "changes/versionplan.h"

#include "api/requests.h"
#include "api/signer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

QString nameOrPlaceholder(const QString &versionName)
{
    return versionName.isEmpty() ? u"{VersionName}"_s : versionName;
}

} // namespace

QList<api::RequestSpec> VersionPlan::writesFor(const QString &modelId, const QString &versionName,
                                               const pai::VersionChange &change)
{
    QList<api::RequestSpec> writes;
    if (change.needsUpdate())
        writes.append(api::requests::updateModelVersion(modelId, versionName, change.update()));
    if (!change.labelKeysToDelete().isEmpty()) {
        writes.append(api::requests::deleteModelVersionLabels(modelId, versionName,
                                                              change.labelKeysToDelete()));
    }
    if (!change.labelsToCreate().isEmpty()) {
        writes.append(
            api::requests::createModelVersionLabels(modelId, versionName, change.labelsToCreate()));
    }
    return writes;
}

VersionPlan VersionPlan::create(const QString &modelId, const pai::ModelVersionDraft &draft)
{
    VersionPlan plan;
    plan.m_kind = Kind::Create;
    plan.m_modelId = modelId;
    plan.m_wanted = draft;
    // Against an empty draft every set field is an addition, and none counts as immutable.
    pai::ModelVersionDraft empty;
    empty.versionName = draft.versionName;
    empty.uri = draft.uri;
    empty.formatType = draft.formatType;
    empty.frameworkType = draft.frameworkType;
    plan.m_change = pai::VersionChange::between(empty, draft);
    api::RequestSpec write = api::requests::createModelVersion(modelId, draft);
    api::RequestSpec readBack = api::requests::getModelVersion(modelId, draft.versionName);
    if (draft.versionName.isEmpty())
        readBack.encodedPath += "{VersionName}"; // known only once the service has answered
    if (modelId.isEmpty()) {
        // The model is not created yet (a copy's first version): its ID shows as {ModelId}.
        for (api::RequestSpec *spec : {&write, &readBack})
            spec->encodedPath.replace("/models//", "/models/{ModelId}/");
    }
    plan.m_steps.append({Role::Write, write});
    plan.m_steps.append({Role::ReadBack, readBack});
    return plan;
}

VersionPlan VersionPlan::update(const QString &modelId, const pai::ModelVersion &base,
                                const pai::ModelVersionDraft &wanted)
{
    VersionPlan plan;
    plan.m_kind = Kind::Update;
    plan.m_modelId = modelId;
    plan.m_base = base;
    plan.m_wanted = wanted;
    plan.m_change = pai::VersionChange::between(pai::ModelVersionDraft::fromVersion(base), wanted);
    if (plan.isRefused())
        return plan;
    const QList<api::RequestSpec> writes = writesFor(modelId, base.versionName, plan.m_change);
    if (writes.isEmpty())
        return plan;
    plan.m_steps.append({Role::Check, api::requests::getModelVersion(modelId, base.versionName)});
    for (const api::RequestSpec &write : writes)
        plan.m_steps.append({Role::Write, write});
    plan.m_steps.append(
        {Role::ReadBack, api::requests::getModelVersion(modelId, base.versionName)});
    return plan;
}

VersionPlan VersionPlan::remove(const QString &modelId, const pai::ModelVersion &version)
{
    VersionPlan plan;
    plan.m_kind = Kind::Delete;
    plan.m_modelId = modelId;
    plan.m_base = version;
    plan.m_wanted = pai::ModelVersionDraft::fromVersion(version);
    plan.m_steps.append(
        {Role::Write, api::requests::deleteModelVersion(modelId, version.versionName)});
    plan.m_steps.append(
        {Role::ReadBack, api::requests::getModelVersion(modelId, version.versionName)});
    return plan;
}

int VersionPlan::writeCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                             [](const Step &step) { return step.role == Role::Write; }));
}

QString VersionPlan::roleDescription(Role role, Kind kind)
{
    switch (role) {
    case Role::Check:
        return tr("read: check that nobody else changed the version");
    case Role::ReadBack:
        return kind == Kind::Delete ? tr("read: confirm that the version is gone")
                                    : tr("read: read the version back");
    case Role::Lookup:
        return tr("read: look for the version the create may have made");
    case Role::Write:
        break;
    }
    return {};
}

QString VersionPlan::toText() const
{
    const QString name = nameOrPlaceholder(m_wanted.versionName);
    QString heading;
    switch (m_kind) {
    case Kind::Create:
        heading = m_wanted.versionName.isEmpty()
                      ? tr("Create a version of the model %1, numbered by the service: %n "
                           "request(s) would change it.",
                           "", writeCount())
                            .arg(m_modelId)
                      : tr("Create the version %1 of the model %2: %n request(s) would change it.",
                           "", writeCount())
                            .arg(name, m_modelId);
        break;
    case Kind::Update: {
        QStringList fields;
        for (pai::VersionField field : immutableChanges())
            fields.append(pai::apiName(field));
        heading = isRefused() ? tr("Update the version %1 of the model %2: %3 cannot change once "
                                   "the version exists, so nothing would be sent.")
                                    .arg(name, m_modelId, fields.join(u", "_s))
                  : isEmpty() ? tr("Update the version %1 of the model %2: the server already has "
                                   "these values, so nothing would be sent.")
                                    .arg(name, m_modelId)
                              : tr("Update the version %1 of the model %2: %n request(s) would "
                                   "change it.",
                                   "", writeCount())
                                    .arg(name, m_modelId);
        break;
    }
    case Kind::Delete:
        heading = tr("Delete the version %1 of the model %2.").arg(name, m_modelId);
        break;
    }
    const QString requests = requestsText();
    return requests.isEmpty() ? heading : heading + u"\n\n"_s + requests;
}

QString VersionPlan::requestsText() const
{
    QStringList blocks;
    int number = 0;
    for (const Step &step : m_steps) {
        QString text = u"%1. "_s.arg(++number) + api::requests::displayText(step.request);
        const QString role = roleDescription(step.role, m_kind);
        if (!role.isEmpty()) {
            const qsizetype lineEnd = text.indexOf(u'\n');
            text.insert(lineEnd < 0 ? text.size() : lineEnd, u"   ("_s + role + u')');
        }
        blocks.append(text);
    }
    return blocks.join(u"\n\n"_s);
}

QJsonObject VersionPlan::toJson() const
{
    QJsonArray requests;
    for (const Step &step : m_steps) {
        QJsonObject request{
            {u"Operation"_s, step.request.operation},
            {u"Method"_s, QString::fromLatin1(step.request.method)},
            {u"Path"_s, QString::fromLatin1(step.request.encodedPath)},
            {u"Role"_s, stepRoleName(step.role)},
        };
        const QByteArray query = api::Acs3::canonicalQueryString(step.request.query);
        if (!query.isEmpty())
            request.insert(u"Query"_s, QString::fromLatin1(query));
        if (step.request.jsonBody)
            request.insert(u"Body"_s, QJsonDocument::fromJson(*step.request.jsonBody).object());
        requests.append(request);
    }
    QJsonArray diffs;
    for (const pai::VersionFieldDiff &diff : m_change.diffs()) {
        diffs.append(QJsonObject{{u"Path"_s, diff.path},
                                 {u"Change"_s, diffKindName(diff.kind)},
                                 {u"Before"_s, diff.before},
                                 {u"After"_s, diff.after}});
    }
    QJsonObject plan{{u"Kind"_s, planKindName(m_kind)},
                     {u"ModelId"_s, m_modelId},
                     {u"Writes"_s, writeCount()},
                     {u"Requests"_s, requests},
                     {u"Changes"_s, diffs}};
    if (!m_wanted.versionName.isEmpty())
        plan.insert(u"VersionName"_s, m_wanted.versionName);
    if (isRefused()) {
        QJsonArray fields;
        for (pai::VersionField field : immutableChanges())
            fields.append(pai::apiName(field));
        plan.insert(u"Immutable"_s, fields);
    }
    return plan;
}

} // namespace changes
