#include "pai/displaytext.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace pai::DisplayText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pai::DisplayText", text);
}

// Rewrites every run of 'y' shorter than four letters as "yyyy"; text in quotes is left alone.
QString withFullYear(const QString &format)
{
    QString out;
    out.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            out += c;
            ++i;
            continue;
        }
        if (quoted || c != u'y') {
            out += c;
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < format.size() && format.at(i + run) == u'y')
            ++run;
        out += run >= 4 ? format.mid(i, run) : u"yyyy"_s;
        i += run;
    }
    return out;
}

// Adds ":ss" after the minutes when the format has none ("h:mm AP" -> "h:mm:ss AP").
QString withSeconds(const QString &format)
{
    if (format.contains(u's'))
        return format;
    const qsizetype minutes = format.indexOf(u"mm"_s);
    if (minutes < 0)
        return format;
    QString out = format;
    out.insert(minutes + 2, u":ss"_s);
    return out;
}

struct CachedFormat
{
    QLocale locale{QLocale::c()};
    QString format;
    bool valid = false;
};

} // namespace

QString parameterSize(qint64 count, const QLocale &locale)
{
    // The unit letters are translatable: some languages write parameter counts their own way.
    const std::array<QString, 4> units{tr("K"), tr("M"), tr("B"), tr("T")};
    const bool negative = count < 0;
    // As a double: exact enough for one decimal of any unit, and no overflow on the minimum.
    double value = std::fabs(double(count));
    if (value < 1000)
        return locale.toString(count);
    int unit = -1;
    while (unit + 1 < int(units.size()) && value >= 1000) {
        value /= 1000;
        ++unit;
    }
    double rounded = std::round(value * 10) / 10;
    if (rounded >= 1000 && unit + 1 < int(units.size())) {
        rounded = std::round(rounded / 100) / 10;
        ++unit;
    }
    const bool whole = rounded == std::floor(rounded);
    QString number = locale.toString(rounded, 'f', whole ? 0 : 1);
    if (negative)
        number.prepend(locale.negativeSign());
    //: A parameter count and its unit, as in "72.7 B" (billion parameters)
    return tr("%1 %2").arg(number, units.at(size_t(unit)));
}

QString dateTimeFormat(const QLocale &locale, bool seconds)
{
    // data() asks for every visible date cell on every repaint: the format is built once per
    // locale rather than re-read and rewritten each time.
    static thread_local std::array<CachedFormat, 2> cache;
    CachedFormat &cached = cache.at(seconds ? 1 : 0);
    if (!cached.valid || cached.locale != locale) {
        const QString date = withFullYear(locale.dateFormat(QLocale::ShortFormat));
        QString time = locale.timeFormat(QLocale::ShortFormat);
        if (seconds)
            time = withSeconds(time);
        cached.locale = locale;
        cached.format = date + u' ' + time;
        cached.valid = true;
    }
    return cached.format;
}

QString dateTime(const QDateTime &time, const QLocale &locale, bool seconds)
{
    if (!time.isValid())
        return {};
    return locale.toString(time.toLocalTime(), dateTimeFormat(locale, seconds));
}

QString timestamp(const QString &iso, const QLocale &locale)
{
    if (iso.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return iso; // show what the server sent rather than nothing
    return dateTime(time, locale);
}

} // namespace pai::DisplayText
