#include "cli/cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paidesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PaiDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments(), out, err);
}
