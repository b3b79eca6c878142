#pragma once

#include "api/modellistquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace cli {

// The filters of `models` (--workspace and the ModelListQuery flags), in one place for every
// command that picks models by them: `models` lists what they match, `bulk` edits it, `gallery`
// lists the public Model Gallery by them.
class ModelFilterFlags
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelFilterFlags)

public:
    // What the models are picked from. The gallery's Provider is fixed (pai::Gallery::provider())
    // and its models are in no workspace, so it has neither --provider nor --workspace.
    enum class Scope { Account, Gallery };

    static void addOptions(QCommandLineParser &parser, Scope scope = Scope::Account);
    // Empty, with *flagError naming the flag and its rule, when a value is refused.
    static std::optional<api::ModelListQuery>
    read(const QCommandLineParser &parser, QString *flagError, Scope scope = Scope::Account);
    // Whether any filter flag was given.
    static bool anySet(const QCommandLineParser &parser, Scope scope = Scope::Account);
};

} // namespace cli
