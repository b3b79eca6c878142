#pragma once

#include "api/apicall.h"
#include "pai/workspace.h"

namespace api {

// GetWorkspace: workspace() is set exactly when the call succeeded.
class GetWorkspaceCall : public ApiCall
{
    Q_OBJECT

public:
    GetWorkspaceCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                     QObject *parent);
    const std::optional<pai::Workspace> &workspace() const { return m_workspace; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    std::optional<pai::Workspace> m_workspace;
};

} // namespace api
