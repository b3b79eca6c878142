#pragma once

#include "api/credentials.h"
#include "cli/exitcode.h"
#include "credentials/profile.h"

#include <QString>

#include <optional>

namespace cli {

struct CredentialResult
{
    api::Credentials credentials;
    QString regionId;                            // a region the source suggests, or empty
    std::optional<credentials::Profile> profile; // set when the key came from a saved profile
    QString error;                 // translated; set when there are no usable credentials
    ExitCode failure = UsageError; // the exit code that goes with `error`
};

// Where the CLI gets its AccessKey: the environment, or a saved profile (--profile NAME). The
// commands only see the result.
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

// A profile the app saved: its region, endpoint and AccessKey ID from the shared profile list,
// its secret and STS token from the system keychain. An unknown profile is a usage error; a
// keychain that cannot be used is a failure of the environment (ApiFailure), with the
// credentials layer's message naming the cause and the fix.
class ProfileCredentialSource : public CredentialSource
{
public:
    // `profilesFile` empty: the per-user list the app uses.
    explicit ProfileCredentialSource(QString profileName, QString profilesFile = {});
    CredentialResult resolve() override;

private:
    QString m_profileName;
    QString m_profilesFile;
};

} // namespace cli
