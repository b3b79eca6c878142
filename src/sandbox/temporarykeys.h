#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sandbox {

// An STS triple the sandbox issued (AssumeRole, AssumeRoleWithOIDC or ECS metadata).
struct IssuedKey
{
    QString accessKeyId; // "STS.<random>"
    QString accessKeySecret;
    QString securityToken;
    QDateTime expiration; // UTC, whole seconds, as the reply says it
    QString roleArn;
};

// Every triple issued, so the API routes (and a chained AssumeRole) accept it until it expires.
class TemporaryKeys
{
public:
    static constexpr char IdPrefix[] = "STS.";

    IssuedKey issue(const QString &roleArn, int seconds, const QDateTime &now);
    const IssuedKey *find(const QString &accessKeyId) const;
    qsizetype size() const { return m_keys.size(); }

private:
    void forgetLongExpired(const QDateTime &now);

    QHash<QString, IssuedKey> m_keys;
};

} // namespace sandbox
