// The Terraform state reader on arbitrary files (state v4, `terraform show -json`, a plan's
// JSON), then the drift comparison and the revert draft of every instance it finds.
//
// Invariants: a file gives a state or an error, never both; an error names the file; reading is
// deterministic; every instance has an address, its type among the three PAI types, and a model
// ID (a version also a version name) taken from its id; and writing an instance's revert draft
// onto a live model leaves no difference but workspace_id, which UpdateModel cannot move.

#include "fuzzsupport.h"
#include "terraform/driftcomparer.h"
#include "terraform/statereader.h"
#include "terraform/staterevert.h"

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const QString fileName = u"fuzz.tfstate"_s;
    const terraform::StateReadResult result = terraform::StateReader::read(text, fileName);

    FUZZ_CHECK(result.ok() != !result.error.isEmpty(), result.error);
    if (!result.ok()) {
        FUZZ_CHECK(result.error.startsWith(fileName + u": "_s), result.error);
        return 0;
    }
    const terraform::StateReadResult again = terraform::StateReader::read(text, fileName);
    FUZZ_CHECK(again.ok() && again.state->instances == result.state->instances, again.error);

    for (const terraform::StateInstance &instance : result.state->instances) {
        FUZZ_CHECK(instance.sourceFile == fileName, instance.address);
        FUZZ_CHECK(instance.type == QLatin1StringView(terraform::PaiModelType) ||
                       instance.type == QLatin1StringView(terraform::LegacyPaiModelType) ||
                       instance.type == QLatin1StringView(terraform::PaiModelVersionType),
                   instance.type);
        FUZZ_CHECK(instance.address.contains(instance.type + u'.'), instance.address);
        FUZZ_CHECK(!instance.id.isEmpty() && !instance.modelId.isEmpty(), instance.address);
        if (instance.kind == terraform::StateInstance::Kind::Version) {
            FUZZ_CHECK(!instance.versionName.isEmpty(), instance.address);
            const terraform::DriftFinding finding =
                terraform::DriftComparer::compare(instance, pai::ModelVersion());
            FUZZ_CHECK(finding.modelId == instance.modelId, instance.address);
            continue;
        }
        FUZZ_CHECK(instance.modelId == instance.id, instance.address);

        pai::Model live;
        live.modelId = instance.modelId;
        live.extraInfo = QJsonObject{{u"n"_s, 15}, {u"o"_s, QJsonObject{{u"a"_s, 1}}}};
        live.labels = {{u"k"_s, u"v"_s}};
        const terraform::DriftFinding before = terraform::DriftComparer::compare(instance, live);
        FUZZ_CHECK(before.status != terraform::DriftStatus::Missing &&
                       before.status != terraform::DriftStatus::Unmanaged,
                   instance.address);
        FUZZ_CHECK(before.toJson().value(u"address"_s).toString() == instance.address,
                   instance.address);

        terraform::StateRevert::modelDraft(instance, live).writeTo(live);
        const QStringList left = terraform::DriftComparer::compare(instance, live).fieldNames();
        FUZZ_CHECK(left.isEmpty() || left == QStringList{u"workspace_id"_s},
                   instance.address + u": "_s + left.join(u", "_s));
    }
    return 0;
}
