#pragma once

namespace cli {

// What scripts can rely on (the documented exit codes of paidesk-cli).
enum ExitCode : int {
    Success = 0,
    ApiFailure = 1, // the service or the network said no: Code, Message, RequestId on stderr
    UsageError = 2, // bad flag or value, named on stderr; nothing was sent
    Timeout = 3,
};

} // namespace cli
