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
    // Moves the models out, for a caller that is done with this call.
    QList<pai::Model> takeModels() { return std::exchange(m_page.models, {}); }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    pai::WireJson::ModelPage m_page;
};

} // namespace api
