#pragma once

#include "pai/label.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cli {

// The label flags models and model versions share: --label KEY=VALUE (the exact list), and on
// update --add-label KEY=VALUE and --remove-label KEY. Checked with the service's label rules.
class LabelFlags
{
    Q_DECLARE_TR_FUNCTIONS(cli::LabelFlags)

public:
    struct Edits
    {
        bool labelsGiven = false;
        pai::LabelList labels;       // --label: the exact list
        pai::LabelList addLabels;    // --add-label: set these keys, keeping the others
        QStringList removeLabelKeys; // --remove-label

        bool changesLabels() const
        {
            return labelsGiven || !addLabels.isEmpty() || !removeLabelKeys.isEmpty();
        }
        // `current` with --label, then --remove-label, then --add-label applied.
        pai::LabelList applyTo(const pai::LabelList &current) const;
    };

    // --label; `help` says what it does for this command.
    static QCommandLineOption labelOption(const QString &help);
    // --add-label and --remove-label, for update.
    static void addEditOptions(QCommandLineParser &parser);
    // Reads --label (and with `withEdits` --add-label and --remove-label) into `edits`. On a bad
    // value returns false and sets `error` to a message naming the flag and the rule.
    static bool read(const QCommandLineParser &parser, bool withEdits, Edits &edits,
                     QString &error);
    // --add-label and --remove-label alone, for a command whose --label means something else.
    static bool readEdits(const QCommandLineParser &parser, Edits &edits, QString &error);
    // "--flag: message"
    static QString flagError(const QString &flag, const QString &message);
};

} // namespace cli
