#include "pai/gallery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pai::Gallery {

QString provider()
{
    return QString::fromLatin1(Provider);
}

QString readOnlyReason()
{
    return QCoreApplication::translate(
        "pai::Gallery", "Gallery models are Alibaba's; copy one into a workspace to change it.");
}

ModelDraft copyDraft(const Model &source, const QString &workspaceId, const QString &name)
{
    ModelDraft draft = ModelDraft::fromModel(source);
    draft.modelName = name.isEmpty() ? source.modelName : name;
    draft.workspaceId = workspaceId;
    // A copy is the person's own: private, whatever the gallery's model is.
    draft.accessibility = u"PRIVATE"_s;
    return draft;
}

ModelVersionDraft versionCopyDraft(const ModelVersion &source)
{
    ModelVersionDraft draft;
    draft.uri = source.uri;
    draft.formatType = source.formatType;
    draft.frameworkType = source.frameworkType;
    return draft;
}

} // namespace pai::Gallery
