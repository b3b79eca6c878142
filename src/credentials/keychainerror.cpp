#include "credentials/keychainerror.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::KeychainError", text);
}

bool mentionsAny(const QString &text, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// libsecret reports most failures as OtherError; its text is the only way to tell a missing
// Secret Service from a locked keyring. These fragments come from GLib/GDBus and gnome-keyring.
KeychainError::Cause causeOf(int code, const QString &message)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainError::Cause::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        if (mentionsAny(message, {u"locked"}))
            return KeychainError::Cause::Locked;
        return KeychainError::Cause::AccessDenied;
    default:
        break;
    }
    if (mentionsAny(message, {u"locked", u"prompt", u"dismissed", u"unlock", u"/collection/login",
                              u"No such secret collection"}))
        return KeychainError::Cause::Locked;
    if (mentionsAny(message, {u"Could not connect", u"autolaunch", u"D-Bus", u"DBus",
                              u"ServiceUnknown", u"org.freedesktop.secrets", u"NoReply",
                              u"Cannot spawn", u"Connection refused"}))
        return KeychainError::Cause::NoKeychain;
    if (mentionsAny(message, {u"denied", u"not allowed", u"permission"}))
        return KeychainError::Cause::AccessDenied;
    return KeychainError::Cause::Other;
}
} // namespace

KeychainError KeychainError::fromBackend(int code, const QString &backendMessage)
{
    KeychainError error;
    error.cause = causeOf(code, backendMessage);
    error.detail = backendMessage;
    switch (error.cause) {
    case Cause::NoKeychain:
        error.message = tr(
            "No system keychain is available, so PaiDesk cannot store or read secrets. PaiDesk "
            "needs a Secret Service (such as GNOME Keyring or KWallet) on the D-Bus session bus. "
            "Log in to a desktop session, or start one with \"gnome-keyring-daemon --start "
            "--components=secrets\", and try again.");
        break;
    case Cause::Locked:
        error.message =
            tr("The system keychain is locked (or has no default keyring yet) and could not be "
               "unlocked. Unlock it, for example in Passwords and Keys or by logging in again, and "
               "try again.");
        break;
    case Cause::AccessDenied:
        error.message =
            tr("The system keychain refused access to PaiDesk's entries. Allow PaiDesk to use the "
               "keychain when it asks, or check the keychain's access settings, and try again.");
        break;
    case Cause::Other:
        error.message = tr("The system keychain reported an error.");
        break;
    }
    if (!backendMessage.isEmpty())
        error.message += u' ' + tr("(Keychain: %1)").arg(backendMessage);
    return error;
}

} // namespace credentials
