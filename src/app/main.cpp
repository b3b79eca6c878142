#include "app/application.h"
#include "app/appoptions.h"
#include "gui/settings/languagesettings.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"PaiDesk"_s);
    QCoreApplication::setApplicationName(u"PaiDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAIDESK_VERSION));
}

// --help and --version print and exit; they should work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--version" ||
            argument == "-v" || argument == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        app::AppOptions::parse(QCoreApplication::arguments());
        return 0;
    }
    QApplication application(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(u"io.github.paidesk.PaiDesk"_s);
    // The system language unless Settings chose another.
    gui::LanguageSettings::apply(gui::LanguageSettings::load());

    // A bad option does not end the app either: the window says what was wrong.
    const app::AppOptions options = app::AppOptions::parse(QApplication::arguments());
    app::Application paidesk;
    paidesk.start(options);
    return QApplication::exec();
}
