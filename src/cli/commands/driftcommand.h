#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace drift {
class DriftScan;
}

namespace cli {

// paidesk-cli drift --state FILE... [--workspace ID | --all] [--ignore FILE]
// [--export-unmanaged FILE.tf] [--output json|table]: compares Terraform states with the live
// models and versions and lists what is drifted, missing, tainted or unmanaged. Exit 0 when
// everything is in sync and nothing is unmanaged, 4 when something is not.
class DriftCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::DriftCommand)

public:
    QString name() const override { return QStringLiteral("drift"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    static int runScan(drift::DriftScan &scan, CommandContext &context);
    static void print(const drift::DriftScan &scan, bool json, CommandContext &context);
    static int exportUnmanaged(const drift::DriftScan &scan, const QString &path,
                               CommandContext &context);
};

} // namespace cli
