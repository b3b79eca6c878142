#pragma once

#include <QString>

namespace changes {

// "45 s", "5 min", "1 min 30 s": how deadlines read in progress dialogs, outcomes and the CLI.
QString durationText(qint64 ms);

} // namespace changes
