#pragma once

#include "api/apicall.h"

namespace api {

// CreateModelVersion: versionName() is the name the service gave the new version, the only way
// to learn an automatic one. A 2xx answer without it still succeeds (versionName() is then
// empty): the version exists, and the caller knows the name it asked for, or looks it up.
class CreateModelVersionCall : public ApiCall
{
    Q_OBJECT

public:
    CreateModelVersionCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                           QObject *parent);
    QString versionName() const { return m_versionName; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    QString m_versionName;
};

} // namespace api
