#pragma once

#include "pai/label.h"
#include "pai/model.h"
#include "pai/modelversion.h"
#include "pai/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// ListModels parameters after validation (the AIWorkspace 2021-02-04 API reference). Empty strings
// mean "no filter". Text filters compare case-insensitively, the way a person types them.
struct ModelQuery
{
    static constexpr qint64 DefaultPageSize = 10;
    static constexpr qint64 MaxPageSize = 100;

    qint64 pageNumber = 1; // from 1
    qint64 pageSize = DefaultPageSize;
    QString workspaceId;      // exact
    QString modelName;        // substring of ModelName
    QString query;            // substring of name, domain, task, label key or label value
    QString label;            // substring of a label key or value
    QString domain;           // exact
    QString task;             // exact
    QString origin;           // exact
    QString modelType;        // exact
    QString provider;         // exact; empty lists the caller's own models (no provider)
    pai::LabelList tags;      // every tag must be on the model (an empty value matches any value)
    bool newestFirst = false; // Order=DESC
};

struct ModelQueryResult
{
    QList<pai::Model> models; // the requested page
    qint64 totalCount = 0;    // matches on all pages
};

// ListModelVersions parameters after validation (the model versions reference). Empty strings
// mean "no filter".
struct VersionQuery
{
    static constexpr qint64 DefaultPageSize = 10;
    // No maximum is documented; the sandbox takes what ListModels takes.
    static constexpr qint64 MaxPageSize = 100;

    qint64 pageNumber = 1;
    qint64 pageSize = DefaultPageSize;
    // Exact or substring match is not documented: the sandbox matches a substring (ignoring
    // case), a superset of either, so a client cannot come to rely on an exact match.
    QString versionName;
    QString label;          // substring of a label key or value
    QString formatType;     // exact, ignoring case
    QString frameworkType;  // exact, ignoring case
    QString sourceType;     // exact, ignoring case
    QString sourceId;       // exact
    QString approvalStatus; // exact, ignoring case
    bool newestFirst = false;
};

struct VersionQueryResult
{
    QList<pai::ModelVersion> versions; // the requested page
    qint64 totalCount = 0;
};

// ListWorkspaces parameters (the AIWorkspace 2021-02-04 API reference).
struct WorkspaceQuery
{
    static constexpr qint64 DefaultPageSize = 20;
    static constexpr qint64 MaxPageSize = 100;

    qint64 pageNumber = 1;
    qint64 pageSize = DefaultPageSize;
    QString workspaceName;    // substring
    QString status;           // exact
    QStringList workspaceIds; // any of these
    bool newestFirst = false;
};

struct WorkspaceQueryResult
{
    QList<pai::Workspace> workspaces;
    qint64 totalCount = 0;
};

} // namespace sandbox
