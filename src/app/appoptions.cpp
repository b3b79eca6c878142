#include "app/appoptions.h"

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
    const QCommandLineOption sandboxData(
        u"sandbox-data"_s,
        tr("Start the sandbox with the models kept in FILE (demo data when it does not exist "
           "yet) and save every change there."),
        u"FILE"_s);
    parser.addOptions({sandbox, sandboxData, endpoint, profile});
    parser.process(arguments);

    AppOptions options;
    // --sandbox-data alone is enough: it only makes sense for the sandbox.
    options.sandbox = parser.isSet(sandbox) || parser.isSet(sandboxData);
    options.sandboxDataFile = parser.value(sandboxData);
    if (parser.isSet(sandboxData) && options.sandboxDataFile.trimmed().isEmpty())
        options.error = tr("--sandbox-data: give the path of a file.");
    options.profileName = parser.value(profile);
    if (parser.isSet(endpoint)) {
        options.endpoint = QUrl::fromUserInput(parser.value(endpoint));
        if (!options.endpoint.isValid() || options.endpoint.host().isEmpty())
            options.error =
                tr("--endpoint: \"%1\" is not a URL with a host.").arg(parser.value(endpoint));
    }
    if (options.sandbox && (parser.isSet(endpoint) || parser.isSet(profile)))
        options.error =
            tr("--sandbox and --sandbox-data cannot be combined with --endpoint or --profile.");
    if (!parser.positionalArguments().isEmpty())
        options.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
    return options;
}

} // namespace app
