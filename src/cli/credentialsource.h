#pragma once

#include "api/credentials.h"

#include <QString>

namespace cli {

struct CredentialResult
{
    api::Credentials credentials;
    QString regionId; // a region the source suggests, or empty
    QString error;    // translated; set when there are no usable credentials
};

// Where the CLI gets its AccessKey. The environment today; a keychain profile (--profile) plugs in
// as another source without touching the commands.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    virtual CredentialResult resolve() = 0;
};

// ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN (and
// the other names the credentials layer understands).
class EnvironmentCredentialSource : public CredentialSource
{
public:
    CredentialResult resolve() override;
};

} // namespace cli
