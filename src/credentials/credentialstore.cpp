#include "credentials/credentialstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
// Jobs delete themselves after `finished`. They have no parent: QtKeychain's Linux backend keeps
// a raw pointer to the job until the D-Bus reply arrives, so the job must outlive its owner.
template<typename JobT> JobT *makeJob(const QString &key)
{
    auto *job = new JobT(CredentialStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

std::optional<KeychainError> errorOf(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return std::nullopt;
    return KeychainError::fromBackend(int(job->error()), job->errorString());
}

// The operations are free functions so that a chain of them never touches a CredentialStore that
// may be gone by the time the keychain answers; only `context` guards the callbacks.
void readOp(const QString &key, QObject *context, std::function<void(const SecretResult &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         SecretResult result;
                         // EntryNotFound means nothing is stored: no value and no error.
                         if (read->error() != QKeychain::EntryNotFound) {
                             result.error = errorOf(read);
                             if (!result.error)
                                 result.value = read->textData();
                         }
                         done(result);
                     });
    job->start();
}

void writeOp(const QString &key, const QString &value, QObject *context, CredentialStore::Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(value);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job *finished) { done(errorOf(finished)); });
    job->start();
}

void deleteOp(const QString &key, QObject *context, CredentialStore::Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() == QKeychain::EntryNotFound)
                             done(std::nullopt);
                         else
                             done(errorOf(finished));
                     });
    job->start();
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::serviceName()
{
    return u"PaiDesk"_s;
}

QString CredentialStore::keyFor(const QString &profileName, SecretKind kind)
{
    switch (kind) {
    case SecretKind::AccessKeySecret:
        return profileName + u":access-key-secret"_s;
    case SecretKind::SecurityToken:
        return profileName + u":security-token"_s;
    }
    return profileName;
}

void CredentialStore::readSecret(const QString &profileName, SecretKind kind, QObject *context,
                                 std::function<void(const SecretResult &)> done)
{
    readOp(keyFor(profileName, kind), context, std::move(done));
}

void CredentialStore::writeSecret(const QString &profileName, SecretKind kind, const QString &value,
                                  QObject *context, Done done)
{
    writeOp(keyFor(profileName, kind), value, context, std::move(done));
}

void CredentialStore::deleteSecret(const QString &profileName, SecretKind kind, QObject *context,
                                   Done done)
{
    deleteOp(keyFor(profileName, kind), context, std::move(done));
}

void CredentialStore::storeCredentials(const QString &profileName, const QString &accessKeySecret,
                                       const QString &securityToken, QObject *context, Done done)
{
    const QString tokenKey = keyFor(profileName, SecretKind::SecurityToken);
    writeOp(keyFor(profileName, SecretKind::AccessKeySecret), accessKeySecret, context,
            [tokenKey, securityToken, context,
             done = std::move(done)](const std::optional<KeychainError> &error) {
                if (error)
                    done(error);
                else if (securityToken.isEmpty())
                    deleteOp(tokenKey, context, done);
                else
                    writeOp(tokenKey, securityToken, context, done);
            });
}

void CredentialStore::loadCredentials(const QString &profileName, QObject *context,
                                      std::function<void(const StoredCredentials &)> done)
{
    const QString tokenKey = keyFor(profileName, SecretKind::SecurityToken);
    readOp(keyFor(profileName, SecretKind::AccessKeySecret), context,
           [tokenKey, context, done = std::move(done)](const SecretResult &secret) {
               if (secret.error) {
                   done({secret.error, std::nullopt, std::nullopt});
                   return;
               }
               readOp(tokenKey, context, [secret, done](const SecretResult &token) {
                   done({token.error, secret.value, token.value});
               });
           });
}

void CredentialStore::removeSecrets(const QString &profileName, QObject *context, Done done)
{
    const QString tokenKey = keyFor(profileName, SecretKind::SecurityToken);
    deleteOp(
        keyFor(profileName, SecretKind::AccessKeySecret), context,
        [tokenKey, context, done = std::move(done)](const std::optional<KeychainError> &error) {
            if (error)
                done(error);
            else
                deleteOp(tokenKey, context, done);
        });
}

} // namespace credentials
