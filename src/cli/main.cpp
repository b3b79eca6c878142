#include "cli/cliapplication.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paidesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PaiDesk"));
    // Before any help text is built: LANG and LC_ALL pick the language, as for other commands.
    translations::install(app, QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments(), out, err);
}
