#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace gui {

// Which language the interface speaks. Stored in QSettings under "ui/language" as a locale name
// ("en", "zh_CN"); empty means the system language. apply() is the one way to switch: the app
// calls it at start-up and the Settings dialog after a change, so tests take the same path.
class LanguageSettings
{
public:
    static QString load();
    static void save(const QString &language);

    // The locale a stored choice stands for (QLocale::system() for the empty choice).
    static QLocale localeFor(const QString &language);

    // The choices the Settings dialog offers, "" (system) first.
    static QStringList choices();
    // A language's name in that language ("English", "简体中文"), as people look for it.
    static QString nativeName(const QString &language);

    // Installs the translations for `language` and makes its locale the default for number
    // formatting; every widget then receives QEvent::LanguageChange. Returns what was loaded.
    static QString apply(const QString &language);
};

} // namespace gui
