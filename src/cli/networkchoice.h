#pragma once

#include "api/networksettings.h"
#include "cli/credentialsource.h"
#include "cli/globaloptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace cli {

// How a command's requests reach the endpoint. The proxy is the profile's, else the environment's
// (HTTPS_PROXY, https_proxy; NO_PROXY exempts hosts from either). The CAs of the profile's file
// and of --ca-file are both trusted, on top of the system's.
struct NetworkChoice
{
    Q_DECLARE_TR_FUNCTIONS(cli::NetworkChoice)

public:
    api::NetworkSettings settings;
    QString error; // translated, naming the variable, the profile field or the file

    static NetworkChoice choose(const GlobalOptions &options, const CredentialResult &source,
                                const QProcessEnvironment &environment);
};

} // namespace cli
