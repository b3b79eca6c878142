#pragma once

// Helpers shared by the harnesses: invariant checks that stop the fuzzer with a readable message,
// and strings drawn from fuzz input with the characters that break writers and parsers.

#include <QString>

#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

namespace fuzzsupport {

// Control characters and surrogates as \u{XXXX}, so that a failure message shows every unit.
inline QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7f || c.isSurrogate() || u == 0xfeff ||
            u == 0x200b || u == 0x2028)
            out += QStringLiteral("\\u{%1}").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// An assert that survives release builds: libFuzzer saves the input when the process aborts.
[[noreturn]] inline void fail(const char *file, int line, const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n%s\n", file, line, what,
                 visible(detail).toUtf8().constData());
    std::abort();
}

// Strings from a small alphabet of troublemakers (quotes, escapes, template starts, line breaks,
// surrogates, non-NFC forms) mixed with raw UTF-16 units, so that short inputs reach the cases.
inline QString consumeString(FuzzedDataProvider &data, std::size_t maxUnits = 48)
{
    static constexpr char16_t Alphabet[] = {
        u'a',
        u'Z',
        u'0',
        u'_',
        u'-',
        u'.',
        u' ',
        u'"',
        u'\\',
        u'$',
        u'%',
        u'{',
        u'}',
        u'[',
        u']',
        u'#',
        u'/',
        u'*',
        u'\n',
        u'\r',
        u'\t',
        u'=',
        u',',
        u':',
        u'\0',
        u'\x7f',
        u'\x1b',
        u'\u00e9',
        u'e',
        u'\u0301',
        u'\u200b',
        u'\u2028',
        u'\ufeff',
        char16_t(0xd83d),
        char16_t(0xde00),
        char16_t(0xd800),
        char16_t(0xdfff),
        u'\u4e2d',
        u'&',
        u'+',
        u'?',
        u'\'',
        u'<',
    };
    const std::size_t length = data.ConsumeIntegralInRange<std::size_t>(0, maxUnits);
    QString text;
    text.reserve(qsizetype(length));
    for (std::size_t i = 0; i < length && data.remaining_bytes() > 0; ++i) {
        const unsigned char selector = data.ConsumeIntegral<unsigned char>();
        if (selector < sizeof(Alphabet) / sizeof(Alphabet[0]))
            text.append(QChar(Alphabet[selector]));
        else if (selector < 200)
            text.append(QChar(char16_t('a' + selector % 26)));
        else
            text.append(QChar(data.ConsumeIntegral<char16_t>()));
    }
    return text;
}

} // namespace fuzzsupport

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fuzzsupport::fail(__FILE__, __LINE__, #condition, (detail));                           \
    } while (false)
