#pragma once

#include <QString>

namespace credentials {

// Why the system keychain could not be used, in words a person can act on. There is never a
// plaintext fallback: when the keychain fails, the operation fails with one of these.
struct KeychainError
{
    enum class Cause {
        NoKeychain,   // no D-Bus session, or no Secret Service / keychain service on it
        Locked,       // the keyring is locked and could not be unlocked (no prompt, or dismissed)
        AccessDenied, // the keychain or the user refused access
        Other,
    };

    Cause cause = Cause::Other;
    QString message; // translated: the cause and how to fix it
    QString detail;  // what the keychain backend said, untranslated, for the activity log

    // Classifies a QtKeychain failure (its error code and errorString()) into a cause and builds
    // the message. `code` is a QKeychain::Error value; kept as int so this header needs no
    // QtKeychain include.
    static KeychainError fromBackend(int code, const QString &backendMessage);
};

} // namespace credentials
