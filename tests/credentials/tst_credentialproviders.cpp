// Every credential mode end to end against the sandbox over loopback: STS AssumeRole and
// AssumeRoleWithOIDC, ECS metadata, a CredentialsURI and an External process feed a
// RefreshingCredentials that an ApiClient signs each request with.

#include "api/apiclient.h"
#include "credentials/providers/aliyunconfigfile.h"
#include "credentials/providers/credentialreplies.h"
#include "credentials/providers/providerbuilder.h"
#include "credentials/providers/stsfetchers.h"
#include "sandbox/demodata.h"
#include "support/hostilehttpserver.h"
#include "support/sandboxfixture.h"
#include "support/testcertificates.h"
#include "support/wiresamples.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using credentials::AliyunProfileSpec;
using testsupport::jwtExpiringIn;

namespace {

const QString TrustedRole = u"acs:ram::100000000000000:role/paidesk-reader"_s;
const QString SecondRole = u"acs:ram::100000000000000:role/paidesk-chained"_s;
const QString OidcProvider = u"acs:ram::100000000000000:oidc-provider/ack-rrsa"_s;

QString headerOf(const sandbox::ReceivedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.toLower() == name)
            return QString::fromUtf8(value);
    }
    return {};
}

bool isCredentialRequest(const sandbox::ReceivedRequest &request)
{
    return request.rawPath == "/" || request.rawPath.startsWith("/latest/");
}

// A source that hands out a triple the server already considers expired until told so, as a
// client whose clock runs behind would; then it refreshes from `fresh`.
class LaggingSource : public api::CredentialSource
{
public:
    api::Credentials stale;
    api::Credentials fresh;
    bool staleRejected = false;
    int refreshes = 0;

    std::optional<api::Credentials> usable() const override
    {
        if (!staleRejected)
            return stale;
        if (refreshes > 0)
            return fresh;
        return std::nullopt;
    }
    void requestRefresh() override
    {
        ++refreshes;
        QTimer::singleShot(0, this, [this] { Q_EMIT refreshed(); });
    }
    void reportExpired(const api::Credentials &rejected) override
    {
        if (rejected.accessKeyId == stale.accessKeyId)
            staleRejected = true;
    }
};

QString codeOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"Code"_s).toString();
}

} // namespace

class TestCredentialProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachModeListsModels_data();
    void eachModeListsModels();
    void expiryMidListingRefreshesOnce_data();
    void expiryMidListingRefreshesOnce();
    void configFileGivesEveryMode_data();
    void configFileGivesEveryMode();
    void failuresSendNothingToTheApi_data();
    void failuresSendNothingToTheApi();
    void sourceProfileCycleIsRefused();
    void externalProcessStderrIsShown();
    void activityLogRedactsSecrets();
    void apiRoutesAnswerAnExpiredToken();
    void expiredTokenIsResentOnceWithAFreshTriple();
    void stsOverHttpsTrustsTheClientsCas();
    void stsChecksSignatureAndParameters_data();
    void stsChecksSignatureAndParameters();
    void metadataChecksItsTokens();
    void repliesAreParsedStrictly_data();
    void repliesAreParsedStrictly();

private:
    // One exchange with the sandbox over the client's network; returns the status and body.
    std::pair<int, QByteArray> exchange(QNetworkRequest request, const QByteArray &method,
                                        const QByteArray &body = {});
    credentials::ProviderSettings settings() const;
    AliyunProfileSpec ramRoleArn(const QString &name, const QString &role) const;
    // A triple the sandbox issued, as an External process would print it.
    QByteArray issuedTripleJson();
    QString writeFile(const QString &name, const QByteArray &contents);
    // Lists every model with `provider`; returns the finished call (owned by the client).
    api::ListAllModelsCall *listAll(credentials::RefreshingCredentials *provider);
    QList<sandbox::ReceivedRequest> apiRequests() const;

    std::unique_ptr<testsupport::SandboxFixture> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<sandbox::ReceivedRequest> m_received;
};

void TestCredentialProviders::init()
{
    m_received.clear();
    m_sandbox = std::make_unique<testsupport::SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    sandbox::SandboxServer &server = m_sandbox->server();
    server.setStsEnabled(true);
    server.addTrustedRole(TrustedRole);
    server.addTrustedRole(SecondRole);
    server.setEcsMetadataEnabled(true);
    connect(&server, &sandbox::SandboxServer::requestHandled, this,
            [this](const sandbox::ReceivedRequest &request) { m_received.append(request); });
    m_client = std::make_unique<api::ApiClient>(api::Endpoint::fromUrl(m_sandbox->url()),
                                                api::Credentials{});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCredentialProviders::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

credentials::ProviderSettings TestCredentialProviders::settings() const
{
    credentials::ProviderSettings settings;
    settings.stsEndpointOverride = m_sandbox->url().toString();
    settings.metadataOrigin = m_sandbox->url();
    settings.borrowFrom(*m_client);
    settings.processTimeout = std::chrono::seconds(20);
    return settings;
}

AliyunProfileSpec TestCredentialProviders::ramRoleArn(const QString &name,
                                                      const QString &role) const
{
    AliyunProfileSpec spec;
    spec.name = name;
    spec.mode = u"RamRoleArn"_s;
    spec.accessKeyId = QString::fromLatin1(testsupport::SandboxFixture::AccessKeyId);
    spec.accessKeySecret = QString::fromLatin1(testsupport::SandboxFixture::AccessKeySecret);
    spec.ramRoleArn = role;
    spec.ramSessionName = u"paidesk-test"_s;
    return spec;
}

QString TestCredentialProviders::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(contents);
    return path;
}

QByteArray TestCredentialProviders::issuedTripleJson()
{
    QString error;
    credentials::ProviderBuilder builder({ramRoleArn(u"issuer"_s, TrustedRole)}, settings());
    std::unique_ptr<credentials::RefreshingCredentials> provider(
        builder.build(u"issuer"_s, nullptr, &error));
    if (!provider)
        return {};
    QSignalSpy refreshed(provider.get(), &api::CredentialSource::refreshed);
    provider->requestRefresh();
    if (!refreshed.wait(10000))
        return {};
    const api::Credentials triple = provider->current()->credentials;
    return QJsonDocument(QJsonObject{{u"mode"_s, u"StsToken"_s},
                                     {u"access_key_id"_s, triple.accessKeyId},
                                     {u"access_key_secret"_s, triple.accessKeySecret},
                                     {u"sts_token"_s, triple.securityToken}})
        .toJson(QJsonDocument::Compact);
}

api::ListAllModelsCall *
TestCredentialProviders::listAll(credentials::RefreshingCredentials *provider)
{
    m_client->setCredentialSource(provider);
    api::ListAllModelsCall *call = m_client->listAllModels();
    QSignalSpy finished(call, &api::ApiCall::finished);
    if (!finished.wait(30000))
        qWarning("the listing did not finish");
    return call;
}

QList<sandbox::ReceivedRequest> TestCredentialProviders::apiRequests() const
{
    QList<sandbox::ReceivedRequest> api;
    for (const sandbox::ReceivedRequest &request : m_received) {
        if (!isCredentialRequest(request))
            api.append(request);
    }
    return api;
}

void TestCredentialProviders::eachModeListsModels_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("credentialOperation"); // what the sandbox saw first
    QTest::newRow("AK") << u"AK"_s << QString();
    QTest::newRow("StsToken") << u"StsToken"_s << QString();
    QTest::newRow("RamRoleArn") << u"RamRoleArn"_s << u"AssumeRole"_s;
    QTest::newRow("ChainableRamRoleArn") << u"ChainableRamRoleArn"_s << u"AssumeRole"_s;
    QTest::newRow("OIDC") << u"OIDC"_s << u"AssumeRoleWithOIDC"_s;
    QTest::newRow("EcsRamRole") << u"EcsRamRole"_s << u"MetadataToken"_s;
    QTest::newRow("CredentialsURI") << u"CredentialsURI"_s << u"MetadataCredentials"_s;
    QTest::newRow("External") << u"External"_s << QString();
}

void TestCredentialProviders::eachModeListsModels()
{
    QFETCH(QString, mode);
    QFETCH(QString, credentialOperation);

    QList<AliyunProfileSpec> profiles;
    AliyunProfileSpec spec;
    spec.name = u"under-test"_s;
    spec.mode = mode;
    if (mode == u"AK"_s) {
        spec.accessKeyId = QString::fromLatin1(testsupport::SandboxFixture::AccessKeyId);
        spec.accessKeySecret = QString::fromLatin1(testsupport::SandboxFixture::AccessKeySecret);
    } else if (mode == u"StsToken"_s) {
        const QJsonObject triple = QJsonDocument::fromJson(issuedTripleJson()).object();
        QVERIFY(!triple.isEmpty());
        spec.accessKeyId = triple.value(u"access_key_id"_s).toString();
        spec.accessKeySecret = triple.value(u"access_key_secret"_s).toString();
        spec.stsToken = triple.value(u"sts_token"_s).toString();
    } else if (mode == u"RamRoleArn"_s) {
        spec = ramRoleArn(spec.name, TrustedRole);
    } else if (mode == u"ChainableRamRoleArn"_s) {
        profiles.append(ramRoleArn(u"base"_s, TrustedRole));
        spec.ramRoleArn = SecondRole;
        spec.ramSessionName = u"chained"_s;
        spec.sourceProfile = u"base"_s;
    } else if (mode == u"OIDC"_s) {
        spec.ramRoleArn = TrustedRole;
        spec.ramSessionName = u"rrsa"_s;
        spec.oidcProviderArn = OidcProvider;
        spec.oidcTokenFile = writeFile(u"token"_s, jwtExpiringIn(3600));
    } else if (mode == u"CredentialsURI"_s) {
        // The sandbox's metadata credentials route answers in the CredentialsURI format.
        spec.credentialsUri = m_sandbox->url().toString() +
                              u"/latest/meta-data/ram/security-credentials/"_s +
                              u"PaiDeskSandboxEcsRole"_s;
    } else if (mode == u"External"_s) {
        const QString cat = QStandardPaths::findExecutable(u"cat"_s);
        if (cat.isEmpty())
            QSKIP("no cat program to play the External process");
        spec.processCommand =
            u"\"%1\" \"%2\""_s.arg(cat, writeFile(u"triple.json"_s, issuedTripleJson()));
    }
    profiles.append(spec);
    m_received.clear();

    QString error;
    credentials::ProviderBuilder builder(profiles, settings());
    std::unique_ptr<credentials::RefreshingCredentials> provider(
        builder.build(spec.name, nullptr, &error));
    QVERIFY2(provider, qPrintable(error));

    api::ListAllModelsCall *call = listAll(provider.get());
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QVERIFY(!call->models().isEmpty());

    const QList<sandbox::ReceivedRequest> api = apiRequests();
    QVERIFY(!api.isEmpty());
    const api::Credentials used = provider->current()->credentials;
    for (const sandbox::ReceivedRequest &request : api) {
        QCOMPARE(request.status, 200);
        QCOMPARE(headerOf(request, "x-acs-security-token"), used.securityToken);
    }
    if (mode != u"AK"_s)
        QVERIFY(!used.securityToken.isEmpty());
    if (!credentialOperation.isEmpty()) {
        QVERIFY(!m_received.isEmpty());
        QCOMPARE(m_received.first().operation, credentialOperation);
    }
    QCOMPARE(provider->maxInFlight(), 1);
}

void TestCredentialProviders::expiryMidListingRefreshesOnce_data()
{
    QTest::addColumn<int>("pagesInFlight");
    QTest::newRow("one page at a time") << 1;
    // Six calls wait on the same refresh: still one fetch in flight.
    QTest::newRow("six pages at a time") << 6;
}

void TestCredentialProviders::expiryMidListingRefreshesOnce()
{
    QFETCH(int, pagesInFlight);
    sandbox::SandboxServer &server = m_sandbox->server();
    server.setStsIssuedDurationSeconds(2);
    sandbox::DemoData::populateGenerated(m_sandbox->store(), 40);
    sandbox::FaultPlan slow;
    slow.latencyMs = pagesInFlight == 1 ? 250 : 450; // either way well past the 2 s triple
    slow.latencyOperations = {u"ListModels"_s};
    server.setFaultPlan(slow);
    m_client->setListAllPageSize(pagesInFlight == 1 ? 3 : 1);
    m_client->setMaxPagesInFlight(pagesInFlight);

    QString error;
    credentials::ProviderBuilder builder({ramRoleArn(u"short"_s, TrustedRole)}, settings());
    std::unique_ptr<credentials::RefreshingCredentials> provider(
        builder.build(u"short"_s, nullptr, &error));
    QVERIFY2(provider, qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    api::ListAllModelsCall *call = listAll(provider.get());
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QVERIFY2(clock.elapsed() > 2500, "the listing must outlive the first triple");

    QVERIFY(provider->refreshCount() >= 2);
    QCOMPARE(provider->maxInFlight(), 1);
    int assumeRoles = 0;
    for (const api::ActivityEntry &entry : m_client->activityLog()->entries()) {
        if (entry.operation == u"AssumeRole"_s)
            ++assumeRoles;
    }
    QCOMPARE(assumeRoles, provider->refreshCount());
    QSet<QString> keys;
    for (const sandbox::ReceivedRequest &request : apiRequests()) {
        QCOMPARE(request.status, 200); // never an expired token
        keys.insert(headerOf(request, "x-acs-security-token"));
    }
    QVERIFY(keys.size() >= 2);
}

void TestCredentialProviders::configFileGivesEveryMode_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("mode");
    QTest::newRow("AK guessed")
        << QByteArray(R"({"name":"p","access_key_id":"a","access_key_secret":"b"})") << u"AK"_s;
    QTest::newRow("StsToken guessed")
        << QByteArray(R"({"name":"p","access_key_id":"a","access_key_secret":"b","sts_token":"t"})")
        << u"StsToken"_s;
    QTest::newRow("RamRoleArn guessed")
        << QByteArray(
               R"({"name":"p","access_key_id":"a","access_key_secret":"b","ram_role_arn":"r"})")
        << u"RamRoleArn"_s;
    QTest::newRow("EcsRamRole guessed")
        << QByteArray(R"({"name":"p","ram_role_name":"r"})") << u"EcsRamRole"_s;
    QTest::newRow("External guessed")
        << QByteArray(R"({"name":"p","process_command":"x"})") << u"External"_s;
    QTest::newRow("OIDC guessed")
        << QByteArray(
               R"({"name":"p","oidc_provider_arn":"o","oidc_token_file":"f","ram_role_arn":"r"})")
        << u"OIDC"_s;
    QTest::newRow("explicit mode wins")
        << QByteArray(
               R"({"name":"p","mode":"CredentialsURI","credentials_uri":"http://127.0.0.1/","access_key_id":"a","access_key_secret":"b"})")
        << u"CredentialsURI"_s;
    QTest::newRow("ChainableRamRoleArn")
        << QByteArray(
               R"({"name":"p","mode":"ChainableRamRoleArn","source_profile":"q","expired_seconds":"900"})")
        << u"ChainableRamRoleArn"_s;
    QTest::newRow("nothing to tell")
        << QByteArray(R"({"name":"p","region_id":"cn-beijing"})") << QString();
}

void TestCredentialProviders::configFileGivesEveryMode()
{
    QFETCH(QByteArray, profile);
    QFETCH(QString, mode);
    const credentials::AliyunConfig config = credentials::AliyunConfigFile::parse(
        R"({"current":"p","profiles":[)" + profile + R"(,"not an object"]})", u"config.json"_s);
    QVERIFY2(config.error.isEmpty(), qPrintable(config.error));
    QCOMPARE(config.current, u"p"_s);
    QCOMPARE(config.profiles.size(), 1);
    QCOMPARE(config.profiles.first().effectiveMode(), mode);
    if (mode == u"ChainableRamRoleArn"_s)
        QCOMPARE(config.profiles.first().expiredSeconds, 900); // digits in a string tolerated
    QVERIFY(!credentials::AliyunConfigFile::parse("[]", u"c"_s).error.isEmpty());
    QVERIFY(credentials::AliyunConfigFile::read(m_dir->filePath(u"absent.json"_s)).notFound);
}

void TestCredentialProviders::failuresSendNothingToTheApi_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QStringList>("expected"); // fragments of the error
    QTest::newRow("untrusted role")
        << u"untrusted"_s
        << QStringList{u"\"failing\""_s, u"RamRoleArn"_s, u"AssumeRole"_s, u"NoPermission"_s,
                       u"RequestId"_s};
    QTest::newRow("duration out of range")
        << u"duration"_s << QStringList{u"AssumeRole"_s, u"InvalidParameter.DurationSeconds"_s};
    QTest::newRow("missing OIDC token file")
        << u"oidc-missing"_s << QStringList{u"OIDC"_s, u"token file"_s};
    QTest::newRow("expired OIDC token")
        << u"oidc-expired"_s
        << QStringList{u"AssumeRoleWithOIDC"_s, u"AuthenticationFail.OIDCToken.Expired"_s};
    QTest::newRow("metadata service down")
        << u"metadata-down"_s << QStringList{u"EcsRamRole"_s, u"metadata"_s};
    QTest::newRow("URI answering 500")
        << u"uri-500"_s << QStringList{u"CredentialsURI"_s, u"URI"_s, u"500"_s};
    QTest::newRow("process exiting 1")
        << u"process-1"_s << QStringList{u"External"_s, u"process"_s, u"code 1"_s};
    QTest::newRow("chained source failing")
        << u"chained-untrusted"_s << QStringList{u"source profile"_s, u"NoPermission"_s};
}

void TestCredentialProviders::failuresSendNothingToTheApi()
{
    QFETCH(QString, failure);
    QFETCH(QStringList, expected);

    credentials::ProviderSettings providerSettings = settings();
    QList<AliyunProfileSpec> profiles;
    AliyunProfileSpec spec;
    spec.name = u"failing"_s;
    HostileHttpServer uriServer;
    QTcpServer closed;
    if (failure == u"untrusted"_s) {
        spec = ramRoleArn(spec.name, u"acs:ram::100000000000000:role/not-trusted"_s);
    } else if (failure == u"duration"_s) {
        spec = ramRoleArn(spec.name, TrustedRole);
        spec.expiredSeconds = 60;
    } else if (failure.startsWith(u"oidc"_s)) {
        spec.mode = u"OIDC"_s;
        spec.ramRoleArn = TrustedRole;
        spec.ramSessionName = u"rrsa"_s;
        spec.oidcProviderArn = OidcProvider;
        spec.oidcTokenFile = failure == u"oidc-missing"_s
                                 ? m_dir->filePath(u"no-such-token"_s)
                                 : writeFile(u"token"_s, jwtExpiringIn(-60));
    } else if (failure == u"metadata-down"_s) {
        spec.mode = u"EcsRamRole"_s;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        providerSettings.metadataOrigin = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
    } else if (failure == u"uri-500"_s) {
        spec.mode = u"CredentialsURI"_s;
        uriServer.handler = [](const HostileHttpServer::Request &) {
            HostileHttpServer::Reply reply;
            reply.bytes = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n"
                          "Connection: close\r\n\r\noops\n";
            return reply;
        };
        QVERIFY(uriServer.listen());
        spec.credentialsUri = uriServer.url().toString() + u"/credentials"_s;
    } else if (failure == u"process-1"_s) {
        const QString cat = QStandardPaths::findExecutable(u"cat"_s);
        if (cat.isEmpty())
            QSKIP("no cat program to play the External process");
        spec.mode = u"External"_s;
        spec.processCommand = u"\"%1\" \"%2\""_s.arg(cat, m_dir->filePath(u"missing.json"_s));
        expected.append(u"missing.json"_s); // its stderr is shown
    } else if (failure == u"chained-untrusted"_s) {
        profiles.append(ramRoleArn(u"base"_s, u"acs:ram::100000000000000:role/not-trusted"_s));
        spec.mode = u"ChainableRamRoleArn"_s;
        spec.sourceProfile = u"base"_s;
        spec.ramRoleArn = TrustedRole;
        spec.ramSessionName = u"chained"_s;
    }
    profiles.append(spec);

    QString error;
    credentials::ProviderBuilder builder(profiles, providerSettings);
    std::unique_ptr<credentials::RefreshingCredentials> provider(
        builder.build(spec.name, nullptr, &error));
    QVERIFY2(provider, qPrintable(error));
    api::ListAllModelsCall *call = listAll(provider.get());
    QVERIFY(call->isFinished());
    QVERIFY(call->error());
    QCOMPARE(call->error()->kind, api::ApiError::Kind::Credentials);
    const QString message = call->error()->message;
    for (const QString &fragment : expected)
        QVERIFY2(message.contains(fragment), qPrintable(message + u" lacks "_s + fragment));
    QVERIFY(apiRequests().isEmpty());
}

void TestCredentialProviders::externalProcessStderrIsShown()
{
    const QString shell = QStandardPaths::findExecutable(u"sh"_s);
    if (shell.isEmpty())
        QSKIP("no sh to play a process that warns and succeeds");
    const QString triple = writeFile(
        u"ak.json"_s,
        R"({"mode":"AK","access_key_id":"LTAI5tSandboxTestKey","access_key_secret":"sandbox-test-secret-0123456789"})");
    AliyunProfileSpec spec;
    spec.name = u"warns"_s;
    spec.mode = u"External"_s;
    // The program is sh, started directly; the quoting is QProcess::splitCommand's.
    spec.processCommand =
        u"\"%1\" -c \"echo 'token cache is stale' >&2; cat '%2'\""_s.arg(shell, triple);
    credentials::ProviderSettings providerSettings = settings();
    QStringList shown;
    providerSettings.processOutput = [&shown](const QString &profile, const QString &text) {
        shown.append(profile + u": "_s + text);
    };
    QString error;
    credentials::ProviderBuilder builder({spec}, providerSettings);
    std::unique_ptr<credentials::RefreshingCredentials> provider(
        builder.build(spec.name, nullptr, &error));
    QVERIFY2(provider, qPrintable(error));
    QVERIFY(listAll(provider.get())->succeeded());
    QCOMPARE(shown, QStringList{u"warns: token cache is stale"_s});
}

void TestCredentialProviders::sourceProfileCycleIsRefused()
{
    AliyunProfileSpec a;
    a.name = u"a"_s;
    a.mode = u"ChainableRamRoleArn"_s;
    a.ramRoleArn = TrustedRole;
    a.ramSessionName = u"s1"_s;
    a.sourceProfile = u"b"_s;
    AliyunProfileSpec b = a;
    b.name = u"b"_s;
    b.sourceProfile = u"a"_s;
    QString error;
    credentials::ProviderBuilder builder({a, b}, settings());
    QVERIFY(!builder.build(u"a"_s, nullptr, &error));
    QVERIFY2(error.contains(u"cycle"_s), qPrintable(error));
    QVERIFY2(error.contains(u"a \u2192 b \u2192 a"_s), qPrintable(error));
    QVERIFY(m_received.isEmpty());

    // ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS turns off the two modes that run or fetch
    // something the profile names.
    credentials::ProviderSettings locked = settings();
    locked.externalAllowed = false;
    for (const QString &mode : {u"External"_s, u"CredentialsURI"_s}) {
        AliyunProfileSpec spec;
        spec.name = u"locked"_s;
        spec.mode = mode;
        spec.processCommand = u"true"_s;
        spec.credentialsUri = u"http://127.0.0.1:1/"_s;
        credentials::ProviderBuilder lockedBuilder({spec}, locked);
        QVERIFY(!lockedBuilder.build(u"locked"_s, nullptr, &error));
        QVERIFY2(error.contains(u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"_s), qPrintable(error));
    }
}

void TestCredentialProviders::activityLogRedactsSecrets()
{
    AliyunProfileSpec spec;
    spec.name = u"rrsa"_s;
    spec.mode = u"OIDC"_s;
    spec.ramRoleArn = TrustedRole;
    spec.ramSessionName = u"rrsa"_s;
    spec.oidcProviderArn = OidcProvider;
    const QByteArray token = jwtExpiringIn(3600);
    spec.oidcTokenFile = writeFile(u"token"_s, token);
    QList<AliyunProfileSpec> profiles{spec, ramRoleArn(u"ram"_s, TrustedRole), spec};
    profiles.last().name = u"ecs"_s;
    profiles.last().mode = u"EcsRamRole"_s;

    QStringList secrets{QString::fromLatin1(token),
                        QString::fromLatin1(testsupport::SandboxFixture::AccessKeySecret)};
    for (const QString &name : {u"rrsa"_s, u"ram"_s, u"ecs"_s}) {
        QString error;
        credentials::ProviderBuilder builder(profiles, settings());
        std::unique_ptr<credentials::RefreshingCredentials> provider(
            builder.build(name, nullptr, &error));
        QVERIFY2(provider, qPrintable(error));
        QVERIFY(listAll(provider.get())->succeeded());
        secrets << provider->current()->credentials.securityToken
                << provider->current()->credentials.accessKeySecret;
    }
    // The IMDSv2 token the metadata service issued.
    for (const sandbox::ReceivedRequest &request : m_received) {
        if (request.operation == u"MetadataCredentials"_s)
            secrets << headerOf(request, "x-aliyun-ecs-metadata-token");
    }
    const QByteArray log = m_client->activityLog()->toJsonLines();
    QVERIFY(log.contains("AssumeRoleWithOIDC"));
    QVERIFY(log.contains("MetadataCredentials"));
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(8)));
        QVERIFY(!log.contains(QUrl::toPercentEncoding(secret)));
    }
}

void TestCredentialProviders::repliesAreParsedStrictly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    const QByteArray sts = R"({"RequestId":"R1","AssumedRoleUser":{"Arn":"acs:ram::1:role/r/s"},
        "Credentials":{"AccessKeyId":"STS.a","AccessKeySecret":"b","SecurityToken":"c",
        "Expiration":"2030-01-01T00:00:00Z"}})";
    QTest::newRow("sts ok") << u"sts"_s << sts << true;
    QTest::newRow("sts no token") << u"sts"_s
                                  << QByteArray(
                                         R"({"Credentials":{"AccessKeyId":"a","AccessKeySecret":"b",
                          "Expiration":"2030-01-01T00:00:00Z"}})")
                                  << false;
    QTest::newRow("sts local time")
        << u"sts"_s << QByteArray(R"({"Credentials":{"AccessKeyId":"a","AccessKeySecret":"b",
                          "SecurityToken":"c","Expiration":"2030-01-01T00:00:00"}})")
        << false;
    QTest::newRow("sts error") << u"sts"_s
                               << QByteArray(R"({"Code":"NoPermission","RequestId":"R"})") << false;
    QTest::newRow("metadata ok")
        << u"metadata"_s << QByteArray(R"({"Code":"Success","AccessKeyId":"a","AccessKeySecret":"b",
                          "SecurityToken":"c","Expiration":"2030-01-01T00:00:00Z"})")
        << true;
    QTest::newRow("metadata failed")
        << u"metadata"_s << QByteArray(R"({"Code":"Failed","AccessKeyId":"a","AccessKeySecret":"b",
                          "SecurityToken":"c","Expiration":"2030-01-01T00:00:00Z"})")
        << false;
    QTest::newRow("uri without Code")
        << u"uri"_s << QByteArray(R"({"AccessKeyId":"a","AccessKeySecret":"b","SecurityToken":"c",
                          "Expiration":"2030-01-01T00:00:00.000Z"})")
        << true;
    QTest::newRow("uri without expiration")
        << u"uri"_s
        << QByteArray(R"({"AccessKeyId":"a","AccessKeySecret":"b","SecurityToken":"c"})") << false;
    QTest::newRow("external AK")
        << u"external"_s
        << QByteArray(R"({"mode":"AK","access_key_id":"a","access_key_secret":"b"})") << true;
    QTest::newRow("external RamRoleArn")
        << u"external"_s
        << QByteArray(R"({"mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b"})")
        << false;
    QTest::newRow("not json") << u"external"_s << QByteArray("mode=AK") << false;
}

void TestCredentialProviders::repliesAreParsedStrictly()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    using namespace credentials;
    const ParsedCredentials parsed =
        kind == u"sts"_s        ? CredentialReplies::parseSts(body)
        : kind == u"metadata"_s ? CredentialReplies::parseMetadata(body)
        : kind == u"uri"_s      ? CredentialReplies::parseCredentialsUri(body)
                                : CredentialReplies::parseExternal(body);
    QCOMPARE(parsed.credentials.has_value(), accepted);
    QCOMPARE(parsed.error.isEmpty(), accepted);
}

std::pair<int, QByteArray> TestCredentialProviders::exchange(QNetworkRequest request,
                                                             const QByteArray &method,
                                                             const QByteArray &body)
{
    QNetworkReply *reply =
        m_client->networkAccessManager()->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {0, {}};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

void TestCredentialProviders::apiRoutesAnswerAnExpiredToken()
{
    m_sandbox->server().setStsIssuedDurationSeconds(1);
    const QJsonObject triple = QJsonDocument::fromJson(issuedTripleJson()).object();
    QVERIFY(!triple.isEmpty());
    const api::Credentials issued{triple.value(u"access_key_id"_s).toString(),
                                  triple.value(u"access_key_secret"_s).toString(),
                                  triple.value(u"sts_token"_s).toString()};
    m_client->setCredentials(issued);
    api::ApiCall *call = m_client->listWorkspaces();
    QSignalSpy finished(call, &api::ApiCall::finished);
    QVERIFY(finished.wait(10000));
    // Issued for 1 s, truncated to whole seconds: it may already be gone; then the code is shown.
    if (call->succeeded()) {
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addMSecs(1100);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry, 3000);
        call = m_client->listWorkspaces();
        QSignalSpy again(call, &api::ApiCall::finished);
        QVERIFY(again.wait(10000));
    }
    QVERIFY(call->error());
    QCOMPARE(call->error()->code, u"InvalidSecurityToken.Expired"_s);
    QVERIFY(!call->error()->message.contains(issued.securityToken));

    // A token that does not belong to the key is refused too.
    m_client->setCredentials({issued.accessKeyId, issued.accessKeySecret, u"CAISforged"_s});
    call = m_client->listWorkspaces();
    QSignalSpy forged(call, &api::ApiCall::finished);
    QVERIFY(forged.wait(10000));
    QVERIFY(call->error());
    QCOMPARE(call->error()->code, u"InvalidSecurityToken.MismatchWithAccessKey"_s);
}

void TestCredentialProviders::expiredTokenIsResentOnceWithAFreshTriple()
{
    m_sandbox->server().setStsIssuedDurationSeconds(1);
    const QJsonObject staleJson = QJsonDocument::fromJson(issuedTripleJson()).object();
    m_sandbox->server().setStsIssuedDurationSeconds(0);
    const QJsonObject freshJson = QJsonDocument::fromJson(issuedTripleJson()).object();
    QVERIFY(!staleJson.isEmpty() && !freshJson.isEmpty());
    const auto toCredentials = [](const QJsonObject &json) {
        return api::Credentials{json.value(u"access_key_id"_s).toString(),
                                json.value(u"access_key_secret"_s).toString(),
                                json.value(u"sts_token"_s).toString()};
    };
    LaggingSource source;
    source.stale = toCredentials(staleJson);
    source.fresh = toCredentials(freshJson);
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addMSecs(1100);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry, 3000);

    m_received.clear();
    m_client->setCredentialSource(&source);
    api::ApiCall *call = m_client->listWorkspaces();
    QSignalSpy finished(call, &api::ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userText() : QString()));
    QVERIFY(source.staleRejected);
    QCOMPARE(source.refreshes, 1);
    const QList<sandbox::ReceivedRequest> api = apiRequests();
    QCOMPARE(api.size(), 2);
    QCOMPARE(api.at(0).status, 400);
    QCOMPARE(headerOf(api.at(1), "x-acs-security-token"), source.fresh.securityToken);
}

void TestCredentialProviders::stsOverHttpsTrustsTheClientsCas()
{
    testsupport::TestCertificates certificates;
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    testsupport::SandboxFixture tls(testsupport::SandboxFixture::Content::Demo,
                                    certificates.serverCertificateFile(),
                                    certificates.serverKeyFile());
    QVERIFY(tls.isListening());
    tls.server().setStsEnabled(true);
    tls.server().addTrustedRole(TrustedRole);
    api::ApiClient client(api::Endpoint::fromUrl(tls.url()), {});
    QString why;
    api::NetworkSettings network;
    network.extraCaCertificates = api::NetworkSettings::readCaFile(certificates.caFile(), &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));

    for (const bool withCa : {false, true}) {
        client.setNetworkSettings(withCa ? network : api::NetworkSettings{});
        credentials::ProviderSettings providerSettings;
        providerSettings.stsEndpointOverride = tls.url().toString();
        providerSettings.borrowFrom(client);
        QString error;
        credentials::ProviderBuilder builder({ramRoleArn(u"tls"_s, TrustedRole)}, providerSettings);
        std::unique_ptr<credentials::RefreshingCredentials> provider(
            builder.build(u"tls"_s, nullptr, &error));
        QVERIFY2(provider, qPrintable(error));
        QSignalSpy refreshed(provider.get(), &api::CredentialSource::refreshed);
        QSignalSpy failed(provider.get(), &api::CredentialSource::refreshFailed);
        provider->requestRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() || !failed.isEmpty(), 10000);
        QCOMPARE(refreshed.size(), withCa ? 1 : 0);
        if (!withCa) {
            QVERIFY2(failed.first().first().toString().contains(u"AssumeRole"_s),
                     qPrintable(failed.first().first().toString()));
        }
    }
}

void TestCredentialProviders::stsChecksSignatureAndParameters_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("well signed") << u""_s << 200 << QString();
    QTest::newRow("wrong secret") << u"secret"_s << 400 << u"SignatureDoesNotMatch"_s;
    QTest::newRow("unknown key") << u"key"_s << 404 << u"InvalidAccessKeyId.NotFound"_s;
    QTest::newRow("replayed nonce") << u"replay"_s << 400 << u"SignatureNonceUsed"_s;
    QTest::newRow("tampered body") << u"body"_s << 400 << u"SignatureDoesNotMatch"_s;
    QTest::newRow("short session name") << u"session"_s << 400 << u"InvalidParameter"_s;
    QTest::newRow("duration below 900")
        << u"duration"_s << 400 << u"InvalidParameter.DurationSeconds"_s;
    QTest::newRow("malformed role") << u"arn"_s << 400 << u"InvalidParameter"_s;
    QTest::newRow("untrusted role") << u"untrusted"_s << 403 << u"NoPermission"_s;
    QTest::newRow("stale timestamp") << u"timestamp"_s << 400 << u"InvalidTimeStamp.Expired"_s;
}

void TestCredentialProviders::stsChecksSignatureAndParameters()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, code);

    credentials::RoleSpec role;
    role.roleArn = change == u"untrusted"_s ? u"acs:ram::100000000000000:role/other"_s
                   : change == u"arn"_s     ? u"arn:aws:iam::1:role/x"_s
                                            : TrustedRole;
    role.sessionName = change == u"session"_s ? u"x"_s : u"paidesk-test"_s;
    role.durationSeconds = change == u"duration"_s ? 899 : 900;
    api::Credentials signer = m_sandbox->credentials();
    if (change == u"key"_s)
        signer.accessKeyId = u"LTAI5tUnknownKey"_s;
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (change == u"timestamp"_s)
        when = when.addSecs(-3600);
    auto [query, form] = credentials::StsRequests::assumeRole(role, signer, when, u"nonce-1"_s);
    if (change == u"secret"_s) {
        signer.accessKeySecret = u"wrong"_s;
        std::tie(query, form) =
            credentials::StsRequests::assumeRole(role, signer, when, u"nonce-1"_s);
    }
    if (change == u"body"_s)
        form.append({u"Policy"_s, u"{}"_s});
    QUrl url = m_sandbox->url();
    url.setPath(u"/"_s);
    url.setQuery(QString::fromLatin1(credentials::StsRequests::formEncode(query)));
    QNetworkRequest request(url);
    request.setRawHeader("content-type", "application/x-www-form-urlencoded");
    const QByteArray body = credentials::StsRequests::formEncode(form);
    auto [gotStatus, reply] = exchange(request, "POST", body);
    if (change == u"replay"_s) {
        QCOMPARE(gotStatus, 200);
        std::tie(gotStatus, reply) = exchange(request, "POST", body);
    }
    QCOMPARE(gotStatus, status);
    QCOMPARE(codeOf(reply), code);
    if (status == 200) {
        const credentials::ParsedCredentials parsed =
            credentials::CredentialReplies::parseSts(reply);
        QVERIFY(parsed.credentials);
        QVERIFY(parsed.credentials->expiration > QDateTime::currentDateTimeUtc().addSecs(800));
        QCOMPARE(parsed.credentials->identity, TrustedRole + u"/paidesk-test"_s);
    }
}

void TestCredentialProviders::metadataChecksItsTokens()
{
    QUrl url = m_sandbox->url();
    url.setPath(u"/latest/meta-data/ram/security-credentials/"_s);
    QNetworkRequest roleRequest(url);
    // IMDSv1 is allowed until the instance asks for tokens only.
    QCOMPARE(exchange(roleRequest, "GET").first, 200);
    m_sandbox->server().setEcsTokenRequired(true);
    QCOMPARE(exchange(roleRequest, "GET").first, 401);
    roleRequest.setRawHeader("X-aliyun-ecs-metadata-token", "made-up");
    QCOMPARE(exchange(roleRequest, "GET").first, 401);

    url.setPath(u"/latest/api/token"_s);
    QNetworkRequest tokenRequest(url);
    tokenRequest.setRawHeader("X-aliyun-ecs-metadata-token-ttl-seconds", "21601");
    QCOMPARE(exchange(tokenRequest, "PUT").first, 400);
    tokenRequest.setRawHeader("X-aliyun-ecs-metadata-token-ttl-seconds", "60");
    const auto [status, token] = exchange(tokenRequest, "PUT");
    QCOMPARE(status, 200);
    roleRequest.setRawHeader("X-aliyun-ecs-metadata-token", token);
    const auto [roleStatus, role] = exchange(roleRequest, "GET");
    QCOMPARE(roleStatus, 200);
    QCOMPARE(role, "PaiDeskSandboxEcsRole");

    // A provider with IMDSv1 disabled fails when no token can be had.
    m_sandbox->server().setEcsMetadataEnabled(false);
    credentials::ProviderSettings providerSettings = settings();
    providerSettings.imdsv1Allowed = false;
    AliyunProfileSpec spec;
    spec.name = u"ecs"_s;
    spec.mode = u"EcsRamRole"_s;
    QString error;
    credentials::ProviderBuilder builder({spec}, providerSettings);
    std::unique_ptr<credentials::RefreshingCredentials> provider(
        builder.build(u"ecs"_s, nullptr, &error));
    QVERIFY(provider);
    QSignalSpy failed(provider.get(), &api::CredentialSource::refreshFailed);
    provider->requestRefresh();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"IMDSv1 is disabled"_s),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestCredentialProviders)
#include "tst_credentialproviders.moc"
