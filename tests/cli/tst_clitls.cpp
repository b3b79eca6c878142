#include "clirunner.h"
#include "support/connectproxy.h"
#include "support/sandboxfixture.h"
#include "support/testcertificates.h"

#include <QFile>
#include <QSslError>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clitest;
using testsupport::ConnectProxy;
using testsupport::SandboxFixture;
using testsupport::TestCertificates;

// The real paidesk-cli against the sandbox serving HTTPS with a certificate from a CA made for
// the test: --ca-file, the certificate error, HTTPS_PROXY through a CONNECT proxy, NO_PROXY, and
// the sandbox command's own --tls-cert.
class TestCliTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void trustedWithCaFile();
    void untrustedExitsWithOneAndSendsNothing();
    void unusableCaFileExitsWithTwo_data();
    void unusableCaFileExitsWithTwo();
    void throughProxyFromEnvironment_data();
    void throughProxyFromEnvironment();
    void noProxyGoesDirect();
    void badProxyVariableExitsWithTwo();
    void sandboxCommandServesHttps();

private:
    QProcessEnvironment environment() const;
    QStringList withEndpoint(const QStringList &arguments) const;

    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QSignalSpy> m_handled;
};

void TestCliTls::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PAIDESK_CLI_PATH)));
    m_certificates = std::make_unique<TestCertificates>();
    QVERIFY2(m_certificates->isValid(), qPrintable(m_certificates->errorString()));
}

void TestCliTls::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Demo,
                                                 m_certificates->serverCertificateFile(),
                                                 m_certificates->serverKeyFile());
    QVERIFY2(m_sandbox->isListening(), qPrintable(m_sandbox->server().errorString()));
    m_handled =
        std::make_unique<QSignalSpy>(&m_sandbox->server(), &sandbox::SandboxServer::requestHandled);
}

void TestCliTls::cleanup()
{
    m_handled.reset();
    m_sandbox.reset();
}

QProcessEnvironment TestCliTls::environment() const
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeyId));
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                       QString::fromLatin1(SandboxFixture::AccessKeySecret));
    return environment;
}

QStringList TestCliTls::withEndpoint(const QStringList &arguments) const
{
    return QStringList{u"--endpoint"_s, m_sandbox->url().toString()} + arguments;
}

void TestCliTls::trustedWithCaFile()
{
    const CliResult result = runCli(withEndpoint({u"--ca-file"_s, m_certificates->caFile(),
                                                  u"--output"_s, u"json"_s, u"workspaces"_s}),
                                    environment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(!result.json().value(u"Workspaces"_s).toArray().isEmpty());
    QVERIFY(m_handled->size() >= 1);
}

void TestCliTls::untrustedExitsWithOneAndSendsNothing()
{
    const CliResult result = runCli(withEndpoint({u"workspaces"_s}), environment());
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(u"Certificate error: "_s), qPrintable(result.describe()));
    QVERIFY2(err.contains(u"127.0.0.1"_s), qPrintable(result.describe()));
    QVERIFY2(err.contains(QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString()),
             qPrintable(result.describe()));
    QVERIFY2(err.contains(u"--ca-file"_s), qPrintable(result.describe()));
    QCOMPARE(m_handled->size(), 0);
}

void TestCliTls::unusableCaFileExitsWithTwo_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QByteArray() << u"cannot be read"_s;
    QTest::newRow("no certificate") << "not a certificate\n"_ba << u"holds no certificate"_s;
}

void TestCliTls::unusableCaFileExitsWithTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path =
        m_certificates->path(u"bundle-%1.pem"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CliResult result =
        runCli(withEndpoint({u"--ca-file"_s, path, u"workspaces"_s}), environment());
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"--ca-file: "_s), qPrintable(result.describe()));
    QVERIFY2(err.contains(path), qPrintable(result.describe()));
    QVERIFY2(err.contains(reason), qPrintable(result.describe()));
    QCOMPARE(m_handled->size(), 0);
}

void TestCliTls::throughProxyFromEnvironment_data()
{
    QTest::addColumn<QString>("variable");
    QTest::newRow("HTTPS_PROXY") << u"HTTPS_PROXY"_s;
    QTest::newRow("https_proxy") << u"https_proxy"_s;
}

void TestCliTls::throughProxyFromEnvironment()
{
    QFETCH(QString, variable);
    ConnectProxy proxy;
    QVERIFY(proxy.isListening());
    QProcessEnvironment env = environment();
    env.insert(variable, proxy.url());
    const CliResult result =
        runCli(withEndpoint({u"--ca-file"_s, m_certificates->caFile(), u"workspaces"_s}), env);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(!proxy.targets().isEmpty());
    QCOMPARE(proxy.targets().constFirst(), m_sandbox->hostHeader());
    QVERIFY(m_handled->size() >= 1);
}

void TestCliTls::noProxyGoesDirect()
{
    ConnectProxy proxy;
    QVERIFY(proxy.isListening());
    QProcessEnvironment env = environment();
    env.insert(u"HTTPS_PROXY"_s, proxy.url());
    env.insert(u"NO_PROXY"_s, u"localhost,127.0.0.1"_s);
    const CliResult result =
        runCli(withEndpoint({u"--ca-file"_s, m_certificates->caFile(), u"workspaces"_s}), env);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(m_handled->size() >= 1);
    // The CLI has exited: any tunnel it opened would be on record by now.
    QCOMPARE(proxy.targets(), QStringList());
}

void TestCliTls::badProxyVariableExitsWithTwo()
{
    QProcessEnvironment env = environment();
    env.insert(u"HTTPS_PROXY"_s, u"ftp://proxy.example:21"_s);
    const CliResult result =
        runCli(withEndpoint({u"--ca-file"_s, m_certificates->caFile(), u"workspaces"_s}), env);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("HTTPS_PROXY: "), qPrintable(result.describe()));
    QCOMPARE(m_handled->size(), 0);
}

void TestCliTls::sandboxCommandServesHttps()
{
    QProcess sandbox;
    sandbox.setProcessEnvironment(cleanEnvironment());
    QByteArray printed;
    connect(&sandbox, &QProcess::readyReadStandardOutput, this,
            [&] { printed += sandbox.readAllStandardOutput(); });
    sandbox.start(QStringLiteral(PAIDESK_CLI_PATH),
                  {u"sandbox"_s, u"--demo"_s, u"--tls-cert"_s,
                   m_certificates->serverCertificateFile(), u"--tls-key"_s,
                   m_certificates->serverKeyFile(), u"--access-key-id"_s, u"LTAItls"_s,
                   u"--access-key-secret"_s, u"tls-secret"_s});
    QVERIFY2(sandbox.waitForStarted(10000), qPrintable(sandbox.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(printed.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET="), 30000);
    const qsizetype start = printed.indexOf("PAIDESK_SANDBOX_URL=") + 20;
    const QString url = QString::fromUtf8(printed.mid(start, printed.indexOf('\n', start) - start));
    QVERIFY2(url.startsWith(u"https://127.0.0.1:"_s), printed.constData());

    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAItls"_s);
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"tls-secret"_s);
    const CliResult trusted = runCli(
        {u"--endpoint"_s, url, u"--ca-file"_s, m_certificates->caFile(), u"workspaces"_s}, env);
    const CliResult untrusted = runCli({u"--endpoint"_s, url, u"workspaces"_s}, env);

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(30000));
    QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.describe()));
    QVERIFY2(untrusted.exitCode == 1, qPrintable(untrusted.describe()));
    QVERIFY2(untrusted.err.startsWith("Certificate error: "), qPrintable(untrusted.describe()));
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_clitls.moc"
