// The HCL writer (terraform::HclWriter, through ModelExporter): random models in, then the
// invariants a Terraform file must keep whatever the models hold:
// - strings are closed on their line and blocks, lists, objects and calls are balanced;
// - no live interpolation: `${` and `%{` only ever appear escaped (`$${`, `%%{`) in a string;
// - every value is recoverable: the string literals, decoded as HCL decodes them, include each
//   model field, label, extra_info key and value that was exported, and with versions each
//   version's fields, labels, map keys and values, and its "<model_id>:<version_name>" import ID.

#include "fuzzsupport.h"
#include "pai/model.h"
#include "pai/modelversion.h"
#include "terraform/exportoptions.h"
#include "terraform/hclexpression.h"
#include "terraform/hclwriter.h"
#include "terraform/modelexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <cstdint>

using namespace Qt::StringLiterals;
using terraform::ExportOptions;

namespace {

// What the writer promises for a value: lone surrogates become U+FFFD, nothing else changes.
QString asWritten(const QString &value)
{
    QString out = value;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar(0xfffd);
    }
    return out;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// A small lexer for what the writer emits: comments, quoted strings and brackets. It fails on
// anything that would make Terraform read the file differently from what was written, and
// returns the decoded string literals.
QList<QString> decodedLiterals(const QString &hcl)
{
    QList<QString> literals;
    QString brackets;
    const qsizetype size = hcl.size();
    const auto at = [&](qsizetype i) { return i < size ? hcl.at(i) : QChar(); };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = hcl.at(i);
        if (c == u'#') {
            while (i < size && hcl.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'{' || c == u'[' || c == u'(') {
            brackets.append(c);
            continue;
        }
        if (c == u'}' || c == u']' || c == u')') {
            const QChar open = c == u'}' ? u'{' : c == u']' ? u'[' : u'(';
            FUZZ_CHECK(!brackets.isEmpty() && brackets.back() == open,
                       u"unbalanced %1 at %2\n"_s.arg(c).arg(i) + hcl);
            brackets.chop(1);
            continue;
        }
        if (c != u'"')
            continue;
        QString literal;
        for (++i;; ++i) {
            FUZZ_CHECK(i < size && hcl.at(i) != u'\n', u"string not closed on its line\n"_s + hcl);
            const QChar d = hcl.at(i);
            if (d == u'"')
                break;
            if (d == u'\\') {
                const QChar e = at(i + 1);
                i += 1;
                if (e == u'n') {
                    literal += u'\n';
                } else if (e == u'r') {
                    literal += u'\r';
                } else if (e == u't') {
                    literal += u'\t';
                } else if (e == u'"' || e == u'\\') {
                    literal += e;
                } else if (e == u'u' || e == u'U') {
                    const int digits = e == u'u' ? 4 : 8;
                    char32_t codePoint = 0;
                    for (int k = 1; k <= digits; ++k) {
                        const int v = hexValue(at(i + k));
                        FUZZ_CHECK(v >= 0, u"bad \\%1 escape at %2\n"_s.arg(e).arg(i) + hcl);
                        codePoint = codePoint * 16 + char32_t(v);
                    }
                    FUZZ_CHECK(codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff),
                               u"escape of an invalid code point\n"_s + hcl);
                    // Not QString::fromUcs4(), which drops a U+FEFF as a byte order mark.
                    if (QChar::requiresSurrogates(codePoint)) {
                        literal += QChar(QChar::highSurrogate(codePoint));
                        literal += QChar(QChar::lowSurrogate(codePoint));
                    } else {
                        literal += QChar(char16_t(codePoint));
                    }
                    i += digits;
                } else {
                    FUZZ_CHECK(false, u"unknown escape \\%1\n"_s.arg(e) + hcl);
                }
                continue;
            }
            if ((d == u'$' || d == u'%') && at(i + 1) == d && at(i + 2) == u'{') {
                literal += d;
                literal += u'{';
                i += 2;
                continue;
            }
            FUZZ_CHECK(!((d == u'$' || d == u'%') && at(i + 1) == u'{'),
                       u"live template sequence at %1\n"_s.arg(i) + hcl);
            literal += d;
        }
        literals.append(literal);
    }
    FUZZ_CHECK(brackets.isEmpty(), u"unclosed brackets: "_s + brackets + u"\n"_s + hcl);
    return literals;
}

QJsonValue jsonValue(FuzzedDataProvider &data, int depth, QStringList &strings)
{
    switch (data.ConsumeIntegralInRange(0, depth > 0 ? 5 : 3)) {
    case 0: {
        const QString text = fuzzsupport::consumeString(data, 24);
        strings.append(text);
        return text;
    }
    case 1: {
        const double number = data.ConsumeFloatingPoint<double>();
        return std::isfinite(number) ? QJsonValue(number) : QJsonValue(0);
    }
    case 2:
        return data.ConsumeBool();
    case 3:
        return QJsonValue::Null;
    case 4: {
        QJsonArray array;
        const int count = data.ConsumeIntegralInRange(0, 3);
        for (int i = 0; i < count; ++i)
            array.append(jsonValue(data, depth - 1, strings));
        return array;
    }
    default: {
        QJsonObject object;
        const int count = data.ConsumeIntegralInRange(0, 3);
        for (int i = 0; i < count; ++i) {
            // A repeated key would replace a value already counted as expected.
            const QString key = fuzzsupport::consumeString(data, 12);
            if (object.contains(key))
                continue;
            strings.append(key);
            object.insert(key, jsonValue(data, depth - 1, strings));
        }
        return object;
    }
    }
}

// Strings the exporter must write as literals, and extra_info keys, which it may write bare.
struct Expected
{
    QStringList literals;
    QStringList keys;
};

pai::Model randomModel(FuzzedDataProvider &data, Expected &expected, bool exported,
                       const ExportOptions &options)
{
    pai::Model model;
    model.modelId = data.ConsumeBool()
                        ? u"model-"_s + QString::number(data.ConsumeIntegral<quint16>())
                        : fuzzsupport::consumeString(data, 16);
    model.modelName = fuzzsupport::consumeString(data);
    model.workspaceId = data.ConsumeBool() ? QString::number(data.ConsumeIntegral<quint16>())
                                           : fuzzsupport::consumeString(data, 16);
    QString *const optional[] = {&model.accessibility,   &model.domain,    &model.task,
                                 &model.origin,          &model.modelType, &model.modelDoc,
                                 &model.modelDescription};
    for (QString *field : optional) {
        if (data.ConsumeBool())
            *field = fuzzsupport::consumeString(data);
    }
    if (data.ConsumeBool())
        model.orderNumber = data.ConsumeIntegral<qint64>();
    const int labels = data.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < labels; ++i)
        model.labels.append(
            {fuzzsupport::consumeString(data, 16), fuzzsupport::consumeString(data)});

    QStringList extraStrings;
    const int extras = data.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < extras; ++i) {
        const QString key = fuzzsupport::consumeString(data, 12);
        if (!model.extraInfo.contains(key))
            model.extraInfo.insert(key, jsonValue(data, 2, extraStrings));
    }

    if (!exported)
        return model;
    expected.literals << model.modelName;
    if (options.workspaceRef != ExportOptions::WorkspaceRef::Resource)
        expected.literals << model.workspaceId;
    for (const QString *field : optional)
        expected.literals << *field;
    for (const pai::Label &label : std::as_const(model.labels))
        expected.literals << label.key << label.value;
    for (auto it = model.extraInfo.constBegin(); it != model.extraInfo.constEnd(); ++it) {
        if (it.value().isNull())
            continue; // left out, with a warning: the provider stores only strings
        expected.keys << it.key();
        if (it.value().isString())
            expected.literals << it.value().toString();
    }
    // Nested values go through jsonencode() as HCL objects and lists: their strings and keys,
    // which the writer may also write bare when they are identifiers.
    expected.keys << extraStrings;
    if (options.importBlocks)
        expected.literals << model.modelId;
    return model;
}

// A version of `modelId`; what the exporter must write of it goes into `expected` when the
// export writes versions.
pai::ModelVersion randomVersion(FuzzedDataProvider &data, const QString &modelId,
                                Expected &expected, bool exported, const ExportOptions &options)
{
    pai::ModelVersion version;
    version.versionName =
        data.ConsumeBool()
            ? u"%1.%2.0"_s.arg(data.ConsumeIntegral<quint8>()).arg(data.ConsumeIntegral<quint8>())
            : fuzzsupport::consumeString(data, 12);
    version.uri = fuzzsupport::consumeString(data);
    QString *const optional[] = {&version.versionDescription, &version.formatType,
                                 &version.frameworkType,      &version.approvalStatus,
                                 &version.sourceType,         &version.sourceId};
    for (QString *field : optional) {
        if (data.ConsumeBool())
            *field = fuzzsupport::consumeString(data);
    }
    // Options: JSON text (written through jsonencode()) or anything (written as a string).
    QStringList optionStrings;
    bool optionsAsJson = false;
    if (data.ConsumeBool()) {
        const QJsonValue value = jsonValue(data, 2, optionStrings);
        if (value.isObject() || value.isArray()) {
            version.options = QString::fromUtf8(
                value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            optionsAsJson = true;
        }
    } else if (data.ConsumeBool()) {
        version.options = fuzzsupport::consumeString(data);
    }
    QStringList mapStrings;
    QStringList unwritten; // EvaluationSpec's: not a provider attribute
    QJsonObject *const maps[] = {&version.metrics, &version.trainingSpec, &version.inferenceSpec,
                                 &version.extraInfo, &version.evaluationSpec};
    for (QJsonObject *map : maps) {
        const int entries = data.ConsumeIntegralInRange(0, 2);
        for (int i = 0; i < entries; ++i) {
            const QString key = fuzzsupport::consumeString(data, 12);
            if (!map->contains(key))
                map->insert(
                    key,
                    jsonValue(data, 2, map == &version.evaluationSpec ? unwritten : mapStrings));
        }
    }
    const int labels = data.ConsumeIntegralInRange(0, 2);
    for (int i = 0; i < labels; ++i)
        version.labels.append(
            {fuzzsupport::consumeString(data, 16), fuzzsupport::consumeString(data)});

    if (!exported)
        return version;
    expected.literals << version.uri << version.versionName;
    for (const QString *field : optional)
        expected.literals << *field;
    for (const pai::Label &label : std::as_const(version.labels))
        expected.literals << label.key << label.value;
    // The exporter writes JSON with U+FEFF as the literal string: Qt's parser would drop it.
    if (optionsAsJson && !version.options.contains(QChar(0xfeff)))
        expected.keys << optionStrings; // inside jsonencode(): keys may be bare
    else
        expected.literals << version.options;
    for (const QJsonObject *map : maps) {
        if (map == &version.evaluationSpec)
            continue; // not a provider attribute
        for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
            if (it.value().isNull())
                continue;
            expected.keys << it.key();
            if (it.value().isString())
                expected.literals << it.value().toString();
        }
    }
    expected.keys << mapStrings;
    if (options.importBlocks && !modelId.isEmpty() && !version.versionName.isEmpty())
        expected.literals << modelId + u':' + version.versionName;
    return version;
}

void checkNumberText(double value)
{
    if (!std::isfinite(value))
        return;
    const QString text = terraform::hclNumberText(value);
    FUZZ_CHECK(!text.contains(u'e') && !text.contains(u'E'), text);
    bool ok = false;
    FUZZ_CHECK(text.toDouble(&ok) == value && ok, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    FuzzedDataProvider data(bytes, size);
    ExportOptions options;
    options.importBlocks = data.ConsumeBool();
    options.header = data.ConsumeBool();
    options.workspaceRef = data.ConsumeBool() ? ExportOptions::WorkspaceRef::Literal
                                              : ExportOptions::WorkspaceRef::Variable;
    options.resourceType = data.ConsumeBool()
                               ? ExportOptions::ResourceType::PaiWorkspaceModel
                               : ExportOptions::ResourceType::LegacyPaiWorkspaceModel;
    options.region = fuzzsupport::consumeString(data, 16);
    options.withVersions = data.ConsumeBool();
    const bool versionsWritten =
        options.withVersions &&
        !ExportOptions::versionTerraformType(options.resourceType).isEmpty();
    checkNumberText(data.ConsumeFloatingPoint<double>());

    Expected expected;
    if (options.header)
        expected.literals << options.region;
    QList<pai::Model> models;
    QSet<QString> ids;
    const int count = data.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < count && data.remaining_bytes() > 0; ++i) {
        // A model ID seen before is exported once; the repeat's values need not appear.
        Expected candidate;
        pai::Model model = randomModel(data, candidate, true, options);
        if (!ids.contains(model.modelId)) {
            ids.insert(model.modelId);
            expected.literals << candidate.literals;
            expected.keys << candidate.keys;
        }
        models.append(std::move(model));
    }

    // Versions of exported models and of models outside the file; a repeated name is one resource.
    terraform::VersionsByModel versions;
    QSet<QString> versionKeys;
    const int versionCount = data.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < versionCount && data.remaining_bytes() > 0; ++i) {
        const QString modelId =
            !models.isEmpty() && data.ConsumeBool()
                ? models.at(data.ConsumeIntegralInRange<qsizetype>(0, models.size() - 1)).modelId
                : fuzzsupport::consumeString(data, 16);
        Expected candidate;
        pai::ModelVersion version =
            randomVersion(data, modelId, candidate, versionsWritten, options);
        // A version is its model ID and name; a nameless one is never a repeat.
        const QString key = QString::number(modelId.size()) + u':' + modelId +
                            (version.versionName.isEmpty() ? u"#"_s + QString::number(i)
                                                           : u":"_s + version.versionName);
        if (!versionKeys.contains(key)) {
            versionKeys.insert(key);
            expected.literals << candidate.literals;
            expected.keys << candidate.keys;
            if (versionsWritten && !ids.contains(modelId))
                expected.literals << modelId; // model_id written as a literal
        }
        versions[modelId].append(std::move(version));
    }

    const terraform::ExportResult result =
        terraform::ModelExporter(options).exportModels(models, {}, versions);
    if (versionsWritten) {
        FUZZ_CHECK(result.text.count(u"resource \"alicloud_pai_workspace_model_version\""_s) ==
                       versionKeys.size(),
                   u"one resource per version\n"_s + result.text);
    } else {
        FUZZ_CHECK(!result.text.contains(u"alicloud_pai_workspace_model_version"_s),
                   u"versions written though not asked for\n"_s + result.text);
    }
    const QList<QString> literals = decodedLiterals(result.text);
    const QSet<QString> written(literals.cbegin(), literals.cend());
    for (const QString &value : std::as_const(expected.literals)) {
        if (!value.isEmpty())
            FUZZ_CHECK(written.contains(asWritten(value)),
                       u"value not recoverable: [%1]\n"_s.arg(value) + result.text);
    }
    for (const QString &key : std::as_const(expected.keys)) {
        if (!terraform::HclWriter::isIdentifier(key) || key == u"for"_s)
            FUZZ_CHECK(written.contains(asWritten(key)),
                       u"key not recoverable: [%1]\n"_s.arg(key) + result.text);
        else
            FUZZ_CHECK(result.text.contains(key), u"key missing: [%1]\n"_s.arg(key) + result.text);
    }
    return 0;
}
