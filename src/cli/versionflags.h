#pragma once

#include "cli/labelflags.h"
#include "pai/versiondraft.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cli {

// The flags of `version create` and `version update`, mapped to the writable fields of a model
// version and checked with the service's own field rules before anything is sent.
class VersionFlags
{
    Q_DECLARE_TR_FUNCTIONS(cli::VersionFlags)

public:
    struct Values
    {
        pai::ModelVersionDraft draft;
        QList<pai::VersionField> given; // the fields a flag was passed for, in flag order
        LabelFlags::Edits labels;       // --label, --add-label, --remove-label
        QString error;                  // translated, names the flag and the rule

        bool changesLabels() const { return labels.changesLabels(); }
        // What the version should look like: `current` with every given flag applied.
        pai::ModelVersionDraft applyTo(const pai::ModelVersionDraft &current) const;
    };

    static void addOptions(QCommandLineParser &parser);
    // --add-label and --remove-label, for update.
    static void addLabelEditOptions(QCommandLineParser &parser);
    // labelEdits: the parser also has the options of addLabelEditOptions().
    static Values read(const QCommandLineParser &parser, bool labelEdits = false);
    // The flag that sets `field` ("uri" for Uri), for messages.
    static QString flagName(pai::VersionField field);
};

} // namespace cli
