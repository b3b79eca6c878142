#include "api/calls/listmodelversionscall.h"

namespace api {

ListModelVersionsCall::ListModelVersionsCall(const CallContext &context, RequestSpec spec,
                                             QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString ListModelVersionsCall::parseResult(const QJsonObject &body)
{
    auto parsed = pai::WireJson::versionPageFromJson(body);
    if (!parsed)
        return parsed.error;
    m_page = std::move(*parsed.value);
    return {};
}

} // namespace api
