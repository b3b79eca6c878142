#pragma once

#include "api/apicall.h"
#include "pai/modelversion.h"

namespace api {

// GetModelVersion: version() is set exactly when the call succeeded.
class GetModelVersionCall : public ApiCall
{
    Q_OBJECT

public:
    GetModelVersionCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                        QObject *parent);
    const std::optional<pai::ModelVersion> &version() const { return m_version; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    std::optional<pai::ModelVersion> m_version;
};

} // namespace api
