#pragma once

#include "api/apierror.h"
#include "cli/exitcode.h"
#include "cli/globaloptions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTextStream>

#include <memory>

namespace api {
class ApiCall;
class ApiClient;
} // namespace api

namespace cli {

class CredentialSource;

// What every command gets: the global options, the output streams, and an ApiClient built from
// the endpoint and the credential source on first use. Calls are asynchronous; wait() runs the
// event loop until one finishes.
//
// --timeout bounds the whole command, not each call: the deadline starts when the context is made,
// and the client never lets a call outlive it, so a command bounds each step without knowing.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(cli::CommandContext)

public:
    CommandContext(GlobalOptions options, CredentialSource &credentials, QTextStream &out,
                   QTextStream &err);
    ~CommandContext();

    const GlobalOptions &options() const { return m_options; }
    // A command's own --output, given after the command name, wins over the global one.
    void setOutputFormat(OutputFormat format) { m_options.output = format; }
    // When the whole command must be done (--timeout); forever without the flag. Give it to calls
    // that take a deadline; the client applies it to every call anyway.
    QDeadlineTimer commandDeadline() const { return m_commandDeadline; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The client, or nullptr after printing why (bad endpoint, no credentials, unknown profile,
    // keychain trouble, unusable proxy or CA file): then return clientFailure().
    api::ApiClient *client();
    ExitCode clientFailure() const { return m_clientFailure; }

    // Runs the event loop until `call` has finished or the command deadline passed (the call is
    // then canceled). Prints a listing's warnings on stderr. Returns Success, or prints the error
    // and returns ApiFailure or Timeout. The call is deleted afterwards by its parent, the client.
    int wait(api::ApiCall *call);
    // After the command deadline, says so and what was done before it, and returns Timeout.
    int reportApiError(const api::ApiError &error);
    void warn(const QString &message);
    int usageError(const QString &message);
    // The region the credential source suggested (the profile's, or ALIBABA_CLOUD_REGION_ID),
    // once client() ran.
    QString regionHint() const { return m_regionHint; }

private:
    QString doneBeforeDeadline() const;

    GlobalOptions m_options;
    QDeadlineTimer m_commandDeadline;
    CredentialSource &m_credentials;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_regionHint;
    ExitCode m_clientFailure = UsageError;
};

} // namespace cli
