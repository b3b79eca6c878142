#pragma once

#include <QString>
#include <QUrl>

namespace gui {

// What the status bar says about where requests go. Holds no secret.
struct ConnectionInfo
{
    QString profileName;
    QString regionId;
    QUrl endpoint;
    bool sandbox = false;
    // Sandbox only: where its models are kept; empty: in memory only. Initialised here so the
    // four-field brace form used everywhere else stays complete.
    QString sandboxDataFile = {};
};

} // namespace gui
