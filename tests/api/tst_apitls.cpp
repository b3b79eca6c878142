#include "api/apiclient.h"
#include "support/connectproxy.h"
#include "support/sandboxfixture.h"
#include "support/testcertificates.h"

#include <QSignalSpy>
#include <QSslError>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::ConnectProxy;
using testsupport::SandboxFixture;
using testsupport::TestCertificates;

// ApiClient against the sandbox serving HTTPS with a certificate from a CA made for the test, over
// real loopback sockets: with and without that CA, through a CONNECT proxy and past it (NO_PROXY).
class TestApiTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void trustedWithTheCaFile();
    void untrustedNamesHostAndReasonAndSendsNothing();
    void throughProxyFromEnvironment();
    void throughProfileProxy();
    void noProxyGoesDirect();
    void systemCasStayTrusted();

private:
    std::unique_ptr<api::ApiClient> client(const api::NetworkSettings &settings);
    api::NetworkSettings withCa() const;
    // Lists workspaces and waits; returns the call, which the client owns.
    api::ApiCall *listWorkspaces(api::ApiClient &client);

    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QSignalSpy> m_handled;
};

void TestApiTls::initTestCase()
{
    m_certificates = std::make_unique<TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->errorString()));
}

void TestApiTls::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Demo,
                                                 m_certificates->serverCertificateFile(),
                                                 m_certificates->serverKeyFile());
    QVERIFY2(m_sandbox->isListening(), qPrintable(m_sandbox->server().errorString()));
    QCOMPARE(m_sandbox->url().scheme(), u"https"_s);
    m_handled =
        std::make_unique<QSignalSpy>(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
}

void TestApiTls::cleanup()
{
    m_handled.reset();
    m_sandbox.reset();
}

std::unique_ptr<api::ApiClient> TestApiTls::client(const api::NetworkSettings &settings)
{
    auto client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                   SandboxFixture::credentials());
    client->setNetworkSettings(settings);
    return client;
}

api::NetworkSettings TestApiTls::withCa() const
{
    api::NetworkSettings settings;
    QString error;
    settings.extraCaCertificates =
        api::NetworkSettings::readCaFile(m_certificates->caFile(), &error);
    return settings;
}

api::ApiCall *TestApiTls::listWorkspaces(api::ApiClient &client)
{
    api::ApiCall *call = client.listWorkspaces();
    QSignalSpy finished(call, &api::ApiCall::finished);
    if (!call->isFinished())
        finished.wait(15000);
    return call;
}

void TestApiTls::trustedWithTheCaFile()
{
    auto apiClient = client(withCa());
    api::ApiCall *call = listWorkspaces(*apiClient);
    QVERIFY(call->isFinished());
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QCOMPARE(m_handled->size(), 1);
}

void TestApiTls::untrustedNamesHostAndReasonAndSendsNothing()
{
    QSignalSpy handshakeFailed(&m_sandbox->server(), &sandbox::SandboxServer::tlsHandshakeFailed);
    auto apiClient = client({});
    api::ApiCall *call = listWorkspaces(*apiClient);
    QVERIFY(call->isFinished());
    QVERIFY(call->error());
    const api::ApiError &error = *call->error();
    QCOMPARE(error.kind, api::ApiError::Kind::Certificate);
    QVERIFY2(error.message.contains(u"127.0.0.1"_s), qPrintable(error.message));
    // The reason is OpenSSL's verdict on a chain that ends in an unknown CA.
    const QString reason = QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString();
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    QVERIFY2(error.userText().startsWith(u"Certificate error: "_s), qPrintable(error.userText()));
    // A certificate that is not trusted now will not be trusted in a second: one attempt only.
    QCOMPARE(call->attempt(), 1);
    // The client reached the server and broke off in the handshake; no request got through.
    QTRY_VERIFY(handshakeFailed.size() >= 1);
    QCOMPARE(m_handled->size(), 0);
}

void TestApiTls::throughProxyFromEnvironment()
{
    ConnectProxy proxy;
    QVERIFY(proxy.isListening());
    QProcessEnvironment environment;
    environment.insert(u"HTTPS_PROXY"_s, proxy.url());
    api::NetworkSettings settings = withCa();
    QString error;
    settings.proxy = api::ProxyRules::fromEnvironment(environment, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto apiClient = client(settings);
    api::ApiCall *call = listWorkspaces(*apiClient);
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QCOMPARE(proxy.targets(), QStringList{m_sandbox->hostHeader()});
    QCOMPARE(m_handled->size(), 1);
}

void TestApiTls::throughProfileProxy()
{
    ConnectProxy proxy;
    QVERIFY(proxy.isListening());
    api::NetworkSettings settings = withCa();
    QString error;
    settings.proxy.setExplicitProxy(api::ProxyRules::parseProxyUrl(proxy.url(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto apiClient = client(settings);
    api::ApiCall *call = listWorkspaces(*apiClient);
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QCOMPARE(proxy.targets(), QStringList{m_sandbox->hostHeader()});
}

void TestApiTls::noProxyGoesDirect()
{
    ConnectProxy proxy;
    QVERIFY(proxy.isListening());
    QProcessEnvironment environment;
    environment.insert(u"HTTPS_PROXY"_s, proxy.url());
    environment.insert(u"NO_PROXY"_s, u"example.com,127.0.0.1"_s);
    api::NetworkSettings settings = withCa();
    settings.proxy = api::ProxyRules::fromEnvironment(environment);

    auto apiClient = client(settings);
    api::ApiCall *call = listWorkspaces(*apiClient);
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QCOMPARE(m_handled->size(), 1);
    // The request was answered, so a tunnel through the proxy would already be on record.
    QCOMPARE(proxy.targets(), QStringList());
}

void TestApiTls::systemCasStayTrusted()
{
    auto apiClient = client(withCa());
    const QList<QSslCertificate> trusted = apiClient->sslConfiguration().caCertificates();
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(!system.isEmpty());
    QCOMPARE(trusted.size(), system.size() + 1);
    for (const QSslCertificate &certificate : system)
        QVERIFY(trusted.contains(certificate));
    QVERIFY(trusted.contains(withCa().extraCaCertificates.constFirst()));
    // Verification is never relaxed to make the extra CA work.
    QCOMPARE(apiClient->sslConfiguration().peerVerifyMode(), QSslSocket::AutoVerifyPeer);
}

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"
