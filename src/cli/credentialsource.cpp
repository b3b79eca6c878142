#include "cli/credentialsource.h"

#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentcredentials.h"
#include "credentials/profilestore.h"
#include "credentials/providers/aliyunconfigfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace cli {

CredentialResult EnvironmentCredentialSource::resolve()
{
    const credentials::EnvironmentCredentials found = credentials::EnvironmentCredentials::read();
    CredentialResult result;
    result.regionId = found.regionId;
    if (!found.error.isEmpty()) {
        result.error = found.error;
    } else if (!found.found()) {
        result.error = QCoreApplication::translate(
            "cli::EnvironmentCredentialSource",
            "No credentials: pass --profile NAME, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for an STS key).");
    } else {
        result.credentials = found.credentials;
    }
    return result;
}

ProfileCredentialSource::ProfileCredentialSource(QString profileName, QString profilesFile)
    : m_profileName(std::move(profileName))
    , m_profilesFile(std::move(profilesFile))
{}

CredentialResult ProfileCredentialSource::resolve()
{
    const auto profiles = m_profilesFile.isEmpty()
                              ? std::make_unique<credentials::ProfileStore>()
                              : std::make_unique<credentials::ProfileStore>(m_profilesFile);
    credentials::CredentialStore secrets;
    credentials::CredentialsProvider provider(*profiles, secrets);

    // The keychain answers asynchronously; a command needs the key before it can send anything.
    QEventLoop loop;
    std::optional<credentials::ResolvedCredentials> resolved;
    provider.forProfile(m_profileName, &loop, [&](const credentials::ResolvedCredentials &answer) {
        resolved = answer;
        loop.quit();
    });
    if (!resolved)
        loop.exec();

    CredentialResult result;
    if (!resolved->error.isEmpty()) {
        result.error = resolved->error;
        // The provider's message already names the profile or the keychain's trouble; only the
        // exit code tells a script which of the two it was.
        result.failure = profiles->contains(m_profileName) ? ApiFailure : UsageError;
        return result;
    }
    result.credentials = resolved->credentials;
    result.profile = resolved->profile;
    result.regionId = resolved->profile.regionId;
    if (resolved->isTemporary()) {
        result.temporary = [resolved = *resolved](const credentials::ProviderSettings &settings,
                                                  QObject *parent,
                                                  QString *error) -> api::CredentialSource * {
            return resolved.buildProvider(settings, parent, error);
        };
    }
    return result;
}

AliyunProfileCredentialSource::AliyunProfileCredentialSource(QString profileName,
                                                             QString configFile)
    : m_profileName(std::move(profileName))
    , m_configFile(std::move(configFile))
{}

CredentialResult AliyunProfileCredentialSource::resolve()
{
    CredentialResult result;
    const QString path =
        m_configFile.isEmpty()
            ? credentials::AliyunConfigFile::path(QProcessEnvironment::systemEnvironment())
            : m_configFile;
    const credentials::AliyunConfig config = credentials::AliyunConfigFile::read(path);
    if (!config.error.isEmpty()) {
        result.error = QCoreApplication::translate("cli::AliyunProfileCredentialSource",
                                                   "--aliyun-profile: %1")
                           .arg(config.error);
        return result;
    }
    const QString name = m_profileName.isEmpty() ? config.current : m_profileName;
    const auto found = std::find_if(config.profiles.cbegin(), config.profiles.cend(),
                                    [&name](const auto &spec) { return spec.name == name; });
    if (found == config.profiles.cend()) {
        QStringList known;
        for (const credentials::AliyunProfileSpec &spec : config.profiles)
            known.append(spec.name);
        result.error = QCoreApplication::translate("cli::AliyunProfileCredentialSource",
                                                   "--aliyun-profile: %1 has no profile \"%2\". "
                                                   "Its profiles: %3.")
                           .arg(path, name, known.join(u", "_s));
        return result;
    }
    result.regionId = found->regionId;
    const QList<credentials::AliyunProfileSpec> profiles = config.profiles;
    result.temporary = [profiles, name](const credentials::ProviderSettings &settings,
                                        QObject *parent,
                                        QString *error) -> api::CredentialSource * {
        credentials::ProviderBuilder builder(profiles, settings);
        return builder.build(name, parent, error);
    };
    return result;
}

namespace {

bool isTrue(const QProcessEnvironment &environment, const QString &name)
{
    const QString value = environment.value(name);
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1"_s;
}

// The first of the names that is set: the SDKs' ALIBABA_CLOUD_ name, then the older forms the
// aliyun CLI and the Terraform provider also read.
QString firstOf(const QProcessEnvironment &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment.value(QLatin1StringView(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// STS's host for the environment's role links: ALIBABA_CLOUD_STS_REGION (the VPC host with
// ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED) or ALIBABA_CLOUD_STS_ENDPOINT.
void stsHostFromEnvironment(credentials::AliyunProfileSpec &spec,
                            const QProcessEnvironment &environment)
{
    spec.stsRegion = environment.value(u"ALIBABA_CLOUD_STS_REGION"_s);
    spec.stsEndpoint = environment.value(u"ALIBABA_CLOUD_STS_ENDPOINT"_s);
    spec.enableVpc = isTrue(environment, u"ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED"_s);
}

CredentialResult temporaryFrom(const credentials::AliyunProfileSpec &spec,
                               const QProcessEnvironment &environment)
{
    CredentialResult result;
    result.regionId = environment.value(u"ALIBABA_CLOUD_REGION_ID"_s);
    result.temporary = [spec](const credentials::ProviderSettings &settings, QObject *parent,
                              QString *error) -> api::CredentialSource * {
        credentials::ProviderBuilder builder({spec}, settings);
        return builder.build(spec.name, parent, error);
    };
    return result;
}

} // namespace

DefaultChainCredentialSource::DefaultChainCredentialSource(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

CredentialResult DefaultChainCredentialSource::resolve()
{
    const QProcessEnvironment &env = m_environment;
    const credentials::EnvironmentCredentials found =
        credentials::EnvironmentCredentials::read(env);
    if (found.found() || !found.error.isEmpty())
        return EnvironmentCredentialSource().resolve();

    const QString roleArn = firstOf(env, {"ALIBABA_CLOUD_ROLE_ARN", "ALIBABACLOUD_ROLE_ARN"});
    const QString providerArn =
        firstOf(env, {"ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "ALIBABACLOUD_OIDC_PROVIDER_ARN"});
    const QString tokenFile =
        firstOf(env, {"ALIBABA_CLOUD_OIDC_TOKEN_FILE", "ALIBABACLOUD_OIDC_TOKEN_FILE"});
    if (!roleArn.isEmpty() && !providerArn.isEmpty() && !tokenFile.isEmpty()) {
        credentials::AliyunProfileSpec spec;
        spec.name = u"environment"_s;
        spec.mode = u"OIDC"_s;
        spec.ramRoleArn = roleArn;
        spec.oidcProviderArn = providerArn;
        spec.oidcTokenFile = tokenFile;
        spec.ramSessionName = env.value(u"ALIBABA_CLOUD_ROLE_SESSION_NAME"_s);
        stsHostFromEnvironment(spec, env);
        return temporaryFrom(spec, env);
    }

    if (!isTrue(env, u"ALIBABA_CLOUD_CLI_PROFILE_DISABLED"_s) &&
        !isTrue(env, u"ALIBABA_CLOUD_IGNORE_PROFILE"_s)) {
        const QString path = credentials::AliyunConfigFile::path(env);
        if (QFile::exists(path)) {
            CredentialResult fromFile =
                AliyunProfileCredentialSource(
                    firstOf(env,
                            {"ALIBABA_CLOUD_PROFILE", "ALIBABACLOUD_PROFILE", "ALICLOUD_PROFILE"}),
                    path)
                    .resolve();
            if (fromFile.error.isEmpty())
                return fromFile;
        }
    }

    const QString ecsRole = firstOf(env, {"ALIBABA_CLOUD_ECS_METADATA", "ALICLOUD_ECS_ROLE_NAME"});
    if (!ecsRole.isEmpty() && !isTrue(env, u"ALIBABA_CLOUD_ECS_METADATA_DISABLED"_s)) {
        credentials::AliyunProfileSpec spec;
        spec.name = u"environment"_s;
        spec.mode = u"EcsRamRole"_s;
        spec.ramRoleName = ecsRole;
        return temporaryFrom(spec, env);
    }

    const QString uri = firstOf(env, {"ALIBABA_CLOUD_CREDENTIALS_URI", "ALICLOUD_CREDENTIALS_URI"});
    if (!uri.isEmpty()) {
        credentials::AliyunProfileSpec spec;
        spec.name = u"environment"_s;
        spec.mode = u"CredentialsURI"_s;
        spec.credentialsUri = uri;
        return temporaryFrom(spec, env);
    }
    return EnvironmentCredentialSource().resolve();
}

} // namespace cli
