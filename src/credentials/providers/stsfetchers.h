#pragma once

#include "api/credentialsource.h"
#include "api/queryitems.h"
#include "credentials/providers/credentialfetcher.h"

#include <QPointer>
#include <QUrl>

namespace credentials {

// The role a RamRoleArn, ChainableRamRoleArn or OIDC profile assumes.
struct RoleSpec
{
    QString roleArn;
    QString sessionName;
    QString externalId; // AssumeRole only
    QString policy;
    int durationSeconds = 3600;
};

namespace StsRequests {
inline constexpr char Version[] = "2015-04-01";
// The STS origin of a profile: sts_endpoint (with or without a scheme) wins, then
// sts.<region>.aliyuncs.com (sts-vpc.<region>.aliyuncs.com with `vpc`), then sts.aliyuncs.com.
// Always https, except http on loopback.
QUrl endpointFor(const QString &stsEndpoint, const QString &stsRegion, bool vpc, QString *error);
// The query (common parameters and Signature) and the form body of a signed AssumeRole.
std::pair<api::QueryItems, api::QueryItems> assumeRole(const RoleSpec &role,
                                                       const api::Credentials &signer,
                                                       const QDateTime &now, const QString &nonce);
QByteArray formEncode(const api::QueryItems &items);
} // namespace StsRequests

// What the two STS fetchers share: sending one RPC request and reading its reply.
class StsFetcher : public CredentialFetcher
{
    Q_OBJECT

public:
    StsFetcher(FetchContext context, QUrl stsEndpoint, QObject *parent);

protected:
    void sendSts(const QString &action, const api::QueryItems &query, const api::QueryItems &form,
                 const QStringList &secrets);

    QUrl m_endpoint;
};

// RamRoleArn and ChainableRamRoleArn: AssumeRole signed (HMAC-SHA1 RPC) with the source's
// current triple; the source is a RAM user's key or, chained, another profile's provider.
class AssumeRoleFetcher : public StsFetcher
{
    Q_OBJECT

public:
    AssumeRoleFetcher(FetchContext context, api::CredentialSource *source, QUrl stsEndpoint,
                      RoleSpec role, QObject *parent = nullptr);
    void fetch() override;

private:
    void send(const api::Credentials &signer);

    QPointer<api::CredentialSource> m_source;
    RoleSpec m_role;
    QMetaObject::Connection m_sourceReady;
    QMetaObject::Connection m_sourceFailed;
};

// OIDC (RRSA): AssumeRoleWithOIDC, anonymous, with the token file read again on every fetch
// (the cluster rotates it).
class OidcFetcher : public StsFetcher
{
    Q_OBJECT

public:
    OidcFetcher(FetchContext context, QUrl stsEndpoint, RoleSpec role, QString providerArn,
                QString tokenFile, QObject *parent = nullptr);
    void fetch() override;

private:
    RoleSpec m_role;
    QString m_providerArn;
    QString m_tokenFile;
};

} // namespace credentials
