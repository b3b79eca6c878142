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
