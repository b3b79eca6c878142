#include "sandbox/apireply.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

QString ApiReply::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

ApiReply ApiReply::success(QJsonObject fields)
{
    fields.insert(u"RequestId"_s, newRequestId());
    return {200, fields, {}};
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message)
{
    return {status,
            QJsonObject{{u"RequestId"_s, newRequestId()},
                        {u"HostId"_s, u"aiworkspace.sandbox.local"_s},
                        {u"Code"_s, code},
                        {u"Message"_s, message}},
            {}};
}

// Messages of the emulated service are the service's own words: English, like the real gateway.
ApiReply ApiReply::missingParameter(const QString &field)
{
    return error(400, u"MissingParameter"_s,
                 u"The input parameter \"%1\" that is mandatory for processing this request is "
                 u"not supplied."_s.arg(field));
}

ApiReply ApiReply::invalidParameter(const QString &field, const QString &rule)
{
    return error(400, u"InvalidParameter"_s,
                 u"The parameter \"%1\" is invalid: %2"_s.arg(field, rule));
}

ApiReply ApiReply::modelNotFound(const QString &modelId)
{
    return error(404, QString::fromLatin1(ModelNotFoundCode),
                 u"Model not found: %1"_s.arg(modelId));
}

ApiReply ApiReply::workspaceNotFound(const QString &workspaceId)
{
    return error(404, QString::fromLatin1(WorkspaceNotFoundCode),
                 u"Workspace not found: %1"_s.arg(workspaceId));
}

ApiReply ApiReply::versionNotFound(const QString &modelId, const QString &versionName)
{
    return error(404, QString::fromLatin1(VersionNotFoundCode),
                 u"Model version not found: %1 of model %2"_s.arg(versionName, modelId));
}

ApiReply ApiReply::versionExists(const QString &modelId, const QString &versionName)
{
    return error(400, QString::fromLatin1(VersionExistsCode),
                 u"The model %1 already has a version named %2."_s.arg(modelId, versionName));
}

ApiReply ApiReply::galleryWriteDenied(const QString &modelId)
{
    return error(GalleryWriteDeniedStatus, QString::fromLatin1(GalleryWriteDeniedCode),
                 u"You are not authorized to change the model %1: it is a public model of the "
                 u"PAI Model Gallery."_s.arg(modelId));
}

QString ApiReply::code() const
{
    return body.value(u"Code"_s).toString();
}

QByteArray ApiReply::toJson() const
{
    if (!serializedBody.isEmpty())
        return serializedBody;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace sandbox
