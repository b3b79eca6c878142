#include "signedrequests.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace testsupport {

void RawRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
            headerValue = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray RawRequest::header(const QByteArray &name) const
{
    for (const auto &[headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return headerValue;
    }
    return {};
}

SignedRequests::SignedRequests(QUrl baseUrl, api::Credentials credentials)
    : m_baseUrl(std::move(baseUrl))
    , m_credentials(std::move(credentials))
{}

RawRequest SignedRequests::prepare(const QByteArray &method, const QByteArray &encodedPath,
                                   const api::QueryItems &query, const QByteArray &body,
                                   const QDateTime &date, const QByteArray &nonce) const
{
    api::SignInput input;
    input.method = method;
    input.encodedPath = encodedPath;
    input.query = query;
    input.body = body;
    const QByteArray host = u"%1:%2"_s.arg(m_baseUrl.host()).arg(m_baseUrl.port()).toLatin1();
    input.headers = {{"host"_ba, host},
                     {"x-acs-version"_ba, "2021-02-04"_ba},
                     {"accept"_ba, "application/json"_ba}};
    if (!body.isEmpty())
        input.headers.append({"content-type"_ba, "application/json; charset=utf-8"_ba});
    const api::Signature signature = api::Acs3::sign(input, m_credentials, date, nonce);

    RawRequest request;
    request.method = method;
    request.path = encodedPath;
    request.query = api::Acs3::canonicalQueryString(query);
    request.headers = signature.headersToSend;
    request.body = body;
    return request;
}

RawResponse SignedRequests::send(const RawRequest &request, int timeoutMs)
{
    QByteArray url = m_baseUrl.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery) + request.path;
    if (!request.query.isEmpty())
        url += '?' + request.query;
    QNetworkRequest networkRequest(QUrl::fromEncoded(url, QUrl::StrictMode));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QNetworkReply *reply =
        request.body.isEmpty() && request.method == "GET"
            ? m_network.get(networkRequest)
            : m_network.sendCustomRequest(networkRequest, request.method, request.body);
    RawResponse response;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        response.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return response;
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject())
        response.json = document.object();
    reply->deleteLater();
    return response;
}

RawResponse SignedRequests::call(const QByteArray &method, const QByteArray &encodedPath,
                                 const api::QueryItems &query, const QByteArray &body)
{
    return send(prepare(method, encodedPath, query, body));
}

} // namespace testsupport
