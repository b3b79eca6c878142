#pragma once

#include "api/apicall.h"

namespace api {

// CreateModel: modelId() is the ID the service gave the new model.
class CreateModelCall : public ApiCall
{
    Q_OBJECT

public:
    CreateModelCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                    QObject *parent);
    QString modelId() const { return m_modelId; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    QString m_modelId;
};

} // namespace api
