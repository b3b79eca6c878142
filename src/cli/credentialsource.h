#pragma once

#include "api/credentials.h"
#include "cli/exitcode.h"
#include "credentials/profile.h"
#include "credentials/providers/providerbuilder.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

namespace cli {

struct CredentialResult
{
    api::Credentials credentials;
    QString regionId;                            // a region the source suggests, or empty
    std::optional<credentials::Profile> profile; // set when the key came from a saved profile
    QString error;                 // translated; set when there are no usable credentials
    ExitCode failure = UsageError; // the exit code that goes with `error`
    // Set for temporary credentials (RamRoleArn, OIDC, EcsRamRole, ...): builds the session's
    // provider on the client's network and activity log; `credentials` is then empty.
    std::function<api::CredentialSource *(const credentials::ProviderSettings &, QObject *parent,
                                          QString *error)>
        temporary;
};

// Where the CLI gets its key: the environment, a saved profile of any mode (--profile NAME), a
// profile of the aliyun CLI (--aliyun-profile NAME) or the default chain. The commands only see
// the result.
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

// Without --profile or --aliyun-profile: the SDKs' default chain, the first link that applies.
// 1. ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET (+ _SECURITY_TOKEN), as EnvironmentCredentialSource;
// 2. ALIBABA_CLOUD_ROLE_ARN + _OIDC_PROVIDER_ARN + _OIDC_TOKEN_FILE (OIDC; also the
//    ALIBABACLOUD_ forms), STS from ALIBABA_CLOUD_STS_REGION, _STS_ENDPOINT and
//    _VPC_ENDPOINT_ENABLED;
// 3. config.json (ALIBABA_CLOUD_CONFIG_FILE), profile ALIBABA_CLOUD_PROFILE (ALIBABACLOUD_PROFILE,
//    ALICLOUD_PROFILE) or `current`, unless ALIBABA_CLOUD_CLI_PROFILE_DISABLED or
//    ALIBABA_CLOUD_IGNORE_PROFILE is true;
// 4. ECS metadata, only when ALIBABA_CLOUD_ECS_METADATA (ALICLOUD_ECS_ROLE_NAME) names the role
//    (the SDKs also try it without a name; a desktop tool waiting on 100.100.100.200 off ECS
//    would only be slow);
// 5. ALIBABA_CLOUD_CREDENTIALS_URI (ALICLOUD_CREDENTIALS_URI).
class DefaultChainCredentialSource : public CredentialSource
{
public:
    explicit DefaultChainCredentialSource(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    CredentialResult resolve() override;

private:
    QProcessEnvironment m_environment;
};

// A profile of the aliyun CLI's config.json (or ALIBABA_CLOUD_CONFIG_FILE), any mode, used
// directly: its secrets stay in that file and in memory.
class AliyunProfileCredentialSource : public CredentialSource
{
public:
    explicit AliyunProfileCredentialSource(QString profileName, QString configFile = {});
    CredentialResult resolve() override;

private:
    QString m_profileName;
    QString m_configFile;
};

} // namespace cli
