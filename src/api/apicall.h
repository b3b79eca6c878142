#pragma once

#include "api/apierror.h"
#include "api/credentials.h"
#include "api/credentialsource.h"
#include "api/endpoint.h"
#include "api/operationkind.h"
#include "api/retrypolicy.h"
#include "api/signer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace api {

class ActivityLog;

// One HTTP request of an operation, described once. The path is already encoded and the query
// is turned into its canonical encoded form once per attempt; those same bytes are signed and
// put on the wire.
struct RequestSpec
{
    QString operation; // "GetModel": the x-acs-action value
    QString target;    // what a person reads in the activity log: an ID, a page number
    OperationKind kind = OperationKind::Read;
    QByteArray method;
    QByteArray encodedPath;
    QueryItems query;
    std::optional<QByteArray> jsonBody; // set for POST/PUT: sent with a JSON content type
};

// No reply is read beyond this many bytes: a larger one fails as a MalformedResponse as soon as its
// Content-Length or its data passes the cap, so a hostile server cannot make the client buffer
// without limit. A page of 50 models with long documentation is far below it.
inline constexpr qint64 MaxReplyBytes = 16 * 1024 * 1024;

// What the client lends each call: where to send, how to sign, how to retry, where to log.
struct CallContext
{
    QPointer<QNetworkAccessManager> network;
    Endpoint endpoint;
    Credentials credentials;
    // When set, it wins over `credentials`: each attempt signs with its current triple and waits
    // for its refresh when that triple is about to expire.
    QPointer<CredentialSource> credentialSource;
    RetryPolicy retryPolicy;
    QPointer<ActivityLog> activityLog;
    std::chrono::milliseconds attemptTimeout{std::chrono::seconds(30)};
    qint64 maxReplyBytes = MaxReplyBytes;
    // The system CAs plus the NetworkSettings' extra ones.
    QSslConfiguration sslConfiguration = QSslConfiguration::defaultConfiguration();
};

// A running operation. The client starts it on the next event-loop turn, so connect to its
// signals right after the call returns. It finishes exactly once: with a result, or with error().
// The object belongs to the ApiClient until the caller deletes it (deleteLater() after finished).
class ApiCall : public QObject
{
    Q_OBJECT

public:
    // A call that sends one request (with retries); results beyond the RequestId come from
    // subclasses. ApiClient creates and starts these.
    ApiCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline, QObject *parent);
    ~ApiCall() override;

    QString operationName() const { return m_operation; }
    QString target() const { return m_target; }
    OperationKind kind() const { return m_kind; }
    int attempt() const { return m_attempt; } // attempts started so far
    qint64 elapsedMs() const;
    QDeadlineTimer deadline() const { return m_deadline; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const std::optional<ApiError> &error() const { return m_error; }
    QString requestId() const { return m_requestId; }
    // The last path+query sent, exactly as signed ("/api/v1/models?PageNumber=2").
    QByteArray wirePathAndQuery() const { return m_wirePathAndQuery; }

public Q_SLOTS:
    // Aborts at once; finished() is emitted with a Canceled error. No effect once finished.
    void cancel();

Q_SIGNALS:
    void attemptStarted(int attempt);
    void progress(qint64 received, qint64 total);
    void retrying(int attempt, int waitMs, const api::ApiError &reason);
    // A successful HTTP reply is in and about to be read: the request no longer occupies the
    // network, so a listing can send its next page while this one is parsed.
    void answered();
    void finished();

protected:
    // A call made of other calls (a list of every page); it overrides startWork/abortWork.
    ApiCall(const QString &operation, const QString &target, OperationKind kind,
            QDeadlineTimer deadline, QObject *parent);

    // Reads the operation's result out of a 2xx JSON body. Returns an error text (which becomes a
    // MalformedResponse) or an empty string; it must not keep partial results on failure.
    virtual QString parseResult(const QJsonObject &body);
    virtual void startWork();
    virtual void abortWork();
    // What had been done when the deadline passed, for the Timeout message; empty for one request.
    virtual QString doneSoFar() const { return {}; }

    void finishWith(std::optional<ApiError> error);
    void setRequestId(const QString &requestId) { m_requestId = requestId; }
    // For calls made of other calls: starts a part now instead of on the next event-loop turn,
    // once its signals are connected. A queued start waits behind every reply already in the
    // queue, which holds back each next page by the time it takes to read all of them.
    static void startPart(ApiCall *part) { part->start(); }

private:
    friend class ApiClient;
    void start();

    void sendAttempt();
    // Waits for the credential source's refresh, then sends the attempt (or fails the call).
    void awaitCredentials();
    void stopAwaitingCredentials();
    void onReplyFinished();
    void onReplyHeaders();
    void onReplyData();
    void failOversized(qint64 size);
    void onAttemptTimeout();
    void onDeadline();
    void failAttempt(const ApiError &error, int httpStatus);
    void logAttempt(int httpStatus, const QString &code, const QString &outcome,
                    const QString &message);
    void dropReply();

    CallContext m_context;
    RequestSpec m_spec;
    bool m_single = false;

    QString m_operation;
    QString m_target;
    OperationKind m_kind = OperationKind::Read;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptClock;
    qint64 m_replyInMs = -1; // when the attempt's reply was in, once it is
    QDateTime m_attemptStartedAt;
    HeaderList m_attemptHeaders;
    QTimer m_deadlineTimer;
    QTimer m_attemptTimer;
    QTimer m_backoffTimer;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;            // read as it arrives, so the cap is checked before it is buffered
    QList<QSslError> m_sslErrors; // of the current attempt
    std::optional<ApiError> m_lastAttemptError;
    std::optional<ApiError> m_error;
    QString m_requestId;
    QByteArray m_wirePathAndQuery;
    Credentials m_signedWith; // the triple of the current attempt
    QMetaObject::Connection m_refreshedConnection;
    QMetaObject::Connection m_refreshFailedConnection;
    int m_attempt = 0;
    bool m_resentAfterExpiry = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace api
