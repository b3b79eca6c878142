#pragma once

#include "api/endpoint.h"
#include "cli/credentialsource.h"
#include "cli/globaloptions.h"

#include <QCoreApplication>
#include <QString>

namespace cli {

// Where a command's requests go. The command line wins: --endpoint, then --region (on the
// profile's network, public or VPC). Then the profile's own endpoint, then the region the
// environment names, then cn-hangzhou.
struct EndpointChoice
{
    Q_DECLARE_TR_FUNCTIONS(cli::EndpointChoice)

public:
    api::Endpoint endpoint;
    QString error; // translated, naming the flag or the profile; set when `endpoint` is unusable

    static EndpointChoice choose(const GlobalOptions &options, const CredentialResult &source);
};

} // namespace cli
