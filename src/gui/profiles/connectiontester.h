#pragma once

#include "api/credentials.h"
#include "api/endpoint.h"
#include "api/networksettings.h"

#include <QObject>
#include <QPointer>

namespace api {
class ApiCall;
class ApiClient;
} // namespace api

namespace gui {

// "Test connection": one ListWorkspaces request with PageSize=1, the cheapest call that proves
// the endpoint answers and the key is accepted. Reports the RequestId either way.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    bool isRunning() const { return !m_call.isNull(); }
    void start(const api::Endpoint &endpoint, const api::Credentials &credentials,
               const api::NetworkSettings &network = {});
    void cancel();

Q_SIGNALS:
    // `message` is translated and ready to show; it never contains the secret or the token.
    void finished(bool ok, const QString &message, const QString &requestId);

private:
    api::ApiClient *m_client;
    QPointer<api::ApiCall> m_call;
};

} // namespace gui
