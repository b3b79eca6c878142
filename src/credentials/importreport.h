#pragma once

#include "credentials/profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credentials {

// One profile found in a source, with the secrets that go to the keychain (never to a file).
struct ImportCandidate
{
    Profile profile;
    QString accessKeySecret;
    QString securityToken;
};

// A profile the source holds but the import leaves out, with its mode ("CloudSSO",
// "ecs_ram_role", ...) and why: a mode PaiDesk does not run, a missing key, a value it refuses.
struct SkippedEntry
{
    QString name;
    QString mode;
    QString reason; // translated
};

// What one source holds. A malformed source has `error` set and no candidates at all: nothing is
// imported from a file that did not parse completely.
struct ImportReport
{
    QString source; // a file path, or "environment"
    QList<ImportCandidate> candidates;
    QList<SkippedEntry> skipped;
    QString error;         // translated, naming the file and the line or key
    bool notFound = false; // the file does not exist (or the variables are not set)

    bool ok() const { return error.isEmpty() && !notFound; }

    static ImportReport failed(const QString &source, const QString &error);

    // Reads the file at `path` and hands its bytes to `parse`; a missing or unreadable file
    // becomes a report that says so. The file is only ever opened for reading.
    using Parser = ImportReport (*)(const QByteArray &content, const QString &source);
    static ImportReport fromFile(const QString &path, Parser parse);
};

} // namespace credentials
