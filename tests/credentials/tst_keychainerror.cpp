#include "credentials/keychainerror.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace credentials;

class TestKeychainError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classification_data();
    void classification();
};

void TestKeychainError::classification_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("backendMessage");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("mentions");

    const int none = int(KeychainError::Cause::NoKeychain);
    const int locked = int(KeychainError::Cause::Locked);
    const int denied = int(KeychainError::Cause::AccessDenied);
    const int other = int(KeychainError::Cause::Other);
    // Texts as libsecret, GDBus and gnome-keyring report them on Linux.
    QTest::newRow("dead bus") << int(QKeychain::OtherError)
                              << u"Could not connect: No such file or directory"_s << none
                              << u"gnome-keyring-daemon --start"_s;
    QTest::newRow("no session") << int(QKeychain::OtherError)
                                << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << none
                                << u"Secret Service"_s;
    QTest::newRow("no service") << int(QKeychain::OtherError)
                                << u"The name org.freedesktop.secrets was not provided"_s << none
                                << u"Secret Service"_s;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << none
                                << u"No system keychain"_s;
    QTest::newRow("locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << locked << u"Unlock it"_s;
    QTest::newRow("no default keyring")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s << locked
        << u"Unlock it"_s;
    QTest::newRow("prompt dismissed")
        << int(QKeychain::OtherError) << u"Prompt dismissed"_s << locked << u"locked"_s;
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << u"Denied"_s << denied << u"refused access"_s;
    QTest::newRow("unknown") << int(QKeychain::OtherError) << u"Something odd"_s << other
                             << u"Something odd"_s;
}

void TestKeychainError::classification()
{
    QFETCH(int, code);
    QFETCH(QString, backendMessage);
    QFETCH(int, cause);
    QFETCH(QString, mentions);

    const KeychainError error = KeychainError::fromBackend(code, backendMessage);
    QCOMPARE(int(error.cause), cause);
    QCOMPARE(error.detail, backendMessage);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    // The backend's own words stay visible for support, inside the translated message.
    if (!backendMessage.isEmpty())
        QVERIFY(error.message.contains(backendMessage));
}

QTEST_GUILESS_MAIN(TestKeychainError)
#include "tst_keychainerror.moc"
