#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace app {

AppOptions AppOptions::parse(const QStringList &arguments)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("app::AppOptions", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Browse, edit and export Alibaba Cloud PAI models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s,
        tr("Start the built-in sandbox with demo data and use it; no cloud account is needed."));
    const QCommandLineOption endpoint(
        u"endpoint"_s, tr("Send requests to URL instead of the profile's endpoint."), u"URL"_s);
    const QCommandLineOption profile(u"profile"_s, tr("Use the profile NAME."), u"NAME"_s);
    parser.addOptions({sandbox, endpoint, profile});
    parser.process(arguments);

    AppOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.profileName = parser.value(profile);
    if (parser.isSet(endpoint)) {
        options.endpoint = QUrl::fromUserInput(parser.value(endpoint));
        if (!options.endpoint.isValid() || options.endpoint.host().isEmpty())
            options.error =
                tr("--endpoint: \"%1\" is not a URL with a host.").arg(parser.value(endpoint));
    }
    if (options.sandbox && (parser.isSet(endpoint) || parser.isSet(profile)))
        options.error = tr("--sandbox cannot be combined with --endpoint or --profile.");
    if (!parser.positionalArguments().isEmpty())
        options.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
    return options;
}

} // namespace app
