#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace api {

// A PAI region a person can pick. The name is English in the table and translated by name().
struct Region
{
    QString id;              // "cn-hangzhou"
    const char *englishName; // "China (Hangzhou)"; marked for translation

    QString name() const;
};

// Where AIWorkspace requests go: scheme, host and port, nothing else. Built from a region (public
// or VPC host) or from a custom URL. Plain http is refused unless the host is loopback, because
// the AccessKey signature and the model metadata would otherwise cross the network in clear.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(api::Endpoint)

public:
    enum class Network { Public, Vpc };

    Endpoint() = default;

    static Endpoint forRegion(const QString &regionId, Network network = Network::Public);
    static Endpoint fromUrl(const QUrl &url);

    // the AIWorkspace API reference: the regions with documented AIWorkspace hosts, then the three
    // regions where PAI runs but whose hosts only follow the pattern.
    static QList<Region> regions();

    bool isValid() const { return m_error.isEmpty() && !m_host.isEmpty(); }
    QString errorString() const { return m_error; }

    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: the scheme's default
    QString regionId() const { return m_regionId; }
    // "https://aiworkspace.cn-hangzhou.aliyuncs.com", no trailing slash.
    QByteArray origin() const;
    // The Host header exactly as it is signed and sent: the port only when it is not the default.
    QByteArray hostHeader() const;
    QUrl url() const { return QUrl::fromEncoded(origin()); }

    static bool isLoopbackHost(const QString &host);

private:
    static Endpoint failed(const QString &error);

    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QString m_regionId;
    QString m_error;
};

} // namespace api
