#pragma once

#include "api/apicall.h"
#include "pai/wirejson.h"

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

} // namespace api
