#pragma once

#include "api/credentials.h"
#include "api/endpoint.h"
#include "api/networksettings.h"
#include "credentials/credentialsprovider.h"

#include <QObject>
#include <QPointer>

namespace api {
class ApiCall;
class ApiClient;
} // namespace api

namespace gui {

// "Test connection": one ListWorkspaces request with PageSize=1, the cheapest call that proves
// the endpoint answers and the key is accepted. Reports the RequestId either way, and for
// temporary credentials who they make the caller (the assumed role's ARN) and until when.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    bool isRunning() const { return !m_call.isNull(); }
    void start(const api::Endpoint &endpoint, const api::Credentials &credentials,
               const api::NetworkSettings &network = {});
    // Any mode: a temporary one gets its provider on this tester's client, so the STS or
    // metadata request and its failure are part of the test. `settings` says where the
    // providers send their requests (the metadata address, the STS override).
    void start(const api::Endpoint &endpoint, const credentials::ResolvedCredentials &resolved,
               const api::NetworkSettings &network, credentials::ProviderSettings settings = {});
    void cancel();

Q_SIGNALS:
    // `message` is translated and ready to show; it never contains the secret or the token.
    void finished(bool ok, const QString &message, const QString &requestId);

private:
    void send();

    api::ApiClient *m_client;
    QPointer<credentials::RefreshingCredentials> m_provider;
    QPointer<api::ApiCall> m_call;
};

} // namespace gui
