#pragma once

#include "api/operationkind.h"

#include <chrono>

class QSettings;

namespace gui {

// How long each kind of operation may run before it is aborted. The defaults mirror the Terraform
// resource alicloud_pai_workspace_model (create, update and delete: 5 minutes); reads and a single
// list request get 1 minute, a whole listing (every page) 10 minutes. Stored in QSettings under
// "timeouts/".
struct TimeoutSettings
{
    std::chrono::milliseconds create{std::chrono::minutes(5)};
    std::chrono::milliseconds update{std::chrono::minutes(5)};
    std::chrono::milliseconds remove{std::chrono::minutes(5)};
    std::chrono::milliseconds read{std::chrono::minutes(1)};
    // One list request: a page of a listing, or a lookup by name. Not in the dialog; a listing is
    // bounded as a whole by `list`.
    std::chrono::milliseconds listPage{std::chrono::minutes(1)};
    // A whole listing, every page: what the Settings dialog calls the list timeout.
    std::chrono::milliseconds list{std::chrono::minutes(10)};

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
