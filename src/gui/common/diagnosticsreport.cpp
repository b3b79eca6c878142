#include "gui/common/diagnosticsreport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gui::DiagnosticsReport", text);
}

} // namespace

QString DiagnosticsReport::scrub(QString text)
{
    static const QList<QRegularExpression> secrets{
        // Authorization: ACS3-HMAC-SHA256 Credential=...,Signature=...
        QRegularExpression(u"(Authorization\\s*[:=]\\s*)[^\\r\\n]*"_s,
                           QRegularExpression::CaseInsensitiveOption),
        // AccessKey IDs (LTAI..., STS.…) and anything named as a token, secret or signature.
        QRegularExpression(u"()\\b(?:LTAI|STS\\.)[A-Za-z0-9._-]+"_s),
        QRegularExpression(u"((?:SecurityToken|Token|Secret|Signature|Credential)\\w*\\s*[:=]\\s*)"
                           u"[^\\s,;&\"]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &secret : secrets)
        text.replace(secret, u"\\1"_s + QString::fromLatin1(api::ActivityLog::RedactedMarker));
    return text;
}

QString DiagnosticsReport::build(const QUrl &endpoint, const QList<api::ActivityEntry> &activity)
{
    QStringList lines;
    lines << tr("PaiDesk %1").arg(QCoreApplication::applicationVersion())
          << tr("Qt: built with %1, running %2")
                 .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()))
          << tr("Platform: %1 (%2, %3)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                      QGuiApplication::platformName())
          << tr("Locale: %1, interface: %2")
                 .arg(QLocale::system().name(), QLocale().uiLanguages().value(0))
          << tr("Endpoint host: %1")
                 .arg(endpoint.host().isEmpty() ? tr("not connected") : endpoint.host());

    QList<api::ActivityEntry> errors;
    for (auto it = activity.crbegin(); it != activity.crend() && errors.size() < MaxErrors; ++it) {
        if (it->outcome != "ok"_L1)
            errors.prepend(*it);
    }
    if (errors.isEmpty()) {
        lines << tr("Recent errors: none");
    } else {
        lines << tr("Recent errors (newest last):");
        for (const api::ActivityEntry &entry : errors) {
            // Headers and the request line are left out on purpose: they are what gets signed.
            lines << scrub(u"  %1 %2 %3 HTTP %4 %5 RequestId=%6: %7"_s.arg(
                entry.time.toUTC().toString(Qt::ISODate), entry.operation, entry.outcome,
                QString::number(entry.httpStatus), entry.code, entry.requestId, entry.message));
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace gui
