#pragma once

#include "api/signer.h"
#include "sandbox/apireply.h"
#include "sandbox/temporarykeys.h"

#include <QHash>

namespace sandbox {

// The ECS instance metadata routes an EcsRamRole provider reads: PUT /latest/api/token (IMDSv2,
// TTL 1 to 21600 s), GET /latest/meta-data/ram/security-credentials/ (the role name) and
// .../<role> (a triple). A token, when sent, must be one it issued and unexpired; with
// setTokenRequired() a request without one is refused (the instance's "IMDSv2 only" mode).
class EcsMetadataService
{
public:
    static constexpr char PathPrefix[] = "/latest/";
    static constexpr int MaxTokenTtlSeconds = 21600;

    explicit EcsMetadataService(TemporaryKeys &keys);

    void setRoleName(const QString &roleName) { m_roleName = roleName; }
    QString roleName() const { return m_roleName; }
    void setIssuedDurationSeconds(int seconds) { m_issuedSeconds = seconds; }
    void setTokenRequired(bool required) { m_tokenRequired = required; }

    static QString operationOf(const QByteArray &method, const QByteArray &rawPath);
    ApiReply handle(const QByteArray &method, const QByteArray &rawPath,
                    const api::HeaderList &headers, const QDateTime &now);

private:
    TemporaryKeys &m_keys;
    QString m_roleName = QStringLiteral("PaiDeskSandboxEcsRole");
    int m_issuedSeconds = 0;
    bool m_tokenRequired = false;
    QHash<QByteArray, QDateTime> m_tokens;
};

} // namespace sandbox
