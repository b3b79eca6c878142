#include "api/proxyrules.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace api {

namespace {

// The upper-case name first, as the SDK does; an empty value counts as unset.
QString firstSet(const QProcessEnvironment &environment, const QString &upper, QString *name)
{
    for (const QString &candidate : {upper, upper.toLower()}) {
        const QString value = environment.value(candidate).trimmed();
        if (!value.isEmpty()) {
            *name = candidate;
            return value;
        }
    }
    return {};
}

QString withoutBrackets(const QString &host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        return host.mid(1, host.size() - 2);
    return host;
}

} // namespace

QNetworkProxy ProxyRules::parseProxyUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QNetworkProxy(QNetworkProxy::NoProxy);
    };
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(tr("\"%1\" is not a proxy URL; use http://HOST:PORT or socks5://HOST:PORT.")
                        .arg(trimmed));
    }
    QNetworkProxy proxy;
    if (scheme == u"http"_s) {
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setPort(quint16(url.port(80)));
    } else if (scheme == u"socks5"_s || scheme == u"socks5h"_s) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        proxy.setPort(quint16(url.port(1080)));
    } else {
        // Qt cannot speak TLS to the proxy itself; the tunnel inside is TLS either way.
        return fail(tr("\"%1\": the proxy scheme must be http or socks5.").arg(trimmed));
    }
    proxy.setHostName(url.host());
    proxy.setUser(url.userName());
    proxy.setPassword(url.password());
    if (error)
        error->clear();
    return proxy;
}

ProxyRules ProxyRules::fromEnvironment(const QProcessEnvironment &environment, QString *error)
{
    ProxyRules rules;
    if (error)
        error->clear();
    struct
    {
        QString variable;
        QNetworkProxy *proxy;
    } const schemes[] = {{u"HTTPS_PROXY"_s, &rules.m_https}, {u"HTTP_PROXY"_s, &rules.m_http}};
    for (const auto &[variable, proxy] : schemes) {
        QString name;
        const QString value = firstSet(environment, variable, &name);
        if (value.isEmpty())
            continue;
        QString why;
        *proxy = parseProxyUrl(value, &why);
        if (!why.isEmpty() && error && error->isEmpty())
            *error = tr("%1: %2").arg(name, why);
    }
    QString name;
    const QString noProxy = firstSet(environment, u"NO_PROXY"_s, &name);
    for (const QString &entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        if (!entry.trimmed().isEmpty())
            rules.m_noProxy.append(entry.trimmed());
    }
    return rules;
}

void ProxyRules::setExplicitProxy(const QNetworkProxy &proxy)
{
    m_https = proxy;
    m_http = proxy;
}

QNetworkProxy ProxyRules::proxyFor(const QUrl &url) const
{
    const bool https = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const QNetworkProxy &proxy = https ? m_https : m_http;
    if (proxy.type() == QNetworkProxy::NoProxy || isExempt(url.host(), url.port(https ? 443 : 80)))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return proxy;
}

bool ProxyRules::isExempt(const QString &host, int port) const
{
    for (const QString &entry : m_noProxy) {
        if (matchesNoProxyEntry(entry, host, port))
            return true;
    }
    return false;
}

bool ProxyRules::matchesNoProxyEntry(const QString &entry, const QString &host, int port)
{
    QString pattern = entry.trimmed().toLower();
    const QString name = withoutBrackets(host.trimmed().toLower());
    if (pattern.isEmpty() || name.isEmpty())
        return false;
    if (pattern == u"*"_s)
        return true;

    if (pattern.contains(u'/')) {
        const auto subnet = QHostAddress::parseSubnet(pattern);
        const QHostAddress address(name);
        return subnet.second >= 0 && !address.isNull() && address.isInSubnet(subnet);
    }

    // A port is split off "name:port" and "[v6]:port"; a bare IPv6 address has several colons.
    int wantedPort = -1;
    const qsizetype colon = pattern.lastIndexOf(u':');
    const bool bracketed = pattern.startsWith(u'[');
    if (colon > 0 && (bracketed ? pattern.at(colon - 1) == u']' : pattern.count(u':') == 1)) {
        bool ok = false;
        wantedPort = pattern.mid(colon + 1).toInt(&ok);
        if (!ok)
            return false;
        pattern = pattern.left(colon);
    }
    pattern = withoutBrackets(pattern);
    if (wantedPort >= 0 && wantedPort != port)
        return false;

    const QHostAddress patternAddress(pattern);
    if (!patternAddress.isNull())
        return patternAddress.isEqual(QHostAddress(name));
    if (pattern.startsWith(u"*."_s))
        pattern = pattern.mid(1);
    if (pattern.startsWith(u'.'))
        return name.endsWith(pattern);
    return name == pattern || name.endsWith(u'.' + pattern);
}

} // namespace api
