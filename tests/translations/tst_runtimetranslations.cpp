#include "api/apierror.h"
#include "credentials/keychainerror.h"
#include "credentials/profile.h"
#include "pai/fieldrules.h"
#include "pai/wirejson.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// lupdate files a message under the context it sees in the source (a class or a namespace);
// the code asks for it under the context it passes to translate(). When the two differ the
// message is "translated" in the .ts file and still shown in English. This test asks each layer
// for a message through its real code path with Chinese installed.
namespace {

bool containsChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

using MessageSource = std::function<QString()>;

} // namespace

Q_DECLARE_METATYPE(MessageSource)

class TestRuntimeTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(translations::install(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)),
                 u"zh_CN"_s);
    }

    void cleanupTestCase()
    {
        translations::install(*QCoreApplication::instance(), QLocale(u"en"_s));
    }

    void messageIsChinese_data()
    {
        QTest::addColumn<MessageSource>("message");
        QTest::newRow("pai field rule")
            << MessageSource([] { return pai::FieldRules::checkModelName(QString())->message; });
        QTest::newRow("pai wire mapping") << MessageSource([] {
            return pai::WireJson::modelFromJson(
                       QJsonDocument::fromJson(R"({"ModelId":"m","ModelName":5})").object())
                .error;
        });
        QTest::newRow("api error")
            << MessageSource([] { return api::ApiError::timeout(u"x"_s).userText(); });
        QTest::newRow("credentials profile name")
            << MessageSource([] { return credentials::validateProfileName(QString()); });
        QTest::newRow("credentials keychain") << MessageSource([] {
            return credentials::KeychainError::fromBackend(0, u"No such interface"_s).message;
        });
    }

    // The GUI and the CLI name a field in Chinese and keep its API name beside it, so that it can
    // still be found in the JSON and on the command line.
    void fieldNameIsTranslatedBesideTheApiName_data()
    {
        QTest::addColumn<MessageSource>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ModelName")
            << MessageSource([] { return pai::FieldRules::checkModelName(QString())->message; })
            << u"模型名称 (ModelName)"_s;
        QTest::newRow("OrderNumber")
            << MessageSource([] { return pai::FieldRules::checkOrderNumber(u"x"_s)->message; })
            << u"排序号 (OrderNumber)"_s;
        QTest::newRow("ModelDoc") << MessageSource([] {
            return pai::FieldRules::checkModelDoc(u"x"_s)->message;
        }) << u"文档 URL (ModelDoc)"_s;
        QTest::newRow("Accessibility")
            << MessageSource([] { return pai::FieldRules::checkAccessibility(u"x"_s)->message; })
            << u"可见性 (Accessibility)"_s;
    }

    void fieldNameIsTranslatedBesideTheApiName()
    {
        QFETCH(MessageSource, message);
        QFETCH(QString, expected);
        const QString text = message();
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void messageIsChinese()
    {
        QFETCH(MessageSource, message);
        const QString text = message();
        QVERIFY2(!text.isEmpty(), "the code path produced no message");
        QVERIFY2(containsChinese(text), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeTranslations)
#include "tst_runtimetranslations.moc"
