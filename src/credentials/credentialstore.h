#pragma once

#include "credentials/keychainerror.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace credentials {

enum class SecretKind { AccessKeySecret, SecurityToken };

// A secret read from the keychain. `value` is empty when nothing is stored under the key, which
// is not an error.
struct SecretResult
{
    std::optional<KeychainError> error;
    std::optional<QString> value;
};

struct StoredCredentials
{
    std::optional<KeychainError> error;
    std::optional<QString> accessKeySecret;
    std::optional<QString> securityToken;
};

// Profile secrets in the system keychain through QtKeychain, service "PaiDesk", keys
// "<profile>:access-key-secret" and "<profile>:security-token". Every operation is asynchronous:
// the callback runs later from the event loop, and never runs if `context` was destroyed first.
// The insecure (plaintext) fallback of QtKeychain is always off.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<KeychainError> &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    static QString serviceName();
    static QString keyFor(const QString &profileName, SecretKind kind);

    void readSecret(const QString &profileName, SecretKind kind, QObject *context,
                    std::function<void(const SecretResult &)> done);
    void writeSecret(const QString &profileName, SecretKind kind, const QString &value,
                     QObject *context, Done done);
    // Deleting a key that holds nothing succeeds.
    void deleteSecret(const QString &profileName, SecretKind kind, QObject *context, Done done);

    // Writes the AccessKey secret, then the token; an empty token deletes any stored one.
    void storeCredentials(const QString &profileName, const QString &accessKeySecret,
                          const QString &securityToken, QObject *context, Done done);
    void loadCredentials(const QString &profileName, QObject *context,
                         std::function<void(const StoredCredentials &)> done);
    // Deletes both entries of a profile; used when the profile is removed.
    void removeSecrets(const QString &profileName, QObject *context, Done done);
};

} // namespace credentials
