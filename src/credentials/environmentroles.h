#pragma once

#include "credentials/providers/providerbuilder.h"

#include <QProcessEnvironment>

#include <initializer_list>
#include <optional>

namespace credentials {

// The role links of the SDKs' default chain as the environment gives them, read in one place:
// the CLI's default chain runs them, the environment import saves them as profiles. Each reads
// the SDKs' ALIBABA_CLOUD_ name first, then the older forms the aliyun CLI and the Terraform
// provider also read.
namespace EnvironmentRoles {

// The first of `names` that is set, else empty.
QString firstOf(const QProcessEnvironment &environment, std::initializer_list<const char *> names);
// "true" (any case) or "1".
bool isTrue(const QProcessEnvironment &environment, const char *name);

// ALIBABA_CLOUD_ROLE_ARN, _OIDC_PROVIDER_ARN and _OIDC_TOKEN_FILE, all three (or their
// ALIBABACLOUD_ forms); the session name from ALIBABA_CLOUD_ROLE_SESSION_NAME and the STS host
// from ALIBABA_CLOUD_STS_REGION, _STS_ENDPOINT and _VPC_ENDPOINT_ENABLED.
std::optional<AliyunProfileSpec> oidc(const QProcessEnvironment &environment, const QString &name);
// Some of the three OIDC variables are set, not all: nothing to run, but worth saying.
bool oidcPartlySet(const QProcessEnvironment &environment);
// ALIBABA_CLOUD_ECS_METADATA (ALICLOUD_ECS_ROLE_NAME): the ECS role's name; nothing when
// ALIBABA_CLOUD_ECS_METADATA_DISABLED is true.
std::optional<AliyunProfileSpec> ecsRole(const QProcessEnvironment &environment,
                                         const QString &name);
// ALIBABA_CLOUD_CREDENTIALS_URI (ALICLOUD_CREDENTIALS_URI).
std::optional<AliyunProfileSpec> credentialsUri(const QProcessEnvironment &environment,
                                                const QString &name);
// The config.json profile the environment names: ALIBABA_CLOUD_PROFILE, ALIBABACLOUD_PROFILE or
// ALICLOUD_PROFILE; empty for the file's `current`.
QString configProfile(const QProcessEnvironment &environment);

} // namespace EnvironmentRoles

} // namespace credentials
