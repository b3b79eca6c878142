#include "cli/commandcontext.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/calls/pagedlistcall.h"
#include "cli/credentialsource.h"
#include "cli/endpointchoice.h"
#include "cli/networkchoice.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <climits>

using namespace Qt::StringLiterals;

namespace cli {

CommandContext::CommandContext(GlobalOptions options, CredentialSource &credentials,
                               QTextStream &out, QTextStream &err)
    : m_options(std::move(options))
    , m_commandDeadline(
          m_options.timeoutSeconds
              ? QDeadlineTimer(std::chrono::seconds(*m_options.timeoutSeconds), Qt::PreciseTimer)
              : QDeadlineTimer(QDeadlineTimer::Forever))
    , m_credentials(credentials)
    , m_out(out)
    , m_err(err)
{}

CommandContext::~CommandContext() = default;

api::ApiClient *CommandContext::client()
{
    if (m_client)
        return m_client.get();

    const CredentialResult credentials = m_credentials.resolve();
    if (!credentials.error.isEmpty()) {
        m_clientFailure = credentials.failure;
        m_err << u"paidesk-cli: "_s << credentials.error << Qt::endl;
        return nullptr;
    }
    m_regionHint = credentials.regionId;

    const EndpointChoice choice = EndpointChoice::choose(m_options, credentials);
    if (!choice.error.isEmpty()) {
        m_clientFailure = UsageError;
        usageError(choice.error);
        return nullptr;
    }
    const api::Endpoint &endpoint = choice.endpoint;
    const NetworkChoice network =
        NetworkChoice::choose(m_options, credentials, QProcessEnvironment::systemEnvironment());
    if (!network.error.isEmpty()) {
        m_clientFailure = UsageError;
        usageError(network.error);
        return nullptr;
    }

    m_client = std::make_unique<api::ApiClient>(endpoint, credentials.credentials);
    m_client->setNetworkSettings(network.settings);
    if (credentials.temporary) {
        // One provider for the whole command: every call signs with its current triple.
        credentials::ProviderSettings settings = credentials::ProviderSettings::fromEnvironment(
            QProcessEnvironment::systemEnvironment());
        settings.borrowFrom(*m_client);
        settings.processOutput = [this](const QString &profile, const QString &text) {
            m_err << u"paidesk-cli: "_s << u"[%1] "_s.arg(profile) << text << Qt::endl;
        };
        settings.stsEndpointOverride = m_options.stsEndpoint;
        QString error;
        api::CredentialSource *source = credentials.temporary(settings, m_client.get(), &error);
        if (!source) {
            m_client.reset();
            m_clientFailure = UsageError;
            usageError(error);
            return nullptr;
        }
        m_client->setCredentialSource(source);
    }
    if (m_options.timeoutSeconds) {
        m_client->setTimeouts(
            api::OperationTimeouts::uniform(std::chrono::seconds(*m_options.timeoutSeconds)));
    }
    m_client->setOuterDeadline(m_commandDeadline);
    return m_client.get();
}

int CommandContext::wait(api::ApiCall *call)
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &api::ApiCall::finished, &loop, &QEventLoop::quit);
        // The client already bounds every call by the command deadline; this also covers a call
        // made elsewhere with a deadline of its own.
        QTimer deadline;
        deadline.setSingleShot(true);
        deadline.setTimerType(Qt::PreciseTimer);
        if (!m_commandDeadline.isForever()) {
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            deadline.start(int(std::clamp<qint64>(m_commandDeadline.remainingTime(), 0, INT_MAX)));
        }
        loop.exec();
    }
    if (!call->isFinished()) {
        call->cancel();
        return reportApiError(api::ApiError::timeout(tr("The command ran out of time.")));
    }
    if (const auto *listing = qobject_cast<const api::PagedListCall *>(call)) {
        for (const QString &warning : listing->warnings())
            warn(warning);
    }
    if (call->error())
        return reportApiError(*call->error());
    return Success;
}

int CommandContext::reportApiError(const api::ApiError &error)
{
    m_err << error.userText() << Qt::endl;
    const bool outOfTime = m_options.timeoutSeconds && m_commandDeadline.hasExpired();
    if (outOfTime) {
        m_err << u"paidesk-cli: "_s
              << tr("the --timeout of %n second(s) passed before the command was done.", nullptr,
                    *m_options.timeoutSeconds)
              << u' ' << doneBeforeDeadline() << Qt::endl;
    }
    return error.kind == api::ApiError::Kind::Timeout || outOfTime ? Timeout : ApiFailure;
}

void CommandContext::warn(const QString &message)
{
    m_err << u"paidesk-cli: "_s << tr("warning: %1").arg(message) << Qt::endl;
}

QString CommandContext::doneBeforeDeadline() const
{
    // Every request that succeeded is in the activity log, whichever command sent it, so a
    // multi-step write can tell which of its steps ran.
    QStringList done;
    if (m_client) {
        for (const api::ActivityEntry &entry : m_client->activityLog()->entries()) {
            if (entry.outcome != u"ok"_s)
                continue;
            done.append(entry.target.isEmpty() ? entry.operation
                                               : u"%1 (%2)"_s.arg(entry.operation, entry.target));
        }
    }
    if (done.isEmpty())
        return tr("No request had been completed.");
    constexpr qsizetype Shown = 10;
    QString list = done.mid(0, Shown).join(u", "_s);
    if (done.size() > Shown)
        list = tr("%1 and %n more", nullptr, int(done.size() - Shown)).arg(list);
    return tr("Completed before it: %1.").arg(list);
}

int CommandContext::usageError(const QString &message)
{
    m_err << u"paidesk-cli: "_s << message << Qt::endl;
    return UsageError;
}

} // namespace cli
