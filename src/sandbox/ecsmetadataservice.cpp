#include "sandbox/ecsmetadataservice.h"

#include "api/rpcsigner.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr char CredentialsPath[] = "/latest/meta-data/ram/security-credentials/";
constexpr int DefaultIssuedSeconds = 21600;

std::optional<QByteArray> header(const api::HeaderList &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value.trimmed();
    }
    return std::nullopt;
}

ApiReply text(int status, const QByteArray &body)
{
    ApiReply reply;
    reply.status = status;
    reply.serializedBody = body.isEmpty() ? " "_ba : body;
    return reply;
}

} // namespace

EcsMetadataService::EcsMetadataService(TemporaryKeys &keys)
    : m_keys(keys)
{}

QString EcsMetadataService::operationOf(const QByteArray &method, const QByteArray &rawPath)
{
    if (rawPath == "/latest/api/token" && method == "PUT")
        return u"MetadataToken"_s;
    if (rawPath == CredentialsPath)
        return u"MetadataRoleName"_s;
    if (rawPath.startsWith(CredentialsPath))
        return u"MetadataCredentials"_s;
    return u"Metadata"_s;
}

ApiReply EcsMetadataService::handle(const QByteArray &method, const QByteArray &rawPath,
                                    const api::HeaderList &headers, const QDateTime &now)
{
    if (rawPath == "/latest/api/token") {
        if (method != "PUT")
            return text(405, "Method Not Allowed");
        bool ok = false;
        const int ttl =
            header(headers, "x-aliyun-ecs-metadata-token-ttl-seconds").value_or("").toInt(&ok);
        if (!ok || ttl < 1 || ttl > MaxTokenTtlSeconds)
            return text(400, "Bad Request: X-aliyun-ecs-metadata-token-ttl-seconds");
        QByteArray token;
        for (int i = 0; i < 4; ++i)
            token += QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        if (m_tokens.size() > 10000)
            m_tokens.removeIf([&now](const auto &entry) { return entry.value() <= now; });
        m_tokens.insert(token, now.addSecs(ttl));
        return text(200, token);
    }
    if (method != "GET")
        return text(405, "Method Not Allowed");
    const std::optional<QByteArray> token = header(headers, "x-aliyun-ecs-metadata-token");
    if (token) {
        const auto it = m_tokens.constFind(*token);
        if (it == m_tokens.cend() || *it <= now)
            return text(401, "Unauthorized");
    } else if (m_tokenRequired) {
        return text(401, "Unauthorized");
    }
    if (rawPath == CredentialsPath)
        return text(200, m_roleName.toUtf8());
    if (!rawPath.startsWith(CredentialsPath))
        return text(404, "Not Found");
    const QString role =
        QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath.mid(qstrlen(CredentialsPath))));
    if (role != m_roleName)
        return text(404, "Not Found");
    const IssuedKey key =
        m_keys.issue(u"acs:ram::300000000000000:role/"_s + role,
                     m_issuedSeconds > 0 ? m_issuedSeconds : DefaultIssuedSeconds, now);
    ApiReply reply =
        ApiReply::success({{u"Code"_s, u"Success"_s},
                           {u"AccessKeyId"_s, key.accessKeyId},
                           {u"AccessKeySecret"_s, key.accessKeySecret},
                           {u"SecurityToken"_s, key.securityToken},
                           {u"Expiration"_s, api::Rpc::formatTimestamp(key.expiration)},
                           {u"LastUpdated"_s, api::Rpc::formatTimestamp(now)}});
    reply.body.remove(u"RequestId"_s);
    return reply;
}

} // namespace sandbox
