#include "credentials/providers/stsfetchers.h"

#include "api/rpcsigner.h"
#include "api/signer.h"
#include "credentials/providers/credentialreplies.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

api::QueryItems commonParameters(const QString &action, const QDateTime &now)
{
    return {{u"Action"_s, action},
            {u"Version"_s, QString::fromLatin1(StsRequests::Version)},
            {u"Format"_s, u"JSON"_s},
            {u"Timestamp"_s, api::Rpc::formatTimestamp(now)}};
}

void appendRole(api::QueryItems &form, const RoleSpec &role)
{
    form.append({u"RoleArn"_s, role.roleArn});
    form.append({u"RoleSessionName"_s, role.sessionName});
    form.append({u"DurationSeconds"_s, QString::number(role.durationSeconds)});
    api::appendIfSet(form, u"Policy"_s, role.policy);
}

} // namespace

QUrl StsRequests::endpointFor(const QString &stsEndpoint, const QString &stsRegion, bool vpc,
                              QString *error)
{
    QString text = stsEndpoint.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty()) {
        // The VPC host exists per region only; without a region the global host is meant.
        const QString region = stsRegion.trimmed();
        text = region.isEmpty()
                   ? u"sts.aliyuncs.com"_s
                   : (vpc ? u"sts-vpc.%1.aliyuncs.com"_s : u"sts.%1.aliyuncs.com"_s).arg(region);
    }
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    const bool https = url.scheme() == u"https"_s;
    const bool http = url.scheme() == u"http"_s;
    if (!url.isValid() || url.host().isEmpty() || !(https || (http && isLoopback(url.host())))) {
        if (error) {
            *error = QCoreApplication::translate(
                         "credentials::StsRequests",
                         "The STS endpoint \"%1\" is not an https URL (http is allowed on "
                         "loopback only).")
                         .arg(stsEndpoint);
        }
        return {};
    }
    url.setPath(u"/"_s);
    return url;
}

std::pair<api::QueryItems, api::QueryItems> StsRequests::assumeRole(const RoleSpec &role,
                                                                    const api::Credentials &signer,
                                                                    const QDateTime &now,
                                                                    const QString &nonce)
{
    api::QueryItems query = commonParameters(u"AssumeRole"_s, now);
    query.append({u"SignatureMethod"_s, QString::fromLatin1(api::Rpc::SignatureMethod)});
    query.append({u"SignatureVersion"_s, QString::fromLatin1(api::Rpc::SignatureVersion)});
    query.append({u"SignatureNonce"_s, nonce});
    query.append({u"AccessKeyId"_s, signer.accessKeyId});
    if (signer.isSts())
        query.append({u"SecurityToken"_s, signer.securityToken});
    api::QueryItems form;
    appendRole(form, role);
    api::appendIfSet(form, u"ExternalId"_s, role.externalId);
    const QByteArray toSign = api::Rpc::stringToSign("POST", query + form);
    query.append(
        {u"Signature"_s, QString::fromLatin1(api::Rpc::signature(signer.accessKeySecret, toSign))});
    return {query, form};
}

QByteArray StsRequests::formEncode(const api::QueryItems &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += api::Acs3::percentEncode(name) + '=' + api::Acs3::percentEncode(value);
    }
    return out;
}

StsFetcher::StsFetcher(FetchContext context, QUrl stsEndpoint, QObject *parent)
    : CredentialFetcher(std::move(context), parent)
    , m_endpoint(std::move(stsEndpoint))
{}

void StsFetcher::sendSts(const QString &action, const api::QueryItems &query,
                         const api::QueryItems &form, const QStringList &secrets)
{
    QUrl url = m_endpoint;
    url.setQuery(QString::fromLatin1(StsRequests::formEncode(query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("content-type", "application/x-www-form-urlencoded");
    request.setRawHeader("accept", "application/json");
    sendHttp(action, request, "POST", StsRequests::formEncode(form), secrets,
             [this, action](const HttpResult &result) {
                 if (result.status == 0) {
                     failLater(errorAt(
                         action,
                         tr("No answer from %1: %2").arg(m_endpoint.host(), result.networkError)));
                     return;
                 }
                 const ParsedCredentials parsed = CredentialReplies::parseSts(result.body);
                 if (result.status < 200 || result.status > 299 || !parsed.credentials) {
                     CredentialError error = errorAt(
                         action, parsed.error.isEmpty()
                                     ? tr("The service answered HTTP %1.").arg(result.status)
                                     : parsed.error);
                     error.code = parsed.code;
                     error.requestId = parsed.requestId;
                     error.httpStatus = result.status;
                     failLater(error);
                     return;
                 }
                 succeedLater(*parsed.credentials);
             });
}

AssumeRoleFetcher::AssumeRoleFetcher(FetchContext context, api::CredentialSource *source,
                                     QUrl stsEndpoint, RoleSpec role, QObject *parent)
    : StsFetcher(std::move(context), std::move(stsEndpoint), parent)
    , m_source(source)
    , m_role(std::move(role))
{}

void AssumeRoleFetcher::fetch()
{
    if (!m_source) {
        failLater(errorAt(u"AssumeRole"_s, tr("The source credentials are gone.")));
        return;
    }
    if (const std::optional<api::Credentials> signer = m_source->usable()) {
        send(*signer);
        return;
    }
    // The source (a chained profile) refreshes first; then this role is assumed with it.
    m_sourceReady = connect(m_source, &api::CredentialSource::refreshed, this, [this] {
        disconnect(m_sourceReady);
        disconnect(m_sourceFailed);
        if (const std::optional<api::Credentials> signer = m_source->usable())
            send(*signer);
        else
            failLater(errorAt(u"AssumeRole"_s, tr("The source profile gave no usable key.")));
    });
    m_sourceFailed =
        connect(m_source, &api::CredentialSource::refreshFailed, this, [this](const QString &why) {
            disconnect(m_sourceReady);
            disconnect(m_sourceFailed);
            failLater(errorAt(tr("source profile"), why));
        });
    m_source->requestRefresh();
}

void AssumeRoleFetcher::send(const api::Credentials &signer)
{
    const QString nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto [query, form] =
        StsRequests::assumeRole(m_role, signer, QDateTime::currentDateTimeUtc(), nonce);
    QString signature;
    for (const auto &[name, value] : query) {
        if (name == u"Signature"_s)
            signature = value;
    }
    sendSts(u"AssumeRole"_s, query, form, {signer.securityToken, signature});
}

OidcFetcher::OidcFetcher(FetchContext context, QUrl stsEndpoint, RoleSpec role, QString providerArn,
                         QString tokenFile, QObject *parent)
    : StsFetcher(std::move(context), std::move(stsEndpoint), parent)
    , m_role(std::move(role))
    , m_providerArn(std::move(providerArn))
    , m_tokenFile(std::move(tokenFile))
{}

void OidcFetcher::fetch()
{
    QFile file(m_tokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        failLater(errorAt(
            tr("OIDC token file"),
            tr("Cannot read the OIDC token file %1: %2").arg(m_tokenFile, file.errorString())));
        return;
    }
    const QString token = QString::fromUtf8(file.read(64 * 1024)).trimmed();
    if (token.isEmpty()) {
        failLater(errorAt(tr("OIDC token file"),
                          tr("The OIDC token file %1 is empty.").arg(m_tokenFile)));
        return;
    }
    api::QueryItems query =
        commonParameters(u"AssumeRoleWithOIDC"_s, QDateTime::currentDateTimeUtc());
    api::QueryItems form;
    appendRole(form, m_role);
    form.append({u"OIDCProviderArn"_s, m_providerArn});
    form.append({u"OIDCToken"_s, token});
    // Anonymous: no AccessKey, no signature. The token travels in the body only.
    sendSts(u"AssumeRoleWithOIDC"_s, query, form, {token});
}

} // namespace credentials
