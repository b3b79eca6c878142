#include "gui/settings/languagesettings.h"

#include "translations/translations.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const QString LanguageKey = u"ui/language"_s;

} // namespace

QString LanguageSettings::load()
{
    const QString stored = QSettings().value(LanguageKey).toString();
    return choices().contains(stored) ? stored : QString();
}

void LanguageSettings::save(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

QLocale LanguageSettings::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList LanguageSettings::choices()
{
    return QStringList{QString()} + translations::available();
}

QString LanguageSettings::nativeName(const QString &language)
{
    if (language.isEmpty())
        return {};
    if (language == u"zh_CN"_s)
        return u"简体中文"_s;
    // QLocale would say "American English"; the app's English is not tied to a country.
    if (language == u"en"_s)
        return u"English"_s;
    return QLocale(language).nativeLanguageName();
}

QString LanguageSettings::apply(const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    return translations::install(*QCoreApplication::instance(), locale);
}

} // namespace gui
