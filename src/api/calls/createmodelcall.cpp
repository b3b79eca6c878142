#include "api/calls/createmodelcall.h"

using namespace Qt::StringLiterals;

namespace api {

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
