#pragma once

#include "credentials/importreport.h"
#include "credentials/profile.h"
#include "credentials/providers/providerbuilder.h"

namespace credentials {

// The one translation between PaiDesk's profiles and the aliyun CLI's: the importer reads
// config.json through it, and a saved profile reaches the providers through it, so a mode means
// the same in both directions.
namespace AliyunProfileMapping {

// A saved profile as the providers build it; `secret` and `token` come from the keychain.
AliyunProfileSpec toSpec(const Profile &profile, const QString &secret, const QString &token);

// A profile of config.json as PaiDesk stores it: the candidate with its secrets, or why it is
// skipped (a mode PaiDesk does not run, a missing key). `mode` is the mode used or guessed.
struct Mapped
{
    std::optional<ImportCandidate> candidate;
    QString mode;
    QString skipReason; // translated; set when `candidate` is empty
};
Mapped fromSpec(const AliyunProfileSpec &spec);

} // namespace AliyunProfileMapping

} // namespace credentials
