#include "credentials/providers/providerbuilder.h"

#include "api/apiclient.h"
#include "credentials/providers/localfetchers.h"
#include "credentials/providers/stsfetchers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    return value.isString() ? value.toString() : QString();
}

bool isTrue(const QProcessEnvironment &environment, const QString &name)
{
    const QString value = environment.value(name);
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1"_s;
}

} // namespace

ProviderSettings ProviderSettings::fromEnvironment(const QProcessEnvironment &environment)
{
    ProviderSettings settings;
    settings.imdsv1Allowed = !isTrue(environment, u"ALIBABA_CLOUD_IMDSV1_DISABLED"_s);
    settings.externalAllowed = !isTrue(environment, u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"_s);
    // PaiDesk's own: where the ECS metadata service answers, for tests and for a local stand-in.
    // The SDKs have no such variable; unset, the real address is used.
    // Loopback only: a variable must not send an instance's role credentials to another host.
    const QUrl metadata(environment.value(u"PAIDESK_ECS_METADATA_ORIGIN"_s), QUrl::StrictMode);
    const QHostAddress host(metadata.host());
    if (metadata.isValid() && (metadata.scheme() == u"http"_s || metadata.scheme() == u"https"_s) &&
        (host.isLoopback() || metadata.host() == u"localhost"_s))
        settings.metadataOrigin = metadata;
    return settings;
}

void ProviderSettings::borrowFrom(api::ApiClient &client)
{
    network = client.networkAccessManager();
    activityLog = client.activityLog();
    sslConfiguration = client.sslConfiguration();
}

AliyunProfileSpec AliyunProfileSpec::fromJson(const QJsonObject &object)
{
    AliyunProfileSpec spec;
    spec.name = text(object, "name");
    spec.mode = text(object, "mode");
    spec.accessKeyId = text(object, "access_key_id");
    spec.accessKeySecret = text(object, "access_key_secret");
    spec.stsToken = text(object, "sts_token");
    spec.ramRoleArn = text(object, "ram_role_arn");
    spec.ramSessionName = text(object, "ram_session_name");
    spec.externalId = text(object, "external_id");
    spec.policy = text(object, "policy");
    // The CLI writes an integer; a string of digits is tolerated.
    const QJsonValue seconds = object.value(u"expired_seconds"_s);
    spec.expiredSeconds = seconds.isString() ? seconds.toString().toInt() : seconds.toInt();
    spec.stsRegion = text(object, "sts_region");
    spec.stsEndpoint = text(object, "sts_endpoint");
    spec.sourceProfile = text(object, "source_profile");
    spec.ramRoleName = text(object, "ram_role_name");
    spec.processCommand = text(object, "process_command");
    spec.credentialsUri = text(object, "credentials_uri");
    spec.oidcProviderArn = text(object, "oidc_provider_arn");
    spec.oidcTokenFile = text(object, "oidc_token_file");
    spec.regionId = text(object, "region_id");
    spec.hasCloudSsoFields = !text(object, "cloud_sso_sign_in_url").isEmpty();
    spec.hasPrivateKey = !text(object, "private_key").isEmpty();
    // credentials-go's name; the CLI never writes it, but a hand-edited file may.
    spec.enableVpc = object.value(u"enable_vpc"_s).toBool();
    return spec;
}

QString AliyunProfileSpec::effectiveMode() const
{
    if (!mode.isEmpty())
        return mode;
    if (!accessKeyId.isEmpty() && !accessKeySecret.isEmpty()) {
        if (!stsToken.isEmpty())
            return u"StsToken"_s;
        if (!ramRoleArn.isEmpty())
            return u"RamRoleArn"_s;
        return u"AK"_s;
    }
    if (!ramRoleName.isEmpty())
        return u"EcsRamRole"_s;
    if (!sourceProfile.isEmpty())
        return u"ChainableRamRoleArn"_s;
    if (!processCommand.isEmpty())
        return u"External"_s;
    if (!credentialsUri.isEmpty())
        return u"CredentialsURI"_s;
    if (!oidcProviderArn.isEmpty())
        return u"OIDC"_s;
    if (hasCloudSsoFields)
        return u"CloudSSO"_s;
    if (hasPrivateKey)
        return u"RsaKeyPair"_s;
    return {};
}

ProviderBuilder::ProviderBuilder(QList<AliyunProfileSpec> profiles, ProviderSettings settings)
    : m_profiles(std::move(profiles))
    , m_settings(std::move(settings))
{}

QStringList ProviderBuilder::supportedModes()
{
    return {u"AK"_s,         u"StsToken"_s, u"RamRoleArn"_s,     u"ChainableRamRoleArn"_s,
            u"EcsRamRole"_s, u"OIDC"_s,     u"CredentialsURI"_s, u"External"_s};
}

RefreshingCredentials *ProviderBuilder::build(const QString &profileName, QObject *parent,
                                              QString *error)
{
    QStringList chain;
    return buildNamed(profileName, chain, parent, error);
}

RefreshingCredentials *ProviderBuilder::buildNamed(const QString &name, QStringList &chain,
                                                   QObject *parent, QString *error)
{
    if (chain.contains(name)) {
        *error = tr("The source profiles form a cycle: %1.")
                     .arg((chain + QStringList{name}).join(u" \u2192 "_s));
        return nullptr;
    }
    for (const AliyunProfileSpec &spec : std::as_const(m_profiles)) {
        if (spec.name == name) {
            chain.append(name);
            RefreshingCredentials *built = buildSpec(spec, chain, parent, error);
            chain.removeLast();
            return built;
        }
    }
    *error = chain.isEmpty()
                 ? tr("There is no profile named \"%1\".").arg(name)
                 : tr("Profile \"%1\" names the source profile \"%2\", which does not exist.")
                       .arg(chain.last(), name);
    return nullptr;
}

RefreshingCredentials *ProviderBuilder::buildSpec(const AliyunProfileSpec &spec, QStringList &chain,
                                                  QObject *parent, QString *error)
{
    const QString mode = spec.effectiveMode();
    FetchContext context;
    context.network = m_settings.network;
    context.activityLog = m_settings.activityLog;
    context.requestTimeout = m_settings.requestTimeout;
    context.sslConfiguration = m_settings.sslConfiguration;
    context.profile = spec.name;
    context.mode = mode;
    auto missing = [&](const QString &field) {
        *error = tr("Profile \"%1\" (mode %2) has no %3.").arg(spec.name, mode, field);
        return nullptr;
    };
    RoleSpec role;
    role.roleArn = spec.ramRoleArn;
    role.sessionName = spec.ramSessionName;
    role.externalId = spec.externalId;
    role.policy = spec.policy;
    role.durationSeconds = spec.expiredSeconds > 0 ? spec.expiredSeconds : 3600;
    auto stsEndpoint = [&]() -> std::optional<QUrl> {
        const QString configured = m_settings.stsEndpointOverride.isEmpty()
                                       ? spec.stsEndpoint
                                       : m_settings.stsEndpointOverride;
        QString why;
        const QUrl url = StsRequests::endpointFor(configured, spec.stsRegion, spec.enableVpc, &why);
        if (url.isEmpty()) {
            *error = tr("Profile \"%1\" (mode %2): %3").arg(spec.name, mode, why);
            return std::nullopt;
        }
        return url;
    };

    if (mode == u"AK"_s || mode == u"StsToken"_s) {
        if (spec.accessKeyId.isEmpty() || spec.accessKeySecret.isEmpty())
            return missing(u"access_key_id/access_key_secret"_s);
        if (mode == u"StsToken"_s && spec.stsToken.isEmpty())
            return missing(u"sts_token"_s);
        api::Credentials key{spec.accessKeyId, spec.accessKeySecret,
                             mode == u"StsToken"_s ? spec.stsToken : QString()};
        return new RefreshingCredentials(new StaticFetcher(context, key), parent);
    }
    if (mode == u"RamRoleArn"_s || mode == u"ChainableRamRoleArn"_s) {
        if (role.roleArn.isEmpty())
            return missing(u"ram_role_arn"_s);
        if (role.sessionName.isEmpty())
            return missing(u"ram_session_name"_s);
        const std::optional<QUrl> endpoint = stsEndpoint();
        if (!endpoint)
            return nullptr;
        RefreshingCredentials *source = nullptr;
        if (mode == u"RamRoleArn"_s) {
            if (spec.accessKeyId.isEmpty() || spec.accessKeySecret.isEmpty())
                return missing(u"access_key_id/access_key_secret"_s);
            FetchContext sourceContext = context;
            source = new RefreshingCredentials(
                new StaticFetcher(sourceContext,
                                  {spec.accessKeyId, spec.accessKeySecret, spec.stsToken}),
                parent);
        } else {
            if (spec.sourceProfile.isEmpty())
                return missing(u"source_profile"_s);
            source = buildNamed(spec.sourceProfile, chain, parent, error);
            if (!source)
                return nullptr;
        }
        auto *provider = new RefreshingCredentials(
            new AssumeRoleFetcher(context, source, *endpoint, role), parent);
        source->setParent(provider);
        return provider;
    }
    if (mode == u"OIDC"_s) {
        if (role.roleArn.isEmpty())
            return missing(u"ram_role_arn"_s);
        if (spec.oidcProviderArn.isEmpty())
            return missing(u"oidc_provider_arn"_s);
        if (spec.oidcTokenFile.isEmpty())
            return missing(u"oidc_token_file"_s);
        if (role.sessionName.isEmpty())
            role.sessionName = u"paidesk-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        // The aliyun CLI fixes the OIDC duration at 3600 s; a profile's expired_seconds is
        // honoured here, so a short sandbox session can be tested.
        const std::optional<QUrl> endpoint = stsEndpoint();
        if (!endpoint)
            return nullptr;
        return new RefreshingCredentials(
            new OidcFetcher(context, *endpoint, role, spec.oidcProviderArn, spec.oidcTokenFile),
            parent);
    }
    if (mode == u"EcsRamRole"_s) {
        return new RefreshingCredentials(new EcsMetadataFetcher(context, m_settings.metadataOrigin,
                                                                spec.ramRoleName,
                                                                m_settings.imdsv1Allowed),
                                         parent);
    }
    if ((mode == u"CredentialsURI"_s || mode == u"External"_s) && !m_settings.externalAllowed) {
        *error = tr("Profile \"%1\" uses mode %2, which ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS "
                    "turns off.")
                     .arg(spec.name, mode);
        return nullptr;
    }
    if (mode == u"CredentialsURI"_s) {
        const QUrl uri(spec.credentialsUri, QUrl::StrictMode);
        if (spec.credentialsUri.isEmpty())
            return missing(u"credentials_uri"_s);
        if (!uri.isValid() || (uri.scheme() != u"http"_s && uri.scheme() != u"https"_s)) {
            *error = tr("Profile \"%1\" (mode %2): \"%3\" is not an http or https URL.")
                         .arg(spec.name, mode, spec.credentialsUri);
            return nullptr;
        }
        return new RefreshingCredentials(new CredentialsUriFetcher(context, uri), parent);
    }
    if (mode == u"External"_s) {
        if (spec.processCommand.trimmed().isEmpty())
            return missing(u"process_command"_s);
        auto *fetcher =
            new ExternalProcessFetcher(context, spec.processCommand, m_settings.processTimeout);
        if (m_settings.processOutput) {
            QObject::connect(fetcher, &ExternalProcessFetcher::processOutput, fetcher,
                             [show = m_settings.processOutput,
                              name = spec.name](const QString &text) { show(name, text); });
        }
        return new RefreshingCredentials(fetcher, parent);
    }
    *error =
        mode.isEmpty()
            ? tr("Profile \"%1\" has no mode, and none can be told from its fields.").arg(spec.name)
            : tr("Profile \"%1\" uses mode %2, which PaiDesk does not support. Supported "
                 "modes: %3.")
                  .arg(spec.name, mode, supportedModes().join(u", "_s));
    return nullptr;
}

} // namespace credentials
