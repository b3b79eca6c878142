#include "api/calls/listworkspacescall.h"

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

} // namespace api
