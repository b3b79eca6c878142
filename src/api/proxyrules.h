#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace api {

// Which proxy a request to a given URL goes through, read the way the aliyun CLI reads its
// environment (its Go SDK's getHttpProxy and getNoProxy):
// - https URLs use HTTPS_PROXY, else https_proxy; http URLs use HTTP_PROXY, else http_proxy. As
//   in that SDK (and curl, and Go's net/http), HTTP_PROXY is never used for https.
// - NO_PROXY, else no_proxy, is a comma-separated list that applies to every proxy, the
//   profile's included. Where the SDK compiles each entry into an unanchored regular expression
//   and matches it against "host:port", PaiDesk matches names: "*" is every host; "example.com"
//   is that host and its subdomains; ".example.com" and "*.example.com" are subdomains only; an
//   entry with ":port" also needs that port; an IP address or CIDR block (10.0.0.0/8) matches
//   those addresses. Matching is case-insensitive. This agrees with the SDK for the entries people
//   write, and a '.' never matches an arbitrary character.
// - Loopback is not exempt by itself (the SDK does not exempt it either); list it in NO_PROXY.
// - An explicit proxy (the profile's) replaces the environment's proxy for every scheme.
class ProxyRules
{
    Q_DECLARE_TR_FUNCTIONS(api::ProxyRules)

public:
    ProxyRules() = default;

    // Reads the variables above. A set but unusable proxy URL gives an error naming the variable.
    static ProxyRules fromEnvironment(const QProcessEnvironment &environment,
                                      QString *error = nullptr);
    // "http://[user:password@]host:port" or "socks5://host:port"; "host:port" means http. On a
    // bad URL returns a NoProxy proxy and sets `error` (translated, naming the rule).
    static QNetworkProxy parseProxyUrl(const QString &text, QString *error);

    // Every request goes through `proxy` unless NO_PROXY exempts its host.
    void setExplicitProxy(const QNetworkProxy &proxy);
    void setNoProxy(const QStringList &entries) { m_noProxy = entries; }
    QStringList noProxy() const { return m_noProxy; }

    // The proxy for a request to `url`: QNetworkProxy::NoProxy when it goes direct.
    QNetworkProxy proxyFor(const QUrl &url) const;
    bool isExempt(const QString &host, int port) const;
    static bool matchesNoProxyEntry(const QString &entry, const QString &host, int port);

private:
    QNetworkProxy m_https{QNetworkProxy::NoProxy};
    QNetworkProxy m_http{QNetworkProxy::NoProxy};
    QStringList m_noProxy;
};

} // namespace api
