#pragma once

#include "sandbox/apireply.h"
#include "sandbox/signatureverifier.h"
#include "sandbox/temporarykeys.h"

#include <QDateTime>
#include <QStringList>

namespace sandbox {

// STS (RPC, 2015-04-01) as the sandbox plays it: AssumeRole checked against the HMAC-SHA1 RPC
// signature of a known key (or of a triple it issued, for chained roles), AssumeRoleWithOIDC
// anonymous with a JWT whose exp has not passed. Issues triples for the trusted roles only.
class StsService
{
public:
    static constexpr int MinDurationSeconds = 900;
    static constexpr int MaxDurationSeconds = 43200;

    StsService(SignatureVerifier &verifier, TemporaryKeys &keys);

    void addTrustedRole(const QString &roleArn) { m_roles.append(roleArn); }
    // The lifetime of the triples issued; 0 gives what was asked. Below 900 is allowed here
    // (not by the service), so tests can cross an expiry in seconds.
    void setIssuedDurationSeconds(int seconds) { m_issuedSeconds = seconds; }
    int issuedDurationSeconds() const { return m_issuedSeconds; }

    // The Action of a request to "/", for the activity of the server; empty when none.
    static QString actionOf(const QByteArray &rawQuery, const QByteArray &body);
    ApiReply handle(const QByteArray &method, const QByteArray &rawQuery, const QByteArray &body,
                    const QDateTime &now);

private:
    ApiReply assumeRole(const api::QueryItems &parameters, const QByteArray &method,
                        const QDateTime &now);
    ApiReply assumeRoleWithOidc(const api::QueryItems &parameters, const QDateTime &now);
    std::optional<ApiReply> checkRole(const api::QueryItems &parameters, int *seconds) const;
    ApiReply issue(const QString &roleArn, const QString &sessionName, int seconds,
                   const QDateTime &now, QJsonObject extra = {});

    SignatureVerifier &m_verifier;
    TemporaryKeys &m_keys;
    QStringList m_roles;
    int m_issuedSeconds = 0;
};

} // namespace sandbox
