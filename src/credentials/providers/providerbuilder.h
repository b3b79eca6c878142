#pragma once

#include "credentials/providers/credentialfetcher.h"
#include "credentials/providers/refreshingcredentials.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>

namespace api {
class ApiClient;
}

namespace credentials {

// One profile of ~/.aliyun/config.json, with the keys that matter for credentials (the
// file's own names; unknown keys are ignored as the aliyun CLI does).
struct AliyunProfileSpec
{
    QString name;
    QString mode;
    QString accessKeyId;
    QString accessKeySecret;
    QString stsToken;
    QString ramRoleArn;
    QString ramSessionName;
    QString externalId;
    QString policy;
    int expiredSeconds = 0; // 0: the STS default, 3600
    QString stsRegion;
    QString stsEndpoint;
    QString sourceProfile;
    QString ramRoleName;
    QString processCommand;
    QString credentialsUri;
    QString oidcProviderArn;
    QString oidcTokenFile;
    QString regionId;
    bool enableVpc = false; // STS at sts-vpc.<sts_region>.aliyuncs.com
    // Only to name the mode of a profile PaiDesk cannot use (CloudSSO, RsaKeyPair).
    bool hasCloudSsoFields = false;
    bool hasPrivateKey = false;

    static AliyunProfileSpec fromJson(const QJsonObject &object);
    // The mode the aliyun CLI guesses when `mode` is empty.
    QString effectiveMode() const;
};

// Where providers send their requests besides the profile's own settings; tests point these at
// the sandbox, never at a real metadata address.
struct ProviderSettings
{
    QString stsEndpointOverride; // --sts-endpoint; wins over the profile's
    QUrl metadataOrigin{QString::fromLatin1(EcsMetadataOriginDefault)};
    bool imdsv1Allowed = true; // ALIBABA_CLOUD_IMDSV1_DISABLED
    // ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS: External and CredentialsURI are refused, as the
    // aliyun CLI refuses them.
    bool externalAllowed = true;
    std::chrono::milliseconds processTimeout{std::chrono::seconds(60)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(10)};
    QPointer<QNetworkAccessManager> network;
    QPointer<api::ActivityLog> activityLog;
    std::optional<QSslConfiguration> sslConfiguration; // api::ApiClient::sslConfiguration()
    // What an External process writes on stderr, success or not (the CLI passes it on).
    std::function<void(const QString &profile, const QString &text)> processOutput;

    static constexpr char EcsMetadataOriginDefault[] = "http://100.100.100.200";

    // The switches the SDKs read from the environment: ALIBABA_CLOUD_IMDSV1_DISABLED and
    // ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS; and PAIDESK_ECS_METADATA_ORIGIN, which moves the
    // metadata service (tests point it at the sandbox). The rest is left at its default.
    static ProviderSettings fromEnvironment(const QProcessEnvironment &environment);
    // What the providers borrow from the session's client: its network, its activity log (their
    // requests are recorded there) and its TLS settings (STS trusts the CAs the API trusts).
    void borrowFrom(api::ApiClient &client);
};

// Builds the provider of a profile, recursively for ChainableRamRoleArn, refusing a cycle of
// source profiles. The providers are children of `parent`.
class ProviderBuilder
{
    Q_DECLARE_TR_FUNCTIONS(credentials::ProviderBuilder)

public:
    ProviderBuilder(QList<AliyunProfileSpec> profiles, ProviderSettings settings);

    // The provider, or nullptr with `error` set (translated; names the profile and mode).
    RefreshingCredentials *build(const QString &profileName, QObject *parent, QString *error);

    static QStringList supportedModes();

private:
    RefreshingCredentials *buildNamed(const QString &name, QStringList &chain, QObject *parent,
                                      QString *error);
    RefreshingCredentials *buildSpec(const AliyunProfileSpec &spec, QStringList &chain,
                                     QObject *parent, QString *error);

    QList<AliyunProfileSpec> m_profiles;
    ProviderSettings m_settings;
};

} // namespace credentials
