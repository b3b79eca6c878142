#pragma once

#include "api/apicall.h"
#include "pai/wirejson.h"
#include "pai/workspace.h"

namespace api {

// One page of ListWorkspaces.
class ListWorkspacesCall : public ApiCall
{
    Q_OBJECT

public:
    ListWorkspacesCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                       QObject *parent);
    const pai::WireJson::WorkspacePage &page() const { return m_page; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    pai::WireJson::WorkspacePage m_page;
};

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
