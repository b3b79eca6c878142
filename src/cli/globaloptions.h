#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace cli {

enum class OutputFormat { Table, Json };

// The options before COMMAND: where to send, whom to trust, how long to wait and how to print.
struct GlobalOptions
{
    QString endpoint; // a custom URL; wins over region
    QString region;   // empty: the environment's region, else cn-hangzhou
    std::optional<int> timeoutSeconds;
    QString stsEndpoint; // --sts-endpoint: the STS origin of temporary-credential profiles
    QString caFile;      // --ca-file: trusted on top of the system CAs
    QList<QSslCertificate> caCertificates; // read from caFile while parsing
    OutputFormat output = OutputFormat::Table;

    static std::optional<OutputFormat> parseOutput(const QString &text);
    static std::optional<int> parseTimeout(const QString &text);
};

} // namespace cli
