#include "cli/globaloptions.h"

using namespace Qt::StringLiterals;

namespace cli {

std::optional<OutputFormat> GlobalOptions::parseOutput(const QString &text)
{
    if (text == u"json"_s)
        return OutputFormat::Json;
    if (text == u"table"_s)
        return OutputFormat::Table;
    return std::nullopt;
}

std::optional<int> GlobalOptions::parseTimeout(const QString &text)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 1 || seconds > 24 * 3600)
        return std::nullopt;
    return seconds;
}

} // namespace cli
