#pragma once

#include "credentials/importreport.h"

#include <QProcessEnvironment>

namespace credentials {

// Turns the credential environment variables into one import candidate named `profileName`.
// Variables for modes PaiDesk cannot use (role ARN, OIDC, credentials URI, ECS role) are listed as
// unsupported.
class EnvironmentImporter
{
public:
    static QString defaultProfileName(); // "environment"

    static ImportReport
    read(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
         const QString &profileName = defaultProfileName());
};

} // namespace credentials
