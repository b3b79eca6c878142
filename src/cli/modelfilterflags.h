#pragma once

#include "api/modellistquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace cli {

// The filters of `models` (--workspace and the ModelListQuery flags), in one place for every
// command that picks models by them: `models` lists what they match, `bulk` edits it.
class ModelFilterFlags
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelFilterFlags)

public:
    static void addOptions(QCommandLineParser &parser);
    // Empty, with *flagError naming the flag and its rule, when a value is refused.
    static std::optional<api::ModelListQuery> read(const QCommandLineParser &parser,
                                                   QString *flagError);
    // Whether any filter flag was given.
    static bool anySet(const QCommandLineParser &parser);
};

} // namespace cli
