#include "api/modelcalls.h"

using namespace Qt::StringLiterals;

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

CreateModelCall::CreateModelCall(const CallContext &context, RequestSpec spec,
                                 QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString CreateModelCall::parseResult(const QJsonObject &body)
{
    const QJsonValue id = body.value(u"ModelId"_s);
    if (!id.isString() || id.toString().isEmpty())
        return tr("ModelId: expected a non-empty string");
    m_modelId = id.toString();
    return {};
}

} // namespace api
