#include "api/calls/getmodelversioncall.h"

#include "pai/wirejson.h"

namespace api {

GetModelVersionCall::GetModelVersionCall(const CallContext &context, RequestSpec spec,
                                         QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString GetModelVersionCall::parseResult(const QJsonObject &body)
{
    auto parsed = pai::WireJson::versionFromJson(body);
    if (!parsed)
        return parsed.error;
    m_version = std::move(parsed.value);
    return {};
}

} // namespace api
