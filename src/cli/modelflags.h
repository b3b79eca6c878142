#pragma once

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
        bool labelsGiven = false;
        bool workspaceGiven = false;
        QString error; // translated, names the flag and the field
    };

    static void addOptions(QCommandLineParser &parser);
    static Values read(const QCommandLineParser &parser);
};

} // namespace cli
