#include "api/calls/createmodelversioncall.h"

using namespace Qt::StringLiterals;

namespace api {

CreateModelVersionCall::CreateModelVersionCall(const CallContext &context, RequestSpec spec,
                                               QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString CreateModelVersionCall::parseResult(const QJsonObject &body)
{
    const QJsonValue name = body.value(u"VersionName"_s);
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return tr("VersionName: expected a string");
    m_versionName = name.toString();
    return {};
}

} // namespace api
