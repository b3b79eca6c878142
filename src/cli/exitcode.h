#pragma once

namespace cli {

// What scripts can rely on (the documented exit codes of paidesk-cli).
enum ExitCode : int {
    Success = 0,
    // The service, the network or the system keychain said no: Code, Message and RequestId, or
    // the keychain's cause and fix, on stderr.
    ApiFailure = 1,
    UsageError = 2, // bad flag or value, or an unknown --profile, named on stderr; nothing was sent
    Timeout = 3,
    // drift: a Terraform state and the live models disagree (drifted, missing or tainted
    // instances, or unmanaged models).
    DriftFound = 4,
};

} // namespace cli
