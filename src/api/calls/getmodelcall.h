#pragma once

#include "api/apicall.h"
#include "pai/model.h"

namespace api {

// GetModel: model() is set exactly when the call succeeded.
class GetModelCall : public ApiCall
{
    Q_OBJECT

public:
    GetModelCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                 QObject *parent);
    const std::optional<pai::Model> &model() const { return m_model; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    std::optional<pai::Model> m_model;
};

} // namespace api
