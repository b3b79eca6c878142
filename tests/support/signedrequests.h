#pragma once

#include "api/credentials.h"
#include "api/signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace testsupport {

// A request exactly as it goes on the wire. Tests change single bytes in it after signing.
struct RawRequest
{
    QByteArray method;
    QByteArray path;  // percent-encoded
    QByteArray query; // percent-encoded, without '?'
    api::HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

struct RawResponse
{
    int status = 0; // 0 when there was no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json; // empty unless the body is a JSON object

    QString code() const { return json.value(QLatin1StringView("Code")).toString(); }
    QString message() const { return json.value(QLatin1StringView("Message")).toString(); }
};

// Signs requests with api::Acs3::sign and sends them with QNetworkAccessManager, so tests see
// what a real client puts on the wire, independent of ApiClient.
class SignedRequests
{
public:
    SignedRequests(QUrl baseUrl, api::Credentials credentials);

    RawRequest prepare(const QByteArray &method, const QByteArray &encodedPath,
                       const api::QueryItems &query = {}, const QByteArray &body = {},
                       const QDateTime &date = QDateTime::currentDateTimeUtc(),
                       const QByteArray &nonce = api::Acs3::newNonce()) const;
    // Sends and waits for the answer (at most `timeoutMs`).
    RawResponse send(const RawRequest &request, int timeoutMs = 10000);
    // prepare() and send() in one go.
    RawResponse call(const QByteArray &method, const QByteArray &encodedPath,
                     const api::QueryItems &query = {}, const QByteArray &body = {});

private:
    QUrl m_baseUrl;
    api::Credentials m_credentials;
    QNetworkAccessManager m_network;
};

} // namespace testsupport
