#pragma once

#include "api/operationkind.h"

#include <chrono>

class QSettings;

namespace gui {

// How long each kind of operation may run before it is aborted. The defaults mirror the Terraform
// resource alicloud_pai_workspace_model (create, update and delete: 5 minutes); reads and each
// page of a list get 1 minute. Stored in QSettings under "timeouts/".
struct TimeoutSettings
{
    std::chrono::milliseconds create{std::chrono::minutes(5)};
    std::chrono::milliseconds update{std::chrono::minutes(5)};
    std::chrono::milliseconds remove{std::chrono::minutes(5)};
    std::chrono::milliseconds read{std::chrono::minutes(1)};
    std::chrono::milliseconds listPage{std::chrono::minutes(1)};

    static TimeoutSettings load(const QSettings &settings);
    static TimeoutSettings load(); // the application's QSettings
    void save(QSettings &settings) const;
    void save() const;

    // The api layer has one deadline for all writes; the longest of the three keeps each write
    // within reach, and the editor passes each write's own deadline explicitly anyway.
    api::OperationTimeouts toApiTimeouts() const;

    friend bool operator==(const TimeoutSettings &, const TimeoutSettings &) = default;
};

} // namespace gui
