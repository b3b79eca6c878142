#pragma once

#include "api/credentials.h"

#include <QDateTime>
#include <QString>

namespace credentials {

// One triple as a provider fetched it. Kept in memory only, never written anywhere.
struct TemporaryCredentials
{
    api::Credentials credentials;
    QDateTime expiration; // UTC; invalid when the credentials do not expire (AK, External w/o)
    QString identity;     // the assumed role's ARN when the service said it, for "Test connection"
};

// What went wrong while fetching, worded for a person: the profile, the mode, the step
// (AssumeRole, metadata, URI, process, ...) and, when a server answered, its Code and RequestId.
struct CredentialError
{
    QString profile;
    QString mode;
    QString step;
    QString message;
    QString code;
    QString requestId;
    int httpStatus = 0;

    QString text() const; // translated, one paragraph
};

} // namespace credentials
