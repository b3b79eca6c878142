#pragma once

#include "cli/labelflags.h"
#include "pai/modeldraft.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cli {

// The flags of `model create` and `model update`, mapped to the writable model fields and checked
// with the service's own field rules before anything is sent.
class ModelFlags
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelFlags)

public:
    struct Values
    {
        pai::ModelDraft draft;
        QList<pai::ModelField> given; // the fields a flag was passed for, in flag order
        bool workspaceGiven = false;
        bool tagsGiven = false;   // --tag: CreateModel takes Tag, UpdateModel does not
        LabelFlags::Edits labels; // --label, --add-label, --remove-label
        QString error;            // translated, names the flag and the field

        bool changesLabels() const { return labels.changesLabels(); }
        // What the model should look like: `current` with every given flag applied.
        pai::ModelDraft applyTo(const pai::ModelDraft &current) const;
    };

    static void addOptions(QCommandLineParser &parser);
    // --add-label and --remove-label, for update.
    static void addLabelEditOptions(QCommandLineParser &parser);
    // labelEdits: the parser also has the options of addLabelEditOptions().
    static Values read(const QCommandLineParser &parser, bool labelEdits = false);
};

} // namespace cli
