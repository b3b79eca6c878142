#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace translations {

// Installs PaiDesk's own translation and Qt's (qtbase, so standard dialogs match) for `locale`
// into the application, replacing whatever was installed before. Switching language at run time
// is one more call; widgets then receive QEvent::LanguageChange.
// Returns the language actually loaded ("zh_CN", or "en" when nothing better matched).
QString install(QCoreApplication &application, const QLocale &locale);

// The languages PaiDesk ships, as locale names ("en", "zh_CN").
QStringList available();

} // namespace translations
