// The credential importers on arbitrary files: the aliyun CLI's config.json and the SDKs'
// credentials ini. Input: one selector byte, then the file's bytes.
//
// Invariants: a file that did not parse completely imports nothing (error set, no candidates),
// and every candidate that is offered is complete: a valid profile of its mode, with a secret
// exactly when the mode keeps an AccessKey and a token exactly for StsToken; and it goes back to
// the providers' spec with the same mode.

#include "credentials/aliyunconfigimporter.h"
#include "credentials/aliyunprofilemapping.h"
#include "credentials/credentialsiniimporter.h"
#include "fuzzsupport.h"

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray text(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    const credentials::ImportReport report =
        bytes[0] % 2 == 0 ? credentials::AliyunConfigImporter::parse(text, u"config.json"_s)
                          : credentials::CredentialsIniImporter::parse(text, u"credentials"_s);

    FUZZ_CHECK(!report.notFound, report.error);
    if (!report.error.isEmpty()) {
        FUZZ_CHECK(report.candidates.isEmpty() && report.skipped.isEmpty(), report.error);
        return 0;
    }
    for (const credentials::ImportCandidate &candidate : report.candidates) {
        const credentials::Profile &profile = candidate.profile;
        FUZZ_CHECK(!profile.name.isEmpty(), QString());
        FUZZ_CHECK(credentials::validateProfile(profile).isEmpty(), profile.name);
        FUZZ_CHECK(profile.hasAccessKey() == !candidate.accessKeySecret.isEmpty(), profile.name);
        FUZZ_CHECK(profile.hasAccessKey() == !profile.accessKeyId.isEmpty(), profile.name);
        FUZZ_CHECK(profile.hasSecurityToken() == !candidate.securityToken.isEmpty(), profile.name);
        const credentials::AliyunProfileSpec spec = credentials::AliyunProfileMapping::toSpec(
            profile, candidate.accessKeySecret, candidate.securityToken);
        FUZZ_CHECK(spec.effectiveMode() == credentials::credentialModeName(profile.mode),
                   profile.name);
    }
    return 0;
}
