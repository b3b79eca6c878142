#pragma once

#include "api/credentials.h"

#include <QObject>

#include <optional>

namespace api {

// Where a session's credentials come from when they can change under it: temporary STS
// triples that a provider refreshes before they expire. The api layer only asks; the
// credentials layer implements it (it cannot be included from here). One source is shared by
// every call of a session, so every attempt is signed with the triple current at that moment.
class CredentialSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The triple to sign with now, or nothing when it is missing or close enough to its expiry
    // that a refresh must come first.
    virtual std::optional<Credentials> usable() const = 0;
    // Starts a refresh unless one is already running; it ends with refreshed() or
    // refreshFailed(), always from the event loop. At most one refresh is ever in flight.
    virtual void requestRefresh() = 0;
    // The service refused `rejected` as expired although the source still trusted it (the
    // clocks disagree): it must not be handed out again. Calls then wait for a refresh.
    virtual void reportExpired(const Credentials &rejected) = 0;

Q_SIGNALS:
    void refreshed();
    // Translated; names the profile, the mode, the step and the server's Code and RequestId.
    void refreshFailed(const QString &message);
};

} // namespace api
