#include "api/calls/getmodelcall.h"

#include "pai/wirejson.h"

namespace api {

GetModelCall::GetModelCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                           QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString GetModelCall::parseResult(const QJsonObject &body)
{
    auto parsed = pai::WireJson::modelFromJson(body);
    if (!parsed)
        return parsed.error;
    if (parsed.value->modelId.isEmpty())
        return tr("ModelId: missing");
    m_model = std::move(parsed.value);
    return {};
}

} // namespace api
