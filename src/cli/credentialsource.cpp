#include "cli/credentialsource.h"

#include "credentials/credentialsprovider.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentcredentials.h"
#include "credentials/environmentroles.h"
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

    namespace Roles = credentials::EnvironmentRoles;
    const QString name = u"environment"_s;
    if (const auto oidc = Roles::oidc(env, name))
        return temporaryFrom(*oidc, env);

    if (!Roles::isTrue(env, "ALIBABA_CLOUD_CLI_PROFILE_DISABLED") &&
        !Roles::isTrue(env, "ALIBABA_CLOUD_IGNORE_PROFILE")) {
        const QString path = credentials::AliyunConfigFile::path(env);
        if (QFile::exists(path)) {
            CredentialResult fromFile =
                AliyunProfileCredentialSource(Roles::configProfile(env), path).resolve();
            if (fromFile.error.isEmpty())
                return fromFile;
        }
    }

    if (const auto ecs = Roles::ecsRole(env, name))
        return temporaryFrom(*ecs, env);

    if (const auto uri = Roles::credentialsUri(env, name))
        return temporaryFrom(*uri, env);
    return EnvironmentCredentialSource().resolve();
}

} // namespace cli
