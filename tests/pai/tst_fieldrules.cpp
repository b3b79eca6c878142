#include "pai/fieldrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pai;

class TestFieldRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one character") << u"a"_s << true;
        QTest::newRow("127 characters") << QString(127, u'x') << true;
        QTest::newRow("128 characters") << QString(128, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << u"   "_s << false;
        // 127 emoji are 254 UTF-16 units but 127 characters.
        QString emoji;
        for (int i = 0; i < 127; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        QTest::newRow("127 emoji") << emoji << true;
        QTest::newRow("CJK") << u"通义千问-7B"_s << true;
    }

    void modelName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto error = FieldRules::checkModelName(name);
        QCOMPARE(!error.has_value(), valid);
        if (error) {
            QCOMPARE(error->field, u"ModelName"_s);
            QVERIFY2(error->message.contains(u"ModelName"_s), qPrintable(error->message));
        }
    }

    void label_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("plain") << u"framework"_s << u"pytorch"_s << QString();
        QTest::newRow("empty value") << u"k"_s << QString() << QString();
        QTest::newRow("equals in key") << u"a=b"_s << u"v"_s << u"Labels[0].Key"_s;
        QTest::newRow("comma in value") << u"k"_s << u"a,b"_s << u"Labels[0].Value"_s;
        QTest::newRow("empty key") << QString() << u"v"_s << u"Labels[0].Key"_s;
        QTest::newRow("128 bytes") << QString(128, u'k') << u"v"_s << QString();
        QTest::newRow("129 bytes") << QString(129, u'k') << u"v"_s << u"Labels[0].Key"_s;
        // 43 CJK characters are 129 bytes of UTF-8: the limit is in bytes, not characters.
        QTest::newRow("43 CJK characters") << u"k"_s << QString(43, QChar(0x6A21))
                                           << u"Labels[0].Value"_s;
    }

    void label()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, errorField);
        const auto error = FieldRules::checkLabel(Label{key, value}, 0);
        QCOMPARE(error ? error->field : QString(), errorField);
    }

    void duplicateLabelKeys()
    {
        const LabelList labels{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"a"_s, u"3"_s}};
        const QList<FieldError> errors = FieldRules::checkLabels(labels);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"Labels[2].Key"_s);
    }

    void orderNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("zero") << u"0"_s << true;
        QTest::newRow("negative") << u"-12"_s << true;
        QTest::newRow("int64 max") << u"9223372036854775807"_s << true;
        QTest::newRow("too big") << u"9223372036854775808"_s << false;
        QTest::newRow("letters") << u"abc"_s << false;
        QTest::newRow("fraction") << u"1.5"_s << false;
    }

    void orderNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto error = FieldRules::checkOrderNumber(text);
        QCOMPARE(!error.has_value(), valid);
        if (error)
            QCOMPARE(error->field, u"OrderNumber"_s);
    }

    void accessibilityAndDoc_data()
    {
        QTest::addColumn<QString>("accessibility");
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QStringList>("errorFields");
        QTest::newRow("defaults") << QString() << QString() << QStringList();
        QTest::newRow("public https")
            << u"PUBLIC"_s << u"https://help.aliyun.com/x"_s << QStringList();
        QTest::newRow("lower-case") << u"private"_s << QString() << QStringList{u"Accessibility"_s};
        QTest::newRow("ftp doc") << QString() << u"ftp://x/y"_s << QStringList{u"ModelDoc"_s};
        QTest::newRow("no scheme") << QString() << u"example.com"_s << QStringList{u"ModelDoc"_s};
    }

    void accessibilityAndDoc()
    {
        QFETCH(QString, accessibility);
        QFETCH(QString, doc);
        QFETCH(QStringList, errorFields);
        ModelDraft draft;
        draft.modelName = u"m"_s;
        draft.accessibility = accessibility;
        draft.modelDoc = doc;
        QStringList fields;
        for (const FieldError &error : FieldRules::checkDraft(draft))
            fields.append(error.field);
        QCOMPARE(fields, errorFields);
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
