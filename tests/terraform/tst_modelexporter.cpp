#include "hclcheck.h"
#include "terraform/hclwriter.h"
#include "terraform/modelexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using terraform::ExportOptions;
using terraform::ExportResult;
using terraform::ExportWarning;
using terraform::ModelExporter;

namespace {

using Codes = QList<ExportWarning::Code>;

struct Case
{
    QString name;
    QList<pai::Model> models;
    QList<pai::Workspace> workspaces;
    ExportOptions options;
    QString golden;         // file under tests/data/terraform, or empty
    Codes expectedWarnings; // each must appear at least once
    terraform::VersionsByModel versions = {};
};

pai::Model model(const QString &id, const QString &name)
{
    pai::Model m;
    m.modelId = id;
    m.modelName = name;
    m.workspaceId = u"12345"_s;
    return m;
}

pai::Model typicalModel()
{
    pai::Model m = model(u"model-0123456789abcdef"_s, u"qwen-chat-7b"_s);
    m.accessibility = u"PRIVATE"_s;
    m.domain = u"nlp"_s;
    m.task = u"text-generation"_s;
    m.origin = u"ModelScope"_s;
    m.modelType = u"Checkpoint"_s;
    m.modelDoc = u"https://example.com/qwen"_s;
    m.modelDescription = u"Fine-tuned \"chat\" model"_s;
    m.orderNumber = 1;
    m.provider = u"pai"_s;        // not a resource attribute: must not appear
    m.parameterSize = 7000000000; // idem
    m.labels = {{u"base_model"_s, u"Qwen-7B"_s}, {u"license"_s, u"apache-2.0"_s}};
    m.extraInfo = QJsonObject{{u"framework"_s, u"PyTorch"_s}, {u"max-tokens"_s, u"4096"_s}};
    return m;
}

pai::Model secondModel()
{
    pai::Model m = model(u"model-1111"_s, u"Resnet 50 (ImageNet)"_s);
    m.accessibility = u"PUBLIC"_s;
    m.domain = u"cv"_s;
    m.task = u"image-classification"_s;
    m.orderNumber = 20;
    m.labels = {{u"team"_s, u"vision"_s}};
    return m;
}

pai::Workspace workspace()
{
    pai::Workspace w;
    w.workspaceId = u"12345"_s;
    w.workspaceName = u"ml_team"_s;
    w.displayName = u"ML team"_s;
    w.description = u"Models of the ML team"_s;
    w.envTypes = {u"prod"_s};
    return w;
}

// Every field a version can hold, the way the service returns them.
pai::ModelVersion fullVersion()
{
    pai::ModelVersion v;
    v.versionName = u"1.0.0"_s;
    v.uri = u"oss://hz-example.oss-cn-hangzhou-internal.aliyuncs.com/checkpoints/"_s;
    v.versionDescription = u"First \"release\""_s;
    v.formatType = u"SavedModel"_s;
    v.frameworkType = u"PyTorch"_s;
    v.approvalStatus = u"Pending"_s;
    v.sourceType = u"TrainingService"_s;
    v.sourceId = u"region=${region},workspaceId=${workspace_id},kind=TrainingJob,id=job-id"_s;
    v.options = u"{\"test\":\"options\"}"_s;
    v.metrics = QJsonObject{
        {u"accuracy"_s, 0.175},
        {u"best"_s, true},
        {u"Results"_s, QJsonArray{QJsonObject{{u"Dataset"_s, u"d-1"_s}, {u"loss"_s, 0.4}}}},
        {u"note"_s, u"ok"_s}};
    v.trainingSpec = QJsonObject{{u"test"_s, u"TrainingSpec"_s}};
    v.inferenceSpec = QJsonObject{{u"processor"_s, u"pytorch_gpu"_s},
                                  {u"metadata"_s, QJsonObject{{u"cpu"_s, 4}}}};
    v.extraInfo = QJsonObject{{u"test"_s, u"15"_s}, {u"gone"_s, QJsonValue::Null}};
    v.evaluationSpec = QJsonObject{{u"dataset"_s, u"d-eval"_s}};
    v.distillationSpec = QJsonObject{{u"teacher"_s, u"model-big"_s}};
    v.labels = {{u"k1"_s, u"vs1"_s}, {u"stage"_s, u"prod"_s}};
    // Read-only: never exported.
    v.gmtCreateTime = u"2024-03-01T11:00:00.000Z"_s;
    v.userId = u"1557702098000000"_s;
    return v;
}

pai::ModelVersion bareVersion(const QString &name)
{
    pai::ModelVersion v;
    v.versionName = name;
    v.uri = u"https://example.com/models/"_s + name;
    return v;
}

QList<Case> cases()
{
    QList<Case> list;
    ExportOptions defaults;
    defaults.region = u"cn-hangzhou"_s;

    list.append({u"typical-literal"_s,
                 {typicalModel(), secondModel()},
                 {},
                 defaults,
                 u"typical_literal.tf"_s,
                 {ExportWarning::Code::ResourceRenamed}});

    ExportOptions variable = defaults;
    variable.workspaceRef = ExportOptions::WorkspaceRef::Variable;
    list.append(
        {u"typical-variable"_s, {typicalModel()}, {}, variable, u"typical_variable.tf"_s, {}});

    ExportOptions resource = defaults;
    resource.workspaceRef = ExportOptions::WorkspaceRef::Resource;
    resource.resourceType = ExportOptions::ResourceType::LegacyPaiWorkspaceModel;
    list.append({u"typical-resource-legacy"_s,
                 {typicalModel(), secondModel()},
                 {workspace()},
                 resource,
                 u"typical_resource_legacy.tf"_s,
                 {}});

    {
        pai::Model other = typicalModel();
        other.modelId = u"model-9"_s;
        other.workspaceId = u"777"_s;
        list.append({u"resource-missing-workspace"_s,
                     {typicalModel(), other},
                     {workspace()},
                     resource,
                     QString(),
                     {ExportWarning::Code::WorkspaceNotExported}});
        ExportOptions twoVariables = variable;
        list.append({u"two-workspace-variables"_s,
                     {typicalModel(), other},
                     {},
                     twoVariables,
                     QString(),
                     {}});
    }

    // The same model selected twice is exported once.
    list.append({u"duplicate-model"_s,
                 {typicalModel(), secondModel(), typicalModel()},
                 {},
                 defaults,
                 QString(),
                 {}});

    ExportOptions bare;
    bare.importBlocks = false;
    bare.header = false;
    list.append({u"no-import-no-header"_s,
                 {typicalModel()},
                 {},
                 bare,
                 u"minimal_noheader_noimport.tf"_s,
                 {}});

    // Adversarial text in every string the exporter writes.
    {
        pai::Model m = model(u"model-adv1"_s, u"He said \"hi\" \\ C:\\path\nnext\tline\r"_s);
        m.modelDescription = u"uses ${var.x} and %{ if x }yes%{ endif } and $${literal} 100% $"_s;
        m.modelDoc = u"\\u0041 is not an escape"_s;
        m.labels = {{u"q\"uote"_s, u"${var.x}"_s},
                    {u"tab\t"_s, u"%{ if x }"_s},
                    {u"emoji"_s, u"😀 👨\u200d👩\u200d👧 🇨🇳"_s},
                    {u"中文"_s, u"值"_s}};
        m.extraInfo = QJsonObject{{u"for"_s, u"loop"_s},       {u"a.b"_s, u"dotted"_s},
                                  {QString(), u"empty key"_s}, {u"with space"_s, u"spaced"_s},
                                  {u"1st"_s, u"digit"_s},      {u"${k}"_s, u"%{v}"_s}};
        pai::Model cjk = model(u"model-adv2"_s, u"中文模型 😀"_s);
        cjk.modelDescription = u"描述：模型 \u200b zero width, \u00a0 nbsp, \u2028 line sep"_s;
        cjk.orderNumber = 0;
        pai::Model controls = model(u"model-adv3"_s, u"ctl"_s);
        static constexpr char16_t controlText[] = u"nul\u0000bel\u0007del\u007f\u0085\ufeff\ue000";
        controls.modelDescription = QString::fromUtf16(controlText, std::size(controlText) - 1);
        list.append({u"adversarial-text"_s,
                     {m, cjk, controls},
                     {},
                     defaults,
                     u"adversarial.tf"_s,
                     {ExportWarning::Code::ResourceRenamed}});
    }
    {
        // Names that collide, start with digits, and a model with nothing optional set.
        pai::Model a = model(u"model-c"_s, u"My Model"_s);
        pai::Model b = model(u"model-a"_s, u"my-model"_s);
        pai::Model c = model(u"model-b"_s, u"my.model"_s);
        pai::Model d = model(u"model-d"_s, u"7b-chat"_s);
        pai::Model e = model(u"model-e"_s, u"bare"_s);
        e.workspaceId.clear();
        pai::Model f = model(u"model-f"_s, u"zero"_s);
        f.orderNumber = 0;
        f.extraInfo = QJsonObject{};
        list.append({u"names"_s,
                     {a, b, c, d, e, f},
                     {},
                     defaults,
                     u"names.tf"_s,
                     {ExportWarning::Code::ResourceRenamed}});
    }
    {
        pai::Model m = model(u"model-x"_s, u"extra"_s);
        m.extraInfo = QJsonObject{
            {u"int"_s, 4096},
            {u"float"_s, 0.5},
            {u"neg"_s, -3},
            {u"flag"_s, true},
            {u"off"_s, false},
            {u"nothing"_s, QJsonValue::Null},
            {u"list"_s, QJsonArray{1, u"two"_s, QJsonArray{}, QJsonObject{{u"for"_s, u"${x}"_s}}}},
            {u"object"_s,
             QJsonObject{{u"a.b"_s, QJsonObject{{QString(), true}}}, {u"s"_s, u"%{ if }"_s}}},
        };
        list.append({u"extra-info-types"_s,
                     {m},
                     {},
                     defaults,
                     u"extra_info_types.tf"_s,
                     {ExportWarning::Code::MapValueStringified, ExportWarning::Code::MapValueNested,
                      ExportWarning::Code::MapValueNullDropped}});
    }
    {
        pai::Model m = model(u"model-nfc"_s, u"cafe\u0301"_s);
        m.modelDescription = u"\u212b"_s; // Angstrom sign, NFC is U+00C5
        m.labels = {{u"k"_s, QString(QChar(0xd800)) + u"x"_s}};
        m.extraInfo = QJsonObject{{u"é"_s, u"1"_s}, {u"e\u0301"_s, u"2"_s}};
        list.append({u"normalization"_s,
                     {m},
                     {},
                     defaults,
                     QString(),
                     {ExportWarning::Code::NotNormalized, ExportWarning::Code::LoneSurrogate,
                      ExportWarning::Code::KeysCollideAfterNormalization}});
    }

    ExportOptions versions = defaults;
    versions.withVersions = true;
    {
        // model_id refers to the model's resource; options as jsonencode() when it is JSON.
        pai::ModelVersion spaced = bareVersion(u"1.1.0_rc"_s);
        spaced.options = u"{ \"b\": 1, \"a\": [true] }"_s;
        spaced.approvalStatus = u"Approved"_s;
        pai::ModelVersion text = bareVersion(u"2.0.0"_s);
        text.options = u"not json ${x}"_s;
        text.compressionSpec = QJsonObject{{u"method"_s, u"int8"_s}};
        list.append(
            {u"versions-reference"_s,
             {typicalModel(), secondModel()},
             {},
             versions,
             u"versions_reference.tf"_s,
             {ExportWarning::Code::MapValueStringified, ExportWarning::Code::MapValueNested,
              ExportWarning::Code::MapValueNullDropped,
              ExportWarning::Code::VersionFieldsNotExported,
              ExportWarning::Code::OptionsReformatted},
             {{typicalModel().modelId, {fullVersion(), spaced}}, {secondModel().modelId, {text}}}});
    }
    {
        // A model outside the file: model_id is its ID; the same version twice is one resource.
        ExportOptions bareVersions = versions;
        bareVersions.header = false;
        list.append({u"versions-literal"_s,
                     {secondModel()},
                     {},
                     bareVersions,
                     u"versions_literal.tf"_s,
                     {},
                     {{u"model-elsewhere"_s,
                       {bareVersion(u"0.1.0"_s), bareVersion(u"0.2.0"_s), bareVersion(u"0.1.0"_s)}},
                      {u"model-0"_s, {bareVersion(u"3.0.0"_s)}}}});
    }
    {
        // The legacy fork has no version resource: versions are left out, with a warning; its
        // workspace resource follows the legacy naming too.
        ExportOptions legacy = versions;
        legacy.workspaceRef = ExportOptions::WorkspaceRef::Resource;
        legacy.resourceType = ExportOptions::ResourceType::LegacyPaiWorkspaceModel;
        list.append({u"versions-legacy"_s,
                     {typicalModel()},
                     {workspace()},
                     legacy,
                     u"versions_legacy.tf"_s,
                     {ExportWarning::Code::VersionsNotExported},
                     {{typicalModel().modelId, {fullVersion()}}}});
    }
    // Versions handed over without the option are not exported.
    list.append({u"versions-not-asked-for"_s,
                 {typicalModel()},
                 {},
                 defaults,
                 QString(),
                 {},
                 {{typicalModel().modelId, {fullVersion()}}}});
    return list;
}

// What Terraform will hold for a string: invalid UTF-16 becomes U+FFFD, and cty normalizes to NFC.
QString terraformString(const QString &text)
{
    QString valid = text;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (valid[i].isHighSurrogate() && i + 1 < valid.size() && valid[i + 1].isLowSurrogate())
            ++i;
        else if (valid[i].isSurrogate())
            valid[i] = QChar(0xfffd);
    }
    return valid.normalized(QString::NormalizationForm_C);
}

QString jsonScalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue terraformJson(const QJsonValue &value)
{
    if (value.isString())
        return terraformString(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(terraformJson(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(terraformString(it.key()), terraformJson(it.value()));
        return out;
    }
    return value;
}

// What a map(string) attribute holds once Terraform has read the file.
QJsonObject expectedStringMap(const QJsonObject &object)
{
    QJsonObject expected;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = terraformString(it.key());
        if (it.value().isString())
            expected.insert(key, terraformString(it.value().toString()));
        else if (it.value().isDouble() || it.value().isBool())
            expected.insert(key, jsonScalarText(it.value()));
        else if (it.value().isArray() || it.value().isObject())
            expected.insert(key, QJsonObject{{u"__jsonencode__"_s, terraformJson(it.value())}});
    }
    return expected;
}

QJsonObject single(const QJsonValue &blocks)
{
    const QJsonArray array = blocks.toArray();
    return array.size() == 1 ? array.first().toObject() : QJsonObject();
}

} // namespace

class TestModelExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void roundTrip_data();
    void roundTrip();
    void stableAcrossExports();
    void options_data();
    void options();
    void variablePerWorkspaceEvenWhenNamesCollide();

private:
    void verifyModel(const Case &c, const ExportResult &result, const QJsonObject &parsed,
                     const pai::Model &m);
    void verifyVersion(const Case &c, const ExportResult &result, const QJsonObject &parsed,
                       const QString &modelId, const pai::ModelVersion &v);

    QList<Case> m_cases;
    QList<ExportResult> m_results;
    QList<hclcheck::Result> m_checks;
};

void TestModelExporter::initTestCase()
{
    m_cases = cases();
    QList<QByteArray> files;
    for (const Case &c : std::as_const(m_cases)) {
        m_results.append(ModelExporter(c.options).exportModels(c.models, c.workspaces, c.versions));
        files.append(m_results.last().toUtf8());
    }
    // One node process for all cases: the parser takes most of a second to start.
    if (const QString reason = hclcheck::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_checks = hclcheck::check(files);
}

void TestModelExporter::golden_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i) {
        if (!all[i].golden.isEmpty())
            QTest::newRow(qPrintable(all[i].name)) << i;
    }
}

void TestModelExporter::golden()
{
    QFETCH(int, index);
    const QString path =
        QStringLiteral(PAIDESK_TEST_DATA_DIR) + u"/terraform/"_s + m_cases[index].golden;
    const QByteArray actual = m_results[index].toUtf8();
    if (qEnvironmentVariableIsSet("PAIDESK_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(file.readAll()));
}

void TestModelExporter::roundTrip_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].name)) << i;
}

void TestModelExporter::roundTrip()
{
    QFETCH(int, index);
    const Case &c = m_cases[index];
    const ExportResult &result = m_results[index];
    const hclcheck::Result &check = m_checks[index];
    const QByteArray bytes = result.toUtf8();

    // File bytes: valid UTF-8, no BOM, LF only, exactly one final newline.
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString decoded = decoder.decode(bytes);
    QVERIFY(!decoder.hasError());
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.endsWith('\n') && !bytes.endsWith("\n\n"));

    // HashiCorp's parser accepts it and hclwrite.Format leaves it as it is.
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    QCOMPARE(check.formatted, decoded);

    for (const ExportWarning::Code code : c.expectedWarnings) {
        QVERIFY2(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                             [&](const ExportWarning &w) { return w.code == code; }),
                 qPrintable(u"missing warning %1"_s.arg(int(code))));
    }

    const QJsonObject &parsed = check.parsed;
    const QString type = ExportOptions::terraformType(c.options.resourceType);
    QSet<QString> distinctIds;
    for (const pai::Model &m : c.models)
        distinctIds.insert(m.modelId);
    QCOMPARE(parsed.value(u"resource"_s).toObject().value(type).toObject().size(),
             distinctIds.size());
    if (QTest::currentTestFailed())
        return;
    for (const pai::Model &m : c.models) {
        verifyModel(c, result, parsed, m);
        if (QTest::currentTestFailed())
            return;
    }

    // Every type follows one naming: the legacy file holds no upstream type at all.
    const QString workspaceType = ExportOptions::workspaceTerraformType(c.options.resourceType);
    const QString versionType = ExportOptions::versionTerraformType(c.options.resourceType);
    const QJsonObject resources = parsed.value(u"resource"_s).toObject();
    if (c.options.resourceType == ExportOptions::ResourceType::LegacyPaiWorkspaceModel) {
        for (const QString &type : resources.keys())
            QVERIFY2(type.startsWith(u"alicloud_p_a_i_"_s), qPrintable(type));
    }

    // Versions: one resource per distinct "<model_id>:<version_name>", when asked for and the
    // resource type has them.
    QSet<QString> versionKeys;
    if (c.options.withVersions && !versionType.isEmpty()) {
        for (auto it = c.versions.cbegin(); it != c.versions.cend(); ++it) {
            for (const pai::ModelVersion &v : it.value()) {
                const QString key = it.key() + u':' + v.versionName;
                if (versionKeys.contains(key))
                    continue;
                versionKeys.insert(key);
                verifyVersion(c, result, parsed, it.key(), v);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
    QCOMPARE(resources.value(u"alicloud_pai_workspace_model_version"_s).toObject().size(),
             versionKeys.size());
    QCOMPARE(result.versionResourceNames.size(), versionKeys.size());

    // Header.
    if (c.options.header) {
        const QJsonObject terraformBlock = single(parsed.value(u"terraform"_s));
        const QJsonObject providers = single(terraformBlock.value(u"required_providers"_s));
        QCOMPARE(
            providers.value(u"alicloud"_s).toObject(),
            (QJsonObject{{u"source"_s, u"aliyun/alicloud"_s}, {u"version"_s, u">= 1.249.0"_s}}));
        QCOMPARE(terraformBlock.contains(u"required_version"_s), c.options.importBlocks);
        const QJsonObject provider =
            single(parsed.value(u"provider"_s).toObject().value(u"alicloud"_s));
        QCOMPARE(provider.value(u"region"_s).toString(), c.options.region);
    } else {
        QVERIFY(!parsed.contains(u"terraform"_s));
        QVERIFY(!parsed.contains(u"provider"_s));
    }

    // Imports: one per exported resource, `to` a bare address (hcl2json shows it as ${...}).
    if (c.options.importBlocks) {
        QSet<QString> expected;
        for (const pai::Model &m : c.models)
            expected.insert(type + u'.' + result.resourceNames.value(m.modelId) + u'\n' +
                            m.modelId);
        const QJsonObject workspaceResources =
            parsed.value(u"resource"_s).toObject().value(workspaceType).toObject();
        for (auto it = workspaceResources.constBegin(); it != workspaceResources.constEnd(); ++it) {
            const QString name = single(it.value()).value(u"workspace_name"_s).toString();
            const auto ws =
                std::find_if(c.workspaces.cbegin(), c.workspaces.cend(),
                             [&](const pai::Workspace &w) { return w.workspaceName == name; });
            QVERIFY(ws != c.workspaces.cend());
            expected.insert(workspaceType + u'.' + it.key() + u'\n' + ws->workspaceId);
        }
        for (const QString &key : std::as_const(versionKeys))
            expected.insert(versionType + u'.' + result.versionResourceNames.value(key) + u'\n' +
                            key);
        QSet<QString> actual;
        for (const QJsonValue &import : parsed.value(u"import"_s).toArray()) {
            const QJsonObject object = import.toObject();
            const QString to = object.value(u"to"_s).toString();
            QVERIFY(to.startsWith(u"${"_s) && to.endsWith(u'}'));
            actual.insert(to.mid(2, to.size() - 3) + u'\n' + object.value(u"id"_s).toString());
        }
        QCOMPARE(actual, expected);
        QCOMPARE(parsed.value(u"import"_s).toArray().size(), expected.size());
    } else {
        QVERIFY(!parsed.contains(u"import"_s));
    }

    // Resource names are valid Terraform identifiers.
    static const QRegularExpression validName(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    for (const QString &name : result.resourceNames)
        QVERIFY2(validName.match(name).hasMatch(), qPrintable(name));
    for (const QString &name : result.versionResourceNames)
        QVERIFY2(validName.match(name).hasMatch(), qPrintable(name));
}

void TestModelExporter::verifyVersion(const Case &c, const ExportResult &result,
                                      const QJsonObject &parsed, const QString &modelId,
                                      const pai::ModelVersion &v)
{
    const QString type = ExportOptions::versionTerraformType(c.options.resourceType);
    const QString name = result.versionResourceNames.value(modelId + u':' + v.versionName);
    const QJsonObject body =
        single(parsed.value(u"resource"_s).toObject().value(type).toObject().value(name));
    QVERIFY2(!body.isEmpty(), qPrintable(name));

    bool live = false;
    const auto literal = [&](const QString &key) {
        return hclcheck::literalText(body.value(key).toString(), &live);
    };
    QSet<QString> expectedKeys{u"model_id"_s, u"uri"_s};

    // model_id: a reference to the model's resource when it is in the file, else the ID.
    const bool modelInFile = std::any_of(c.models.cbegin(), c.models.cend(),
                                         [&](const pai::Model &m) { return m.modelId == modelId; });
    if (modelInFile) {
        QCOMPARE(body.value(u"model_id"_s).toString(),
                 u"${%1.%2.id}"_s.arg(ExportOptions::terraformType(c.options.resourceType),
                                      result.resourceNames.value(modelId)));
    } else {
        QCOMPARE(literal(u"model_id"_s), modelId);
    }
    QCOMPARE(literal(u"uri"_s), terraformString(v.uri));

    const std::pair<QString, QString> optionalStrings[] = {
        {u"version_name"_s, v.versionName},
        {u"version_description"_s, v.versionDescription},
        {u"format_type"_s, v.formatType},
        {u"framework_type"_s, v.frameworkType},
        {u"approval_status"_s, v.approvalStatus},
        {u"source_type"_s, v.sourceType},
        {u"source_id"_s, v.sourceId}};
    for (const auto &[key, value] : optionalStrings) {
        if (value.isEmpty())
            continue;
        expectedKeys.insert(key);
        QCOMPARE(literal(key), terraformString(value));
    }

    if (!v.options.isEmpty()) {
        expectedKeys.insert(u"options"_s);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(v.options.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue value =
                json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
            QCOMPARE(hclcheck::literalValue(body.value(u"options"_s), &live),
                     QJsonValue(QJsonObject{{u"__jsonencode__"_s, terraformJson(value)}}));
        } else {
            QCOMPARE(literal(u"options"_s), terraformString(v.options));
        }
    }

    const std::pair<QString, QJsonObject> maps[] = {{u"metrics"_s, v.metrics},
                                                    {u"training_spec"_s, v.trainingSpec},
                                                    {u"inference_spec"_s, v.inferenceSpec},
                                                    {u"extra_info"_s, v.extraInfo}};
    for (const auto &[key, value] : maps) {
        const QJsonObject expected = expectedStringMap(value);
        if (expected.isEmpty())
            continue;
        expectedKeys.insert(key);
        QCOMPARE(hclcheck::literalValue(body.value(key), &live).toObject(), expected);
    }

    if (!v.labels.isEmpty()) {
        expectedKeys.insert(u"labels"_s);
        const QJsonArray labels = body.value(u"labels"_s).toArray();
        QCOMPARE(labels.size(), v.labels.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QJsonObject label = labels[i].toObject();
            QCOMPARE(hclcheck::literalText(label.value(u"key"_s).toString(), &live),
                     terraformString(v.labels[i].key));
            QCOMPARE(hclcheck::literalText(label.value(u"value"_s).toString(), &live),
                     terraformString(v.labels[i].value));
        }
    }

    // Fields the provider lacks are named in a comment and a warning, never as attributes.
    const bool lacks = !v.evaluationSpec.isEmpty() || !v.compressionSpec.isEmpty() ||
                       !v.distillationSpec.isEmpty();
    const QString address = type + u'.' + name;
    QCOMPARE(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                         [&](const ExportWarning &w) {
                             return w.code == ExportWarning::Code::VersionFieldsNotExported &&
                                    w.subject == address;
                         }),
             lacks);
    if (!v.evaluationSpec.isEmpty())
        QVERIFY(result.text.contains(u"provider has no attribute for: EvaluationSpec"_s));

    const QStringList keys = body.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), expectedKeys);
    QVERIFY2(!live, "a string holds a live interpolation or directive");
}

void TestModelExporter::verifyModel(const Case &c, const ExportResult &result,
                                    const QJsonObject &parsed, const pai::Model &m)
{
    const QString type = ExportOptions::terraformType(c.options.resourceType);
    const QString name = result.resourceNames.value(m.modelId);
    const QJsonObject body =
        single(parsed.value(u"resource"_s).toObject().value(type).toObject().value(name));
    QVERIFY2(!body.isEmpty(), qPrintable(name));

    bool live = false;
    QSet<QString> expectedKeys{u"model_name"_s};
    const auto literal = [&](const QString &key) {
        return hclcheck::literalText(body.value(key).toString(), &live);
    };

    QCOMPARE(literal(u"model_name"_s), terraformString(m.modelName));
    const std::pair<QString, QString> optionalStrings[] = {
        {u"accessibility"_s, m.accessibility},
        {u"domain"_s, m.domain},
        {u"task"_s, m.task},
        {u"origin"_s, m.origin},
        {u"model_type"_s, m.modelType},
        {u"model_doc"_s, m.modelDoc},
        {u"model_description"_s, m.modelDescription}};
    for (const auto &[key, value] : optionalStrings) {
        if (value.isEmpty())
            continue;
        expectedKeys.insert(key);
        QCOMPARE(literal(key), terraformString(value));
    }

    if (!m.workspaceId.isEmpty()) {
        expectedKeys.insert(u"workspace_id"_s);
        const QString written = body.value(u"workspace_id"_s).toString();
        const bool inExport =
            std::any_of(c.workspaces.cbegin(), c.workspaces.cend(),
                        [&](const pai::Workspace &w) { return w.workspaceId == m.workspaceId; });
        switch (c.options.workspaceRef) {
        case ExportOptions::WorkspaceRef::Variable: {
            static const QRegularExpression reference(u"^\\$\\{var\\.([A-Za-z0-9_]+)\\}$"_s);
            const auto match = reference.match(written);
            QVERIFY2(match.hasMatch(), qPrintable(written));
            const QJsonObject variable =
                single(parsed.value(u"variable"_s).toObject().value(match.captured(1)));
            QCOMPARE(variable.value(u"default"_s).toString(), m.workspaceId);
            QCOMPARE(variable.value(u"type"_s).toString(), u"${string}"_s);
            break;
        }
        case ExportOptions::WorkspaceRef::Resource:
            if (inExport) {
                const QString workspaceType =
                    ExportOptions::workspaceTerraformType(c.options.resourceType);
                const QRegularExpression reference(u"^\\$\\{"_s + workspaceType +
                                                   u"\\.([A-Za-z0-9_]+)\\.id\\}$"_s);
                const auto match = reference.match(written);
                QVERIFY2(match.hasMatch(), qPrintable(written));
                const QJsonObject ws = single(parsed.value(u"resource"_s)
                                                  .toObject()
                                                  .value(workspaceType)
                                                  .toObject()
                                                  .value(match.captured(1)));
                const pai::Workspace expected = workspace();
                QCOMPARE(ws.value(u"workspace_name"_s).toString(), expected.workspaceName);
                QCOMPARE(ws.value(u"description"_s).toString(), expected.description);
                QCOMPARE(ws.value(u"display_name"_s).toString(), expected.displayName);
                QCOMPARE(ws.value(u"env_types"_s).toArray(),
                         QJsonArray::fromStringList(expected.envTypes));
                break;
            }
            Q_FALLTHROUGH();
        case ExportOptions::WorkspaceRef::Literal:
            QCOMPARE(literal(u"workspace_id"_s), m.workspaceId);
            break;
        }
    }

    if (m.orderNumber) {
        expectedKeys.insert(u"order_number"_s);
        QVERIFY(body.value(u"order_number"_s).isDouble());
        QCOMPARE(body.value(u"order_number"_s).toInteger(), *m.orderNumber);
    }

    if (!m.labels.isEmpty()) {
        expectedKeys.insert(u"labels"_s);
        const QJsonArray labels = body.value(u"labels"_s).toArray();
        QCOMPARE(labels.size(), m.labels.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QJsonObject label = labels[i].toObject();
            QCOMPARE(hclcheck::literalText(label.value(u"key"_s).toString(), &live),
                     terraformString(m.labels[i].key));
            QCOMPARE(hclcheck::literalText(label.value(u"value"_s).toString(), &live),
                     terraformString(m.labels[i].value));
        }
    }

    const QJsonObject expectedExtra = expectedStringMap(m.extraInfo);
    if (!expectedExtra.isEmpty()) {
        expectedKeys.insert(u"extra_info"_s);
        const QJsonValue extra = hclcheck::literalValue(body.value(u"extra_info"_s), &live);
        const bool collides = std::any_of(
            result.warnings.cbegin(), result.warnings.cend(), [](const ExportWarning &w) {
                return w.code == ExportWarning::Code::KeysCollideAfterNormalization;
            });
        if (collides) // Terraform keeps one of the colliding keys; the warning said so.
            QCOMPARE(extra.toObject().keys(), expectedExtra.keys());
        else
            QCOMPARE(extra.toObject(), expectedExtra);
    }

    const QStringList keys = body.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), expectedKeys);
    QVERIFY2(!live, "a string holds a live interpolation or directive");
}

void TestModelExporter::stableAcrossExports()
{
    const QList<Case> all = cases();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [](const Case &c) { return c.name == u"names"_s; });
    QVERIFY(found != all.cend());
    const Case &c = *found;
    const ExportResult first = ModelExporter(c.options).exportModels(c.models);
    QList<pai::Model> reversed = c.models;
    std::reverse(reversed.begin(), reversed.end());
    const ExportResult second = ModelExporter(c.options).exportModels(reversed);
    QCOMPARE(second.resourceNames, first.resourceNames);
    QCOMPARE(ModelExporter(c.options).exportModels(c.models).text, first.text);
    QCOMPARE(first.resourceNames.value(u"model-a"_s), u"my_model"_s);
    QCOMPARE(first.resourceNames.value(u"model-b"_s), u"my_model_2"_s);
    QCOMPARE(first.resourceNames.value(u"model-c"_s), u"my_model_3"_s);
    QCOMPARE(first.resourceNames.value(u"model-d"_s), u"model_7b_chat"_s);
}

void TestModelExporter::options_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("isWorkspaceRef");
    QTest::addColumn<int>("expected"); // -1: rejected
    QTest::newRow("literal") << u"literal"_s << true << int(ExportOptions::WorkspaceRef::Literal);
    QTest::newRow("variable") << u"variable"_s << true
                              << int(ExportOptions::WorkspaceRef::Variable);
    QTest::newRow("resource") << u"resource"_s << true
                              << int(ExportOptions::WorkspaceRef::Resource);
    QTest::newRow("bad-ref") << u"Literal"_s << true << -1;
    QTest::newRow("pai") << u"pai_workspace_model"_s << false
                         << int(ExportOptions::ResourceType::PaiWorkspaceModel);
    QTest::newRow("legacy") << u"p_a_i_workspace_model"_s << false
                            << int(ExportOptions::ResourceType::LegacyPaiWorkspaceModel);
    QTest::newRow("full-name") << u"alicloud_p_a_i_workspace_model"_s << false
                               << int(ExportOptions::ResourceType::LegacyPaiWorkspaceModel);
    QTest::newRow("bad-type") << u"pai_model"_s << false << -1;
}

void TestModelExporter::options()
{
    QFETCH(QString, flag);
    QFETCH(bool, isWorkspaceRef);
    QFETCH(int, expected);
    if (isWorkspaceRef) {
        const auto ref = ExportOptions::workspaceRefFromString(flag);
        QCOMPARE(ref ? int(*ref) : -1, expected);
        if (ref)
            QCOMPARE(ExportOptions::toString(*ref), flag);
    } else {
        const auto type = ExportOptions::resourceTypeFromString(flag);
        QCOMPARE(type ? int(*type) : -1, expected);
        if (type)
            QVERIFY(flag.endsWith(ExportOptions::toString(*type)));
    }
}

void TestModelExporter::variablePerWorkspaceEvenWhenNamesCollide()
{
    // "a.b" and "a_b" sanitize alike; each model must still point at its own workspace
    // (found by fuzz_hclwriter).
    QList<pai::Model> models(2);
    models[0].modelId = u"model-1"_s;
    models[0].modelName = u"first"_s;
    models[0].workspaceId = u"a.b"_s;
    models[1].modelId = u"model-2"_s;
    models[1].modelName = u"second"_s;
    models[1].workspaceId = u"a_b"_s;
    ExportOptions options;
    options.workspaceRef = ExportOptions::WorkspaceRef::Variable;
    const QString text = ModelExporter(options).exportModels(models).text;
    QVERIFY2(text.contains(u"variable \"workspace_id_a_b\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"variable \"workspace_id_a_b_2\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"default     = \"a.b\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"default     = \"a_b\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"workspace_id = var.workspace_id_a_b\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"workspace_id = var.workspace_id_a_b_2\n"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestModelExporter)
#include "tst_modelexporter.moc"
