#pragma once

#include <QString>

#include <optional>

namespace cli {

enum class OutputFormat { Table, Json };

// The options before COMMAND: where to send, how long to wait and how to print.
struct GlobalOptions
{
    QString endpoint; // a custom URL; wins over region
    QString region;   // empty: the environment's region, else cn-hangzhou
    std::optional<int> timeoutSeconds;
    OutputFormat output = OutputFormat::Table;

    static std::optional<OutputFormat> parseOutput(const QString &text);
    static std::optional<int> parseTimeout(const QString &text);
};

} // namespace cli
