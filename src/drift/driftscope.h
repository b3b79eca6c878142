#pragma once

#include <QString>

namespace drift {

// Where unmanaged models are looked for.
struct DriftScope
{
    enum class Kind {
        StateWorkspaces, // the workspaces the state's models are in (the default)
        Workspace,       // one workspace, by ID
        All,             // every model the credentials can list
    };

    Kind kind = Kind::StateWorkspaces;
    QString workspaceId; // Kind::Workspace only

    static DriftScope stateWorkspaces() { return {}; }
    static DriftScope workspace(const QString &id) { return {Kind::Workspace, id}; }
    static DriftScope all() { return {Kind::All, {}}; }
};

} // namespace drift
