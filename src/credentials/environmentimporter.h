#pragma once

#include "credentials/importreport.h"

#include <QProcessEnvironment>

namespace credentials {

// Turns the credential environment variables into import candidates: the AccessKey as
// `profileName`, and the role modes of the SDKs' default chain as `<profileName>-oidc`
// (ALIBABA_CLOUD_ROLE_ARN, _OIDC_PROVIDER_ARN, _OIDC_TOKEN_FILE), `-ecs`
// (ALIBABA_CLOUD_ECS_METADATA) and `-uri` (ALIBABA_CLOUD_CREDENTIALS_URI). What cannot be imported
// (half the OIDC variables, the Terraform provider's assume role) is listed with the reason.
class EnvironmentImporter
{
public:
    static QString defaultProfileName(); // "environment"

    static ImportReport
    read(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
         const QString &profileName = defaultProfileName());
};

} // namespace credentials
