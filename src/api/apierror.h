#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>

namespace api {

// Why a call failed, in the terms a person and a retry policy need: where it failed (kind), what
// the server said (HTTP status, Code, Message) and the RequestId support will ask for.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(api::ApiError)

public:
    enum class Kind {
        Network,           // no HTTP answer: refused, reset, DNS, proxy, TLS handshake
        Certificate,       // the server's certificate was not trusted; nothing was sent
        Timeout,           // the deadline (or an attempt's transfer timeout) passed
        Canceled,          // the caller canceled
        Http,              // an HTTP error status without a recognisable error body
        Api,               // an HTTP error status with a Code in the body
        MalformedResponse, // a success status whose body is not what the operation returns
        Credentials,       // no usable credentials (a refresh failed); nothing was sent
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;

    static ApiError network(const QString &message);
    static ApiError timeout(const QString &message);
    static ApiError canceled();
    static ApiError credentials(const QString &message);
    // Names the host and every distinct reason. Verification is never skipped, so the request
    // was not sent and the error is never retried.
    static ApiError fromSslErrors(const QString &host, const QList<QSslError> &errors);
    static ApiError malformed(const QString &message, int httpStatus, const QString &requestId);
    // the AIWorkspace API reference: Code/code, Message/message, RequestId/requestId/requestid. A
    // body that is not a JSON object, or has no Code, gives an Http error that keeps the status.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &body,
                                     const QByteArray &requestIdHeader = {});

    // One translated paragraph with the Code and RequestId, for dialogs and the CLI.
    QString userText() const;
    static QString kindName(Kind kind);

    bool isNotFound() const;
    bool isThrottling() const;         // Throttling, Throttling.User, Rejected.Throttling, ...
    bool isServiceUnavailable() const; // HTTP 503 or Code ServiceUnavailable
    bool isServerError() const { return httpStatus >= 500 && httpStatus <= 599; }
    // The request may not have reached the service: network trouble or an attempt timeout.
    bool isTransportFailure() const { return kind == Kind::Network || kind == Kind::Timeout; }
    // Whether a write that ended with this error is known not to have run: the service answered
    // with a client error (4xx, throttling included) or said it was unavailable (503). A timeout,
    // a dropped connection, a cancel, a 500 or an unreadable 2xx may all hide a write that ran.
    bool provesNotApplied() const;
};

} // namespace api

Q_DECLARE_METATYPE(api::ApiError)
