#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace translations {

namespace {

// The translators currently installed; owned by the application so they outlive every window.
QPointer<QTranslator> s_paidesk;
QPointer<QTranslator> s_qtbase;

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QString install(QCoreApplication &application, const QLocale &locale)
{
    auto *own = new QTranslator(&application);
    QString loaded = u"en"_s;
    if (own->load(locale, u"paidesk"_s, u"_"_s, u":/i18n"_s)) {
        loaded = own->language().isEmpty() ? loaded : own->language();
    } else {
        delete own;
        own = nullptr;
    }
    replace(s_paidesk, own);

    auto *qt = new QTranslator(&application);
    if (!qt->load(locale, u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(s_qtbase, qt);
    return loaded;
}

QStringList available()
{
    return {u"en"_s, u"zh_CN"_s};
}

} // namespace translations
