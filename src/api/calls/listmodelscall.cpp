#include "api/calls/listmodelscall.h"

namespace api {

ListModelsCall::ListModelsCall(const CallContext &context, RequestSpec spec,
                               QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString ListModelsCall::parseResult(const QJsonObject &body)
{
    auto parsed = pai::WireJson::modelPageFromJson(body);
    if (!parsed)
        return parsed.error;
    m_page = std::move(*parsed.value);
    return {};
}

} // namespace api
