#pragma once

#include "changes/modelplan.h"
#include "changes/versionplan.h"
#include "changes/writeoutcome.h"
#include "pai/model.h"
#include "pai/modelversion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace changes {

// Copying a model (a gallery model, typically) into a workspace: two writes in order, each a plan
// of its own. First the create of a private model with the source's metadata, labels and extra
// information (ModelPlan::create of pai::Gallery::copyDraft()); then, when asked for, the create of
// its first version with the Uri of the source's latest version (VersionPlan::create of
// pai::Gallery::versionCopyDraft()), planned for the new model once its ID is known. The window's
// review and the CLI's --dry-run print both; ModelWriter and VersionWriter run them.
class CopyPlan
{
    Q_DECLARE_TR_FUNCTIONS(changes::CopyPlan)

public:
    // `latest` is the source's latest version, used when `withVersion`; without one the plan is
    // refused (error()) and sends nothing.
    static CopyPlan create(const pai::Model &source, const QString &workspaceId,
                           const QString &name, bool withVersion,
                           const std::optional<pai::ModelVersion> &latest);

    const pai::Model &source() const { return m_source; }
    const ModelPlan &modelPlan() const { return m_modelPlan; }
    bool withVersion() const { return m_version.has_value(); }
    // The version to register, when asked for.
    const std::optional<pai::ModelVersionDraft> &versionDraft() const { return m_version; }
    // The version's create for the model the first step made.
    VersionPlan versionPlan(const QString &newModelId) const;
    // Why the copy cannot be planned; empty when it can.
    QString error() const { return m_error; }
    bool isRefused() const { return !m_error.isEmpty(); }

    // Both plans' requests in the order they go out, the version's under the new model's
    // {ModelId}.
    QString requestsText() const;
    QString toText() const;
    QJsonObject toJson() const;

    // One truthful report of both writes: the model's outcome, then the version's (none when no
    // version was asked for, or the model was not created). A created model whose version failed
    // says exactly that.
    static QString summary(const WriteOutcome &model, const std::optional<WriteOutcome> &version,
                           bool versionAsked);
    // Whether everything asked for took effect.
    static bool succeeded(const WriteOutcome &model, const std::optional<WriteOutcome> &version,
                          bool versionAsked);

private:
    pai::Model m_source;
    ModelPlan m_modelPlan;
    std::optional<pai::ModelVersionDraft> m_version;
    QString m_error;
};

} // namespace changes
