#include "changes/copyplan.h"

#include "pai/gallery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace changes {

CopyPlan CopyPlan::create(const pai::Model &source, const QString &workspaceId, const QString &name,
                          bool withVersion, const std::optional<pai::ModelVersion> &latest)
{
    CopyPlan plan;
    plan.m_source = source;
    plan.m_modelPlan = ModelPlan::create(pai::Gallery::copyDraft(source, workspaceId, name));
    if (withVersion) {
        if (latest && !latest->uri.isEmpty())
            plan.m_version = pai::Gallery::versionCopyDraft(*latest);
        else
            plan.m_error = tr("The model \"%1\" (%2) has no version whose Uri could be registered.")
                               .arg(source.modelName, source.modelId);
    }
    return plan;
}

VersionPlan CopyPlan::versionPlan(const QString &newModelId) const
{
    return VersionPlan::create(newModelId, m_version.value_or(pai::ModelVersionDraft{}));
}

QString CopyPlan::requestsText() const
{
    QString text = m_modelPlan.requestsText();
    if (!m_version)
        return text;
    // The version's requests are numbered on from the model's; their model is the new one.
    const qsizetype first = m_modelPlan.steps().size();
    QString versionText = versionPlan(QString()).requestsText();
    QStringList blocks = versionText.split(u"\n\n"_s);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QString &block = blocks[i];
        const qsizetype dot = block.indexOf(u". "_s);
        if (dot > 0 && block.left(dot).toInt() > 0)
            block = QString::number(block.left(dot).toInt() + first) + block.mid(dot);
    }
    return text + u"\n\n"_s + blocks.join(u"\n\n"_s);
}

QString CopyPlan::toText() const
{
    if (isRefused())
        return m_error;
    const QString heading =
        m_version
            ? tr("Copy the model \"%1\" (%2) into the workspace %3 as \"%4\", and register the "
                 "Uri of its latest version as the copy's first version.")
                  .arg(m_source.modelName, m_source.modelId, m_modelPlan.wanted().workspaceId,
                       m_modelPlan.modelName())
            : tr("Copy the model \"%1\" (%2) into the workspace %3 as \"%4\".")
                  .arg(m_source.modelName, m_source.modelId, m_modelPlan.wanted().workspaceId,
                       m_modelPlan.modelName());
    return heading + u"\n\n"_s + requestsText();
}

QJsonObject CopyPlan::toJson() const
{
    QJsonObject json{{u"Kind"_s, u"copy"_s},
                     {u"SourceModelId"_s, m_source.modelId},
                     {u"WorkspaceId"_s, m_modelPlan.wanted().workspaceId},
                     {u"ModelName"_s, m_modelPlan.modelName()},
                     {u"Model"_s, m_modelPlan.toJson()}};
    if (m_version)
        json.insert(u"Version"_s, versionPlan(QString()).toJson());
    if (isRefused())
        json.insert(u"Error"_s, m_error);
    return json;
}

bool CopyPlan::succeeded(const WriteOutcome &model, const std::optional<WriteOutcome> &version,
                         bool versionAsked)
{
    if (!model.succeeded())
        return false;
    return !versionAsked || (version && version->succeeded());
}

QString CopyPlan::summary(const WriteOutcome &model, const std::optional<WriteOutcome> &version,
                          bool versionAsked)
{
    if (!model.succeeded()) {
        return versionAsked ? tr("%1\nNo version was registered.").arg(model.summary())
                            : model.summary();
    }
    const QString created =
        tr("Created the model \"%1\" (ID %2).").arg(model.modelName, model.modelId);
    if (!versionAsked)
        return created;
    if (!version)
        return tr("%1 Its version was not registered: the copy stopped before it.").arg(created);
    if (version->succeeded()) {
        return tr("%1 Registered its version %2 with the Uri of the source's latest version.")
            .arg(created, version->versionName);
    }
    return tr("%1 The model exists, but its version was not registered:\n%2")
        .arg(created, version->summary());
}

} // namespace changes
