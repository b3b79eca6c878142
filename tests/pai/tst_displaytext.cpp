// pai::DisplayText: parameter counts with a unit, timestamps in local time with the full year.
#include "pai/displaytext.h"

#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace pai;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A zone eight hours east of UTC without daylight saving time, so that local time is
        // visibly not UTC, and the same on every test machine.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        QCOMPARE(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toLocalTime().time().hour(), 8);
    }

    void parameterSize_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::newRow("72.7 billion") << Q_INT64_C(72700000000) << u"en_US"_s << u"72.7 B"_s;
        QTest::newRow("whole billions") << Q_INT64_C(7000000000) << u"en_US"_s << u"7 B"_s;
        QTest::newRow("rounded to one decimal")
            << Q_INT64_C(1234567890) << u"en_US"_s << u"1.2 B"_s;
        QTest::newRow("rounds up") << Q_INT64_C(1250000000) << u"en_US"_s << u"1.3 B"_s;
        QTest::newRow("millions") << Q_INT64_C(1500000) << u"en_US"_s << u"1.5 M"_s;
        QTest::newRow("hundreds of millions") << Q_INT64_C(335000000) << u"en_US"_s << u"335 M"_s;
        QTest::newRow("thousands") << Q_INT64_C(12000) << u"en_US"_s << u"12 K"_s;
        QTest::newRow("exactly a thousand") << Q_INT64_C(1000) << u"en_US"_s << u"1 K"_s;
        QTest::newRow("below a thousand") << Q_INT64_C(950) << u"en_US"_s << u"950"_s;
        QTest::newRow("zero") << Q_INT64_C(0) << u"en_US"_s << u"0"_s;
        QTest::newRow("rounds into the next unit")
            << Q_INT64_C(999960000) << u"en_US"_s << u"1 B"_s;
        QTest::newRow("just below the next unit")
            << Q_INT64_C(999940000) << u"en_US"_s << u"999.9 M"_s;
        QTest::newRow("trillions") << Q_INT64_C(1600000000000) << u"en_US"_s << u"1.6 T"_s;
        QTest::newRow("beyond the largest unit")
            << Q_INT64_C(2500000000000000) << u"en_US"_s << u"2,500 T"_s;
        QTest::newRow("largest value")
            << std::numeric_limits<qint64>::max() << u"en_US"_s << u"9,223,372 T"_s;
        QTest::newRow("locale decimal separator")
            << Q_INT64_C(72700000000) << u"de_DE"_s << u"72,7 B"_s;
    }

    void parameterSize()
    {
        QFETCH(qint64, count);
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QCOMPARE(DisplayText::parameterSize(count, QLocale(locale)), text);
    }

    void timestampInLocalTimeWithYear_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("local");
        // 22:26 UTC is 06:26 the next day in Shanghai; New Year's Eve in UTC is already 2024.
        QTest::newRow("en_US, next day") << u"2024-03-01T22:26:00Z"_s << u"en_US"_s
                                         << QDateTime(QDate(2024, 3, 2), QTime(6, 26));
        QTest::newRow("en_US, next year")
            << u"2023-12-31T20:00:00Z"_s << u"en_US"_s << QDateTime(QDate(2024, 1, 1), QTime(4, 0));
        QTest::newRow("de_DE") << u"2024-03-01T22:26:00Z"_s << u"de_DE"_s
                               << QDateTime(QDate(2024, 3, 2), QTime(6, 26));
        QTest::newRow("zh_CN") << u"2024-03-01T22:26:00Z"_s << u"zh_CN"_s
                               << QDateTime(QDate(2024, 3, 2), QTime(6, 26));
        QTest::newRow("en_GB, with milliseconds") << u"2024-03-01T22:26:00.123Z"_s << u"en_GB"_s
                                                  << QDateTime(QDate(2024, 3, 2), QTime(6, 26));
        QTest::newRow("offset") << u"2024-03-01T22:26:00+01:00"_s << u"en_US"_s
                                << QDateTime(QDate(2024, 3, 2), QTime(5, 26));
    }

    void timestampInLocalTimeWithYear()
    {
        QFETCH(QString, iso);
        QFETCH(QString, locale);
        QFETCH(QDateTime, local);
        const QLocale lc(locale);
        const QString text = DisplayText::timestamp(iso, lc);
        QVERIFY2(text.contains(QString::number(local.date().year())), qPrintable(text));
        QVERIFY2(!text.contains(u'T') && !text.contains(u'Z'), qPrintable(text));
        // Read back with the format it was written in: the same local date and minute.
        const QString format = DisplayText::dateTimeFormat(lc);
        QVERIFY2(format.contains(u"yyyy"_s), qPrintable(format));
        const QDateTime read = lc.toDateTime(text, format);
        QVERIFY2(read.isValid(), qPrintable(text + u" / "_s + format));
        QCOMPARE(read, local);
    }

    void knownLocalesReadAsExpected_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("start");
        QTest::newRow("en_US") << u"en_US"_s << u"3/2/2024 6:26"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << u"02.03.2024 06:26"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"2024/3/2 06:26"_s;
    }

    void knownLocalesReadAsExpected()
    {
        QFETCH(QString, locale);
        QFETCH(QString, start);
        const QString text = DisplayText::timestamp(u"2024-03-01T22:26:00Z"_s, QLocale(locale));
        QVERIFY2(text.startsWith(start), qPrintable(text));
    }

    void secondsWhenAsked()
    {
        const QDateTime time(QDate(2024, 3, 1), QTime(22, 26, 7), Qt::UTC);
        const QString text = DisplayText::dateTime(time, QLocale(u"en_US"_s), true);
        QVERIFY2(text.startsWith(u"3/2/2024 6:26:07"_s), qPrintable(text));
        QVERIFY2(!DisplayText::dateTime(time, QLocale(u"en_US"_s)).contains(u":07"_s),
                 qPrintable(DisplayText::dateTime(time, QLocale(u"en_US"_s))));
    }

    void formatFollowsLocale()
    {
        // Formats are cached per locale; switching must not keep the old one.
        const QString us = DisplayText::dateTimeFormat(QLocale(u"en_US"_s));
        const QString de = DisplayText::dateTimeFormat(QLocale(u"de_DE"_s));
        QVERIFY(us != de);
        QCOMPARE(DisplayText::dateTimeFormat(QLocale(u"en_US"_s)), us);
    }

    void notATimestamp()
    {
        QCOMPARE(DisplayText::timestamp(QString()), QString());
        QCOMPARE(DisplayText::timestamp(u"yesterday"_s), u"yesterday"_s);
        QCOMPARE(DisplayText::dateTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
