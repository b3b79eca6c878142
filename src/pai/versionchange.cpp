#include "pai/versionchange.h"

namespace pai {

VersionChange VersionChange::between(const ModelVersionDraft &before,
                                     const ModelVersionDraft &after)
{
    VersionChange change;
    change.m_update.values = after;

    for (const VersionTextField &text : versionTextFields()) {
        const QString &old = before.*text.member;
        const QString &now = after.*text.member;
        if (old == now)
            continue;
        if (isImmutable(text.field))
            change.m_immutableChanges.append(text.field);
        else
            change.m_update.fields.append(text.field);
        change.m_diffs.append({text.field, apiName(text.field),
                               Diffs::kindOf(!old.isEmpty(), !now.isEmpty()), old, now});
    }

    for (const VersionObjectField &object : versionObjectFields()) {
        const QJsonObject &old = before.*object.member;
        const QJsonObject &now = after.*object.member;
        if (old == now)
            continue;
        // An object is sent whole: UpdateModelVersion has no way to change one key of it.
        change.m_update.fields.append(object.field);
        for (const DiffPart &part : Diffs::objectParts(apiName(object.field), old, now))
            change.m_diffs.append(Diffs::tie(object.field, part));
    }

    change.m_labels = LabelPlan::between(before.labels, after.labels);
    for (const DiffPart &part : Diffs::labelParts(before.labels, after.labels))
        change.m_diffs.append(Diffs::tie(VersionField::Labels, part));
    return change;
}

ModelVersionDraft VersionChange::rebased(const ModelVersionDraft &loaded,
                                         const ModelVersionDraft &edited,
                                         const ModelVersionDraft &server)
{
    ModelVersionDraft result = server;
    for (const VersionTextField &text : versionTextFields()) {
        if (loaded.*text.member != edited.*text.member)
            result.*text.member = edited.*text.member;
    }
    for (const VersionObjectField &object : versionObjectFields()) {
        if (loaded.*object.member != edited.*object.member)
            result.*object.member = edited.*object.member;
    }
    if (loaded.labels != edited.labels)
        result.labels = edited.labels;
    return result;
}

bool VersionChange::isEmpty() const
{
    return m_immutableChanges.isEmpty() && m_update.fields.isEmpty() && m_labels.isEmpty();
}

} // namespace pai
