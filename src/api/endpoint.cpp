#include "api/endpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace api {

namespace {

struct RegionRow
{
    const char *id;
    const char *name;
};

constexpr RegionRow regionTable[] = {
    {"cn-hangzhou", QT_TRANSLATE_NOOP("api::Endpoint", "China (Hangzhou)")},
    {"cn-shanghai", QT_TRANSLATE_NOOP("api::Endpoint", "China (Shanghai)")},
    {"cn-beijing", QT_TRANSLATE_NOOP("api::Endpoint", "China (Beijing)")},
    {"cn-wulanchabu", QT_TRANSLATE_NOOP("api::Endpoint", "China (Ulanqab)")},
    {"cn-shenzhen", QT_TRANSLATE_NOOP("api::Endpoint", "China (Shenzhen)")},
    {"cn-heyuan", QT_TRANSLATE_NOOP("api::Endpoint", "China (Heyuan)")},
    {"cn-guangzhou", QT_TRANSLATE_NOOP("api::Endpoint", "China (Guangzhou)")},
    {"cn-hongkong", QT_TRANSLATE_NOOP("api::Endpoint", "China (Hong Kong)")},
    {"ap-northeast-1", QT_TRANSLATE_NOOP("api::Endpoint", "Japan (Tokyo)")},
    {"ap-southeast-1", QT_TRANSLATE_NOOP("api::Endpoint", "Singapore")},
    {"ap-southeast-3", QT_TRANSLATE_NOOP("api::Endpoint", "Malaysia (Kuala Lumpur)")},
    {"ap-southeast-5", QT_TRANSLATE_NOOP("api::Endpoint", "Indonesia (Jakarta)")},
    {"us-west-1", QT_TRANSLATE_NOOP("api::Endpoint", "US (Silicon Valley)")},
    {"us-east-1", QT_TRANSLATE_NOOP("api::Endpoint", "US (Virginia)")},
    {"eu-central-1", QT_TRANSLATE_NOOP("api::Endpoint", "Germany (Frankfurt)")},
};

int defaultPort(const QString &scheme)
{
    return scheme == u"https"_s ? 443 : 80;
}

} // namespace

QString Region::name() const
{
    return QCoreApplication::translate("api::Endpoint", englishName);
}

QList<Region> Endpoint::regions()
{
    QList<Region> regions;
    for (const RegionRow &row : regionTable)
        regions.append({QString::fromLatin1(row.id), row.name});
    return regions;
}

Endpoint Endpoint::failed(const QString &error)
{
    Endpoint endpoint;
    endpoint.m_error = error;
    return endpoint;
}

Endpoint Endpoint::forRegion(const QString &regionId, Network network)
{
    static const QRegularExpression pattern(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
    if (!pattern.match(regionId).hasMatch()) {
        return failed(tr("Region \"%1\" is not a region ID: use lower-case letters, digits and "
                         "dashes, such as cn-hangzhou.")
                          .arg(regionId));
    }
    Endpoint endpoint;
    endpoint.m_scheme = u"https"_s;
    endpoint.m_host = (network == Network::Vpc ? u"aiworkspace-vpc."_s : u"aiworkspace."_s) +
                      regionId + u".aliyuncs.com"_s;
    endpoint.m_regionId = regionId;
    return endpoint;
}

Endpoint Endpoint::fromUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return failed(tr("Endpoint \"%1\" is not a valid URL with a host.").arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s) {
        return failed(tr("Endpoint \"%1\": the scheme must be https (or http for a loopback host).")
                          .arg(url.toString()));
    }
    if (scheme == u"http"_s && !isLoopbackHost(url.host())) {
        return failed(tr("Endpoint \"%1\": plain http is allowed only for a loopback host "
                         "(localhost, 127.0.0.1, ::1); use https.")
                          .arg(url.toString()));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != u"/"_s)) {
        return failed(tr("Endpoint \"%1\": give only scheme, host and port, without a path, "
                         "query or user name.")
                          .arg(url.toString()));
    }
    Endpoint endpoint;
    endpoint.m_scheme = scheme;
    endpoint.m_host = url.host(QUrl::FullyEncoded).toLower();
    endpoint.m_port = url.port() == defaultPort(scheme) ? -1 : url.port();
    return endpoint;
}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

QByteArray Endpoint::hostHeader() const
{
    QByteArray host = m_host.toUtf8();
    if (m_host.contains(u':') && !m_host.startsWith(u'['))
        host = '[' + host + ']';
    if (m_port >= 0)
        host += ':' + QByteArray::number(m_port);
    return host;
}

QByteArray Endpoint::origin() const
{
    return m_scheme.toLatin1() + "://" + hostHeader();
}

} // namespace api
