#include "gui/models/packedtimestamp.h"

#include "pai/civildate.h"

namespace gui::PackedTimestamp {

namespace {

constexpr qint64 MsecsPerDay = 86'400'000;

using pai::civilFromDays;
using pai::daysFromCivil;
using Civil = pai::CivilDate;

// The value of `count` decimal digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

void writeDigits(char16_t *out, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

std::optional<Packed> pack(QStringView text)
{
    const bool withMilliseconds = text.size() == 24;
    if (text.size() != 20 && !withMilliseconds)
        return std::nullopt;
    if (text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || text.back() != u'Z' || (withMilliseconds && text[19] != u'.'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int msec = withMilliseconds ? digits(text, 20, 3) : 0;
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 59 || msec < 0)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    // 31 February and the like do not come back as they were.
    const Civil civil = civilFromDays(days);
    if (civil.year != year || civil.month != month || civil.day != day)
        return std::nullopt;
    const qint64 msecs =
        days * MsecsPerDay + ((hour * 60 + minute) * 60 + second) * qint64(1000) + msec;
    return Packed{msecs, withMilliseconds};
}

QString unpack(qint64 msecsSinceEpoch, bool withMilliseconds)
{
    qint64 days = msecsSinceEpoch / MsecsPerDay;
    qint64 msecOfDay = msecsSinceEpoch % MsecsPerDay;
    if (msecOfDay < 0) {
        msecOfDay += MsecsPerDay;
        --days;
    }
    const Civil civil = civilFromDays(days);
    QString text(withMilliseconds ? 24 : 20, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(text.data());
    writeDigits(out, civil.year, 4);
    out[4] = u'-';
    writeDigits(out + 5, civil.month, 2);
    out[7] = u'-';
    writeDigits(out + 8, civil.day, 2);
    out[10] = u'T';
    const qint64 secondOfDay = msecOfDay / 1000;
    writeDigits(out + 11, secondOfDay / 3600, 2);
    out[13] = u':';
    writeDigits(out + 14, secondOfDay / 60 % 60, 2);
    out[16] = u':';
    writeDigits(out + 17, secondOfDay % 60, 2);
    if (withMilliseconds) {
        out[19] = u'.';
        writeDigits(out + 20, msecOfDay % 1000, 3);
    }
    out[text.size() - 1] = u'Z';
    return text;
}

} // namespace gui::PackedTimestamp
