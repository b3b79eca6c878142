#pragma once

#include "api/apicall.h"
#include "pai/wirejson.h"

namespace api {

// One page of ListModelVersions.
class ListModelVersionsCall : public ApiCall
{
    Q_OBJECT

public:
    ListModelVersionsCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                          QObject *parent);
    const pai::WireJson::VersionPage &page() const { return m_page; }
    QList<pai::ModelVersion> takeVersions() { return std::exchange(m_page.versions, {}); }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    pai::WireJson::VersionPage m_page;
};

} // namespace api
