#pragma once

#include "cli/globaloptions.h"
#include "pai/model.h"
#include "pai/modelversion.h"
#include "pai/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace cli {

// How results reach stdout. JSON uses the API's field names (through the one wire mapping), so a
// script sees what the service returns; tables are for people.
class Output
{
    Q_DECLARE_TR_FUNCTIONS(cli::Output)

public:
    static void json(QTextStream &out, const QJsonObject &object);
    static void table(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);

    static void workspaces(QTextStream &out, OutputFormat format,
                           const QList<pai::Workspace> &workspaces);
    static void models(QTextStream &out, OutputFormat format, const QList<pai::Model> &models);
    static void model(QTextStream &out, OutputFormat format, const pai::Model &model);
    // A model's versions: {"TotalCount": n, "Versions": [...]} as ListModelVersions shapes them.
    static void versions(QTextStream &out, OutputFormat format,
                         const QList<pai::ModelVersion> &versions);
    // One version with every field: the GetModelVersion shape, or a Field/Value table.
    static void version(QTextStream &out, OutputFormat format, const pai::ModelVersion &version);
    // The answer of a write: {"ModelId": ..., "RequestId": ...}, or one line for people.
    static void written(QTextStream &out, OutputFormat format, const QString &modelId,
                        const QString &requestId, const QString &what);
};

} // namespace cli
