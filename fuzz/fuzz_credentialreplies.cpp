// The parsers of what a credential provider reads from outside: an STS AssumeRole or
// AssumeRoleWithOIDC reply, an ECS metadata reply, a CredentialsURI reply and an External
// process's stdout. Input: one selector byte, then the body.
//
// Invariants: a reply is either credentials or an error, never both; credentials are complete
// (an AccessKey ID and secret, and a token wherever the format requires one); an expiration, when
// parsed, is valid UTC; parsing is deterministic.

#include "credentials/providers/credentialreplies.h"
#include "fuzzsupport.h"

#include <cstdint>

using namespace credentials;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    const int selector = bytes[0] % 5;
    const auto parse = [&]() {
        switch (selector) {
        case 0:
            return CredentialReplies::parseSts(body);
        case 1:
            return CredentialReplies::parseMetadata(body);
        case 2:
            return CredentialReplies::parseCredentialsUri(body);
        case 3:
            return CredentialReplies::parseExternal(body);
        default: {
            ParsedCredentials parsed;
            const QDateTime time = CredentialReplies::parseExpiration(QString::fromUtf8(body));
            FUZZ_CHECK(!time.isValid() || time.timeSpec() == Qt::UTC || time.offsetFromUtc() == 0,
                       QString::fromUtf8(body));
            parsed.error = QStringLiteral("expiration only");
            return parsed;
        }
        }
    };
    const ParsedCredentials parsed = parse();
    FUZZ_CHECK(parsed.credentials.has_value() != !parsed.error.isEmpty(), parsed.error);
    if (parsed.credentials) {
        const api::Credentials &triple = parsed.credentials->credentials;
        FUZZ_CHECK(triple.isComplete(), QString());
        if (selector != 3)
            FUZZ_CHECK(triple.isSts() && parsed.credentials->expiration.isValid(), QString());
        if (parsed.credentials->expiration.isValid())
            FUZZ_CHECK(parsed.credentials->expiration.offsetFromUtc() == 0, QString());
    }
    const ParsedCredentials again = parse();
    FUZZ_CHECK(again.error == parsed.error &&
                   again.credentials.has_value() == parsed.credentials.has_value(),
               parsed.error);
    return 0;
}
