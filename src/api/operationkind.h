#pragma once

#include <chrono>

namespace api {

// What an operation does to the service; it decides the default timeout and what may be retried.
enum class OperationKind {
    Read,   // GetModel, GetWorkspace
    List,   // one page of ListModels or ListWorkspaces
    Create, // CreateModel, CreateModelLabels
    Update, // UpdateModel
    Delete, // DeleteModel, DeleteModelLabels
};

// Default deadlines per kind. The GUI settings and the CLI's --timeout replace them.
struct OperationTimeouts
{
    // Writes default to 5 minutes each, like the Terraform resource alicloud_pai_workspace_model.
    std::chrono::milliseconds create{std::chrono::minutes(5)};
    std::chrono::milliseconds update{std::chrono::minutes(5)};
    std::chrono::milliseconds remove{std::chrono::minutes(5)}; // DeleteModel, DeleteModelLabels
    std::chrono::milliseconds read{std::chrono::minutes(1)};
    std::chrono::milliseconds listPage{std::chrono::minutes(1)}; // per page of a list
    // A whole list-all call, every page: the listing never outlives it, whatever the server says.
    std::chrono::milliseconds listAll{std::chrono::minutes(10)};
    // No single attempt waits longer than this for the transfer; the deadline still bounds it.
    std::chrono::milliseconds attempt{std::chrono::seconds(30)};

    std::chrono::milliseconds forKind(OperationKind kind) const
    {
        switch (kind) {
        case OperationKind::Read:
            return read;
        case OperationKind::List:
            return listPage;
        case OperationKind::Create:
            return create;
        case OperationKind::Update:
            return update;
        case OperationKind::Delete:
            return remove;
        }
        return read;
    }

    // Every kind gets the same value: what --timeout SECONDS means.
    static OperationTimeouts uniform(std::chrono::milliseconds timeout)
    {
        OperationTimeouts timeouts;
        timeouts.create = timeouts.update = timeouts.remove = timeouts.read = timeouts.listPage =
            timeouts.listAll = timeouts.attempt = timeout;
        return timeouts;
    }
};

} // namespace api
