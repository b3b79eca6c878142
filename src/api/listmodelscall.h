#pragma once

#include "api/apicall.h"
#include "pai/wirejson.h"

namespace api {

// One page of ListModels.
class ListModelsCall : public ApiCall
{
    Q_OBJECT

public:
    ListModelsCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                   QObject *parent);
    const pai::WireJson::ModelPage &page() const { return m_page; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    pai::WireJson::ModelPage m_page;
};

} // namespace api
