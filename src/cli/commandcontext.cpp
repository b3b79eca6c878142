#include "cli/commandcontext.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "cli/credentialsource.h"
#include "cli/endpointchoice.h"
#include "cli/networkchoice.h"

#include <QEventLoop>

#include <chrono>

using namespace Qt::StringLiterals;

namespace cli {

CommandContext::CommandContext(GlobalOptions options, CredentialSource &credentials,
                               QTextStream &out, QTextStream &err)
    : m_options(std::move(options))
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
    if (m_options.timeoutSeconds) {
        m_client->setTimeouts(
            api::OperationTimeouts::uniform(std::chrono::seconds(*m_options.timeoutSeconds)));
    }
    return m_client.get();
}

int CommandContext::wait(api::ApiCall *call)
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &api::ApiCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (call->error())
        return reportApiError(*call->error());
    return Success;
}

int CommandContext::reportApiError(const api::ApiError &error)
{
    m_err << error.userText() << Qt::endl;
    return error.kind == api::ApiError::Kind::Timeout ? Timeout : ApiFailure;
}

int CommandContext::usageError(const QString &message)
{
    m_err << u"paidesk-cli: "_s << message << Qt::endl;
    return UsageError;
}

} // namespace cli
