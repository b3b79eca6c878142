#include "credentials/environmentroles.h"

using namespace Qt::StringLiterals;

namespace credentials::EnvironmentRoles {

namespace {

const std::initializer_list<const char *> RoleArn{"ALIBABA_CLOUD_ROLE_ARN",
                                                  "ALIBABACLOUD_ROLE_ARN"};
const std::initializer_list<const char *> ProviderArn{"ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
                                                      "ALIBABACLOUD_OIDC_PROVIDER_ARN"};
const std::initializer_list<const char *> TokenFile{"ALIBABA_CLOUD_OIDC_TOKEN_FILE",
                                                    "ALIBABACLOUD_OIDC_TOKEN_FILE"};

AliyunProfileSpec specOf(const QString &name, const QString &mode)
{
    AliyunProfileSpec spec;
    spec.name = name;
    spec.mode = mode;
    return spec;
}

// A link named by one variable: a spec of `mode` with its value in `field`, or nothing when the
// variable is not set.
std::optional<AliyunProfileSpec> singleVariableLink(const QString &name, const QString &mode,
                                                    QString AliyunProfileSpec::*field,
                                                    const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    AliyunProfileSpec spec = specOf(name, mode);
    spec.*field = value;
    return spec;
}

} // namespace

QString firstOf(const QProcessEnvironment &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment.value(QLatin1StringView(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool isTrue(const QProcessEnvironment &environment, const char *name)
{
    const QString value = environment.value(QLatin1StringView(name));
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1"_s;
}

std::optional<AliyunProfileSpec> oidc(const QProcessEnvironment &environment, const QString &name)
{
    AliyunProfileSpec spec = specOf(name, u"OIDC"_s);
    spec.ramRoleArn = firstOf(environment, RoleArn);
    spec.oidcProviderArn = firstOf(environment, ProviderArn);
    spec.oidcTokenFile = firstOf(environment, TokenFile);
    if (spec.ramRoleArn.isEmpty() || spec.oidcProviderArn.isEmpty() || spec.oidcTokenFile.isEmpty())
        return std::nullopt;
    spec.ramSessionName = environment.value(u"ALIBABA_CLOUD_ROLE_SESSION_NAME"_s);
    spec.stsRegion = environment.value(u"ALIBABA_CLOUD_STS_REGION"_s);
    spec.stsEndpoint = environment.value(u"ALIBABA_CLOUD_STS_ENDPOINT"_s);
    spec.enableVpc = isTrue(environment, "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
    return spec;
}

bool oidcPartlySet(const QProcessEnvironment &environment)
{
    const bool any = !firstOf(environment, RoleArn).isEmpty() ||
                     !firstOf(environment, ProviderArn).isEmpty() ||
                     !firstOf(environment, TokenFile).isEmpty();
    return any && !oidc(environment, {});
}

std::optional<AliyunProfileSpec> ecsRole(const QProcessEnvironment &environment,
                                         const QString &name)
{
    if (isTrue(environment, "ALIBABA_CLOUD_ECS_METADATA_DISABLED"))
        return std::nullopt;
    return singleVariableLink(
        name, u"EcsRamRole"_s, &AliyunProfileSpec::ramRoleName,
        firstOf(environment, {"ALIBABA_CLOUD_ECS_METADATA", "ALICLOUD_ECS_ROLE_NAME"}));
}

std::optional<AliyunProfileSpec> credentialsUri(const QProcessEnvironment &environment,
                                                const QString &name)
{
    return singleVariableLink(
        name, u"CredentialsURI"_s, &AliyunProfileSpec::credentialsUri,
        firstOf(environment, {"ALIBABA_CLOUD_CREDENTIALS_URI", "ALICLOUD_CREDENTIALS_URI"}));
}

QString configProfile(const QProcessEnvironment &environment)
{
    return firstOf(environment,
                   {"ALIBABA_CLOUD_PROFILE", "ALIBABACLOUD_PROFILE", "ALICLOUD_PROFILE"});
}

} // namespace credentials::EnvironmentRoles
