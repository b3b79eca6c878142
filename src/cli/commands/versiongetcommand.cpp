#include "cli/commands/versiongetcommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/output.h"

using namespace Qt::StringLiterals;

namespace cli {

QString VersionGetCommand::summary() const
{
    return tr("Show one model version with every field.");
}

int VersionGetCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(u"MODEL_ID"_s, tr("The model ID (model-...)."));
    parser.addPositionalArgument(u"VERSION"_s, tr("The version name, e.g. 1.0.0."));
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 2, u"MODEL_ID VERSION"_s, context))
        return *exit;
    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    const QStringList positional = parser.positionalArguments();
    auto *call = client->getModelVersion(positional.at(0), positional.at(1));
    const int result = context.wait(call);
    if (result == Success)
        Output::version(context.out(), context.options().output, *call->version());
    call->deleteLater();
    return result;
}

} // namespace cli
