#include "changes/bulkplan.h"

#include "api/requests.h"
#include "pai/gallery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace changes {

BulkPlan BulkPlan::build(const BulkEdit &edit, const QList<pai::Model> &models)
{
    BulkPlan plan;
    plan.m_edit = edit;
    for (const pai::Model &model : models) {
        Entry entry;
        entry.modelId = model.modelId;
        entry.modelName = model.modelName;
        entry.current = model;
        if (model.isGalleryModel()) {
            // The rule is the engine's, not the front end's: no request for a gallery model.
            entry.skip = Skip::ReadOnly;
        } else if (edit.remove) {
            entry.plan = ModelPlan::remove(model);
        } else {
            const ModelPlan update =
                ModelPlan::update(model, edit.applyTo(pai::ModelDraft::fromModel(model)));
            if (update.isEmpty())
                entry.skip = Skip::NoChange;
            else
                entry.plan = update;
        }
        plan.m_entries.append(entry);
    }
    return plan;
}

void BulkPlan::addReadFailure(const QString &modelId, const api::ApiError &error)
{
    Entry entry;
    entry.modelId = modelId;
    entry.skip = Skip::ReadFailed;
    entry.readError = error;
    m_entries.append(entry);
}

int BulkPlan::planCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &entry) { return entry.hasPlan(); }));
}

int BulkPlan::skipCount() const
{
    return int(m_entries.size()) - planCount();
}

int BulkPlan::writeCount() const
{
    int writes = 0;
    for (const Entry &entry : m_entries)
        writes += entry.plan ? entry.plan->writeCount() : 0;
    return writes;
}

QString BulkPlan::skipName(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::NoChange:
        return u"no-change"_s;
    case Skip::ReadFailed:
        return u"read-failed"_s;
    case Skip::ChangedSince:
        return u"changed-since"_s;
    case Skip::CannotUndo:
        return u"cannot-undo"_s;
    case Skip::ReadOnly:
        return u"read-only"_s;
    }
    return {};
}

QString BulkPlan::skipDescription(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::NoChange:
        return tr("no change needed: the server already holds these values");
    case Skip::ReadFailed:
        return tr("could not be read, so nothing was planned");
    case Skip::ChangedSince:
        return tr("changed by someone else since the run; left alone");
    case Skip::CannotUndo:
        return tr("cannot be undone: it was deleted, or what the run left is not known");
    case Skip::ReadOnly:
        return tr("read-only: %1").arg(pai::Gallery::readOnlyReason());
    }
    return {};
}

QString BulkPlan::summary() const
{
    const QString changing = m_undo ? tr("%n model(s) would be restored", "", planCount())
                                    : tr("%n model(s) would change", "", planCount());
    return tr("%1 (%2 request(s)); %n model(s) would get no request.", "", skipCount())
        .arg(changing)
        .arg(writeCount());
}

QString BulkPlan::toText() const
{
    QStringList blocks{summary()};
    if (!m_undo && !m_edit.isEmpty())
        blocks.append(m_edit.describe().join(u'\n'));
    for (const Entry &entry : m_entries) {
        QStringList lines{u"%1 \"%2\""_s.arg(entry.modelId, entry.modelName)};
        if (!entry.plan) {
            QString why = skipDescription(entry.skip);
            if (entry.readError)
                why += u": "_s + entry.readError->code + u' ' + entry.readError->message;
            lines.append(u"  "_s + why);
        } else {
            if (entry.plan->kind() == ModelPlan::Kind::Delete)
                lines.append(u"  "_s + tr("delete"));
            for (const pai::FieldDiff &diff : entry.plan->change().diffs())
                lines.append(u"  %1: %2 -> %3"_s.arg(diff.path, diff.before, diff.after));
            for (const ModelPlan::Step &step : entry.plan->steps()) {
                if (step.role == ModelPlan::Role::Write)
                    lines.append(u"    "_s +
                                 api::requests::displayText(step.request).section(u'\n', 0, 0));
            }
        }
        blocks.append(lines.join(u'\n'));
    }
    return blocks.join(u"\n\n"_s);
}

QJsonObject BulkPlan::toJson() const
{
    QJsonArray models;
    for (const Entry &entry : m_entries) {
        QJsonObject json{{u"ModelId"_s, entry.modelId}, {u"ModelName"_s, entry.modelName}};
        if (entry.plan) {
            json.insert(u"Plan"_s, entry.plan->toJson());
        } else {
            json.insert(u"Skip"_s, skipName(entry.skip));
            if (entry.readError)
                json.insert(u"Error"_s, QJsonObject{{u"Code"_s, entry.readError->code},
                                                    {u"Message"_s, entry.readError->message},
                                                    {u"RequestId"_s, entry.readError->requestId}});
        }
        models.append(json);
    }
    QJsonObject json{{u"Models"_s, models},
                     {u"Planned"_s, planCount()},
                     {u"Skipped"_s, skipCount()},
                     {u"Writes"_s, writeCount()}};
    if (m_undo)
        json.insert(u"Undo"_s, true);
    else
        json.insert(u"Edit"_s, m_edit.toJson());
    return json;
}

} // namespace changes
