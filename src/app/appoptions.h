#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace app {

// The command line of the desktop app.
struct AppOptions
{
    bool sandbox = false;
    QString sandboxDataFile; // --sandbox-data FILE: the sandbox keeps its models there
    QUrl endpoint;           // --endpoint URL: any AIWorkspace-compatible server
    QString profileName;     // --profile NAME
    QString error;           // translated, naming the option; set when the line is unusable

    // --help and --version print and exit inside, as QCommandLineParser does.
    static AppOptions parse(const QStringList &arguments);
};

} // namespace app
