#pragma once

#include "sandbox/faultplan.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace sandbox {

class ModelStore;

// A request as it arrived, kept for tests that check the bytes on the wire.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray rawPath;  // still percent-encoded
    QByteArray rawQuery; // still encoded, '+' not decoded
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString operation; // "ListModels", ... or empty when no route matched
    int status = 0;    // what the sandbox answered (0 when it dropped the connection)
};

// An emulator of the AIWorkspace API (2021-02-04) on loopback: real HTTP on QtHttpServer,
// signature checks, state in a ModelStore, and fault injection. The app's sandbox mode and the
// tests of api, gui and cli all talk to it over real sockets.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Serve HTTPS from the next listen() on: `certificateFile` holds the server certificate (PEM,
    // then any intermediates), `keyFile` its unencrypted PEM private key. Returns false (with
    // errorString() naming the file) when either cannot be used.
    bool setTlsFiles(const QString &certificateFile, const QString &keyFile);
    bool isTls() const;

    // Port 0 picks a free port. Returns false (with errorString()) when the port is taken.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>, or https:// with TLS
    QString errorString() const;

    // Requests must be signed with one of these keys. With no key added, any key is accepted
    // but signatures are still checked against the secret "sandbox-secret".
    void addAccessKey(const QString &accessKeyId, const QString &accessKeySecret);
    void setSignatureCheckEnabled(bool enabled);

    // STS at "/" (AssumeRole, AssumeRoleWithOIDC; RPC 2015-04-01) beside the API routes. Triples
    // are issued for trusted roles only, live `issuedSeconds` (0: what was asked; below the real
    // 900 s minimum is allowed, for tests), and the API routes accept them until they expire.
    void setStsEnabled(bool enabled);
    void addTrustedRole(const QString &roleArn);
    void setStsIssuedDurationSeconds(int issuedSeconds);
    // The ECS metadata routes under /latest/ with IMDSv2 tokens, for one RAM role.
    void setEcsMetadataEnabled(bool enabled);
    void setEcsRoleName(const QString &roleName);
    void setEcsTokenRequired(bool required);

    void setFaultPlan(const FaultPlan &plan);
    // Listings refuse a PageSize above this (0: the service's own limit of 100) with the
    // InvalidParameter error the service sends for one above its limit.
    void setMaxPageSize(int maxPageSize);
    FaultPlan faultPlan() const;

    ModelStore &store();

Q_SIGNALS:
    void requestHandled(const sandbox::ReceivedRequest &request);
    // A client gave up during the TLS handshake (say, it did not trust the certificate); no
    // request was read from it.
    void tlsHandshakeFailed();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbox
