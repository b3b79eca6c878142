#include "api/workspacecalls.h"

using namespace Qt::StringLiterals;

namespace api {

ListWorkspacesCall::ListWorkspacesCall(const CallContext &context, RequestSpec spec,
                                       QDeadlineTimer deadline, QObject *parent)
    : ApiCall(context, std::move(spec), deadline, parent)
{}

QString ListWorkspacesCall::parseResult(const QJsonObject &body)
{
    auto parsed = pai::WireJson::workspacePageFromJson(body);
    if (!parsed)
        return parsed.error;
    m_page = std::move(*parsed.value);
    return {};
}

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
