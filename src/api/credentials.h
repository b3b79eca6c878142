#pragma once

#include <QString>

namespace api {

// An AccessKey pair, with the STS token when the key is temporary. Lives in memory only: the
// credentials layer loads it from the system keychain, never from a file.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }
};

} // namespace api
