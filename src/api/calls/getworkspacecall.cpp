#include "api/calls/getworkspacecall.h"

#include "pai/wirejson.h"

namespace api {

GetWorkspaceCall::GetWorkspaceCall(const CallContext &context, RequestSpec spec,
                                   QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString GetWorkspaceCall::parseResult(const QJsonObject &body)
{
    auto parsed = pai::WireJson::workspaceFromJson(body);
    if (!parsed)
        return parsed.error;
    if (parsed.value->workspaceId.isEmpty())
        return tr("WorkspaceId: missing");
    m_workspace = std::move(parsed.value);
    return {};
}

} // namespace api
