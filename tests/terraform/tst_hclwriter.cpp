#include "hclcheck.h"
#include "terraform/hclwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using terraform::ExportWarning;
using terraform::HclBody;
using terraform::HclExpression;
using terraform::HclWriter;

class TestHclWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoted_data();
    void quoted();
    void objectKey_data();
    void objectKey();
    void columns_data();
    void columns();
    void numberText_data();
    void numberText();
    void layout_data();
    void layout();
    void fileBytes();
    void warnings();
    void hashicorpAgrees();

private:
    static QList<std::pair<QString, HclBody>> layoutCases();
};

void TestHclWriter::quoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    // The hclwrite table of hcl.md §4.2, plus the template corner cases of §4.1.
    QTest::newRow("quote-backslash")
        << u"quote\" back\\slash"_s << u"\"quote\\\" back\\\\slash\""_s;
    QTest::newRow("nl-cr-tab") << u"nl\ncr\rtab\t"_s << u"\"nl\\ncr\\rtab\\t\""_s;
    QTest::newRow("interpolation") << u"${var.x}"_s << u"\"$${var.x}\""_s;
    QTest::newRow("escaped-interpolation") << u"$${x}"_s << u"\"$$${x}\""_s;
    QTest::newRow("directive") << u"%{if}"_s << u"\"%%{if}\""_s;
    QTest::newRow("dollar-percent-alone") << u"cost $5, 50% $"_s << u"\"cost $5, 50% $\""_s;
    QTest::newRow("controls") << u"\u0000\u0007\u001b\u007f\u0085"_s
                              << u"\"\\u0000\\u0007\\u001b\\u007f\\u0085\""_s;
    QTest::newRow("invisible") << u"\u00a0\u200b\u200d\u2028\u2029\ufeff\u3000"_s
                               << u"\"\\u00a0\\u200b\\u200d\\u2028\\u2029\\ufeff\\u3000\""_s;
    QTest::newRow("cjk-emoji-flag") << u"模型 😀 🇨🇳"_s << u"\"模型 😀 🇨🇳\""_s;
    QTest::newRow("zwj-sequence") << u"👨\u200d👩\u200d👧"_s << u"\"👨\\u200d👩\\u200d👧\""_s;
    QTest::newRow("tag-and-private-use")
        << QString::fromUcs4(U"\U000e0067\ue000") << u"\"\\U000e0067\\ue000\""_s;
    QTest::newRow("soft-hyphen") << u"a\u00adb"_s << u"\"a\\u00adb\""_s;
    QTest::newRow("lone-surrogate") << QString(QChar(0xd800)) + u"x"_s << u"\"\ufffdx\""_s;
    QTest::newRow("accented") << u"é"_s << u"\"é\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
}

void TestHclWriter::quoted()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(HclWriter::quoted(value), expected);
}

void TestHclWriter::objectKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("identifier") << u"base_model"_s << u"base_model"_s;
    QTest::newRow("dash") << u"max-tokens"_s << u"max-tokens"_s;
    QTest::newRow("for") << u"for"_s << u"\"for\""_s;
    QTest::newRow("if") << u"if"_s << u"if"_s;
    QTest::newRow("dotted") << u"a.b"_s << u"\"a.b\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("space") << u"with space"_s << u"\"with space\""_s;
    QTest::newRow("digit-first") << u"1st"_s << u"\"1st\""_s;
    QTest::newRow("non-ascii") << u"模型"_s << u"\"模型\""_s;
    QTest::newRow("template") << u"${x}"_s << u"\"$${x}\""_s;
}

void TestHclWriter::objectKey()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(HclWriter::objectKey(key), expected);
}

void TestHclWriter::columns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    // hcl.md §9.1 point 4.
    QTest::newRow("ascii") << u"order_number"_s << 12;
    QTest::newRow("cjk") << u"\"有中文\""_s << 5;
    QTest::newRow("escape-as-written") << u"\"\\u00e9\""_s << 8;
    QTest::newRow("combining") << u"\"e\u0301\""_s << 3;
    QTest::newRow("family") << u"👨\u200d👩\u200d👧"_s << 1;
    QTest::newRow("flag") << u"🇨🇳"_s << 1;
}

void TestHclWriter::columns()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(HclWriter::columns(text), expected);
}

void TestHclWriter::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << 4096.0 << u"4096"_s;
    QTest::newRow("negative") << -42.0 << u"-42"_s;
    QTest::newRow("fraction") << 0.1 << u"0.1"_s;
    QTest::newRow("large") << 1e21 << u"1000000000000000000000"_s;
    QTest::newRow("small") << 1.5e-7 << u"0.00000015"_s;
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("mixed") << -1234.5678 << u"-1234.5678"_s;
}

void TestHclWriter::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(terraform::hclNumberText(value), expected);
}

QList<std::pair<QString, HclBody>> TestHclWriter::layoutCases()
{
    QList<std::pair<QString, HclBody>> cases;

    {
        HclBody file;
        HclBody &resource =
            file.addBlock(u"resource"_s, {u"alicloud_pai_workspace_model"_s, u"m1"_s});
        resource.addAttribute(u"model_name"_s, HclExpression::string(u"x"_s));
        resource.addAttribute(u"accessibility"_s, HclExpression::string(u"PRIVATE"_s));
        resource.addAttribute(u"order_number"_s, HclExpression::number(qint64(1)));
        resource.addAttribute(
            u"extra_info"_s,
            HclExpression::object({{u"long.key.name"_s, HclExpression::string(u"2"_s)},
                                   {u"a"_s, HclExpression::string(u"1"_s)},
                                   {u"有中文"_s, HclExpression::string(u"3"_s)}}),
            {u"a comment"_s});
        HclBody &labels1 = resource.addBlock(u"labels"_s);
        labels1.addAttribute(u"key"_s, HclExpression::string(u"k"_s));
        labels1.addAttribute(u"value"_s, HclExpression::string(u"v"_s));
        HclBody &labels2 = resource.addBlock(u"labels"_s);
        labels2.addAttribute(u"key"_s, HclExpression::string(u"k2"_s));
        labels2.addAttribute(u"value"_s, HclExpression::string(u"v2"_s));
        HclBody &import = file.addBlock(u"import"_s);
        import.addAttribute(u"to"_s,
                            HclExpression::traversal(u"alicloud_pai_workspace_model.m1"_s));
        import.addAttribute(u"id"_s, HclExpression::string(u"model-1"_s));
        cases.append({u"resource\n"
                      "  model_name    = \"x\"\n"
                      "  accessibility = \"PRIVATE\"\n"
                      "  order_number  = 1\n"
                      "\n"
                      "  # a comment\n"
                      "  extra_info = {\n"
                      "    a               = \"1\"\n"
                      "    \"long.key.name\" = \"2\"\n"
                      "    \"有中文\"           = \"3\"\n"
                      "  }\n"
                      "\n"
                      "  labels {\n"
                      "    key   = \"k\"\n"
                      "    value = \"v\"\n"
                      "  }\n"
                      "  labels {\n"
                      "    key   = \"k2\"\n"
                      "    value = \"v2\"\n"
                      "  }\n"
                      "}\n"
                      "\n"
                      "import {\n"
                      "  to = alicloud_pai_workspace_model.m1\n"
                      "  id = \"model-1\"\n"
                      "}\n"_s,
                      file});
    }
    {
        HclBody file;
        HclBody &terraform = file.addBlock(u"terraform"_s);
        terraform.addAttribute(u"required_version"_s, HclExpression::string(u">= 1.5.0"_s));
        HclBody &providers = terraform.addBlock(u"required_providers"_s);
        providers.addAttribute(
            u"alicloud"_s,
            HclExpression::object({{u"version"_s, HclExpression::string(u">= 1.249.0"_s)},
                                   {u"source"_s, HclExpression::string(u"aliyun/alicloud"_s)}}));
        file.addBlock(u"provider"_s, {u"alicloud"_s});
        cases.append({u"terraform {\n"
                      "  required_version = \">= 1.5.0\"\n"
                      "\n"
                      "  required_providers {\n"
                      "    alicloud = {\n"
                      "      source  = \"aliyun/alicloud\"\n"
                      "      version = \">= 1.249.0\"\n"
                      "    }\n"
                      "  }\n"
                      "}\n"
                      "\n"
                      "provider \"alicloud\" {}\n"_s,
                      file});
    }
    {
        HclBody file;
        file.addComment(u"two\nlines $${x}"_s);
        file.addAttribute(
            u"v"_s, HclExpression::call(
                        u"jsonencode"_s,
                        {HclExpression::fromJson(QJsonObject{
                            {u"for"_s, QJsonArray{1, -2.5, true, QJsonValue::Null, u"${x}"_s}},
                            {u"b"_s, QJsonObject{}},
                            {u"a"_s, QJsonArray{}}})}));
        file.addAttribute(u"long_name"_s, HclExpression::list({}));
        cases.append(
            {u"# two\\nlines $${x}\n"
             "\n"
             "v = jsonencode({ a = [], b = {}, \"for\" = [1, -2.5, true, null, \"$${x}\"] })\n"
             "\n"
             "long_name = []\n"_s,
             file});
    }
    return cases;
}

void TestHclWriter::layout_data()
{
    QTest::addColumn<int>("index");
    const auto cases = layoutCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::addRow("case%d", i) << i;
}

void TestHclWriter::layout()
{
    QFETCH(int, index);
    const auto cases = layoutCases();
    QString expected = cases[index].first;
    if (expected.startsWith(u"resource\n"_s))
        expected.replace(0, 9, u"resource \"alicloud_pai_workspace_model\" \"m1\" {\n"_s);
    HclWriter writer;
    QCOMPARE(writer.render(cases[index].second), expected);
}

void TestHclWriter::fileBytes()
{
    HclBody file;
    file.addBlock(u"provider"_s, {u"alicloud"_s})
        .addAttribute(u"region"_s, HclExpression::string(u"cn-杭州"_s));
    HclWriter writer;
    const QByteArray bytes = writer.renderUtf8(file);
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!bytes.endsWith("\n\n"));
    QVERIFY(!bytes.contains(" \n"));
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(bytes);
    QVERIFY(!decoder.hasError());
    QVERIFY(text.contains(u"杭州"_s));
}

void TestHclWriter::warnings()
{
    HclBody file;
    HclBody &block = file.addBlock(u"resource"_s, {u"t"_s, u"n"_s});
    block.addAttribute(u"nfc"_s, HclExpression::string(u"é"_s));
    block.addAttribute(u"not_nfc"_s, HclExpression::string(u"e\u0301"_s));
    block.addAttribute(u"surrogate"_s, HclExpression::string(QString(QChar(0xdc00))));
    block.addAttribute(u"map"_s,
                       HclExpression::object({{u"é"_s, HclExpression::string(u"1"_s)},
                                              {u"e\u0301"_s, HclExpression::string(u"2"_s)}}));
    HclWriter writer;
    writer.render(file);

    QList<ExportWarning::Code> codes;
    QStringList subjects;
    for (const ExportWarning &warning : writer.warnings()) {
        codes.append(warning.code);
        subjects.append(warning.subject);
        QVERIFY(!warning.message.isEmpty());
    }
    QVERIFY(subjects.contains(u"t.n.not_nfc"_s));
    QVERIFY(!subjects.contains(u"t.n.nfc"_s));
    QVERIFY(subjects.contains(u"t.n.surrogate"_s));
    QVERIFY(codes.contains(ExportWarning::Code::NotNormalized));
    QVERIFY(codes.contains(ExportWarning::Code::LoneSurrogate));
    QVERIFY(codes.contains(ExportWarning::Code::KeysCollideAfterNormalization));

    // A clean document leaves no warnings behind from the previous render.
    writer.render(HclBody());
    QVERIFY(writer.warnings().isEmpty());
}

// Every layout case, checked by HashiCorp's own parser and formatter.
void TestHclWriter::hashicorpAgrees()
{
    if (const QString reason = hclcheck::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    QList<QByteArray> files;
    for (const auto &entry : layoutCases()) {
        HclWriter writer;
        files.append(writer.renderUtf8(entry.second));
    }
    const QList<hclcheck::Result> results = hclcheck::check(files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QVERIFY2(results[i].error.isEmpty(), qPrintable(results[i].error));
        QCOMPARE(results[i].formatted, QString::fromUtf8(files[i]));
    }
    // The jsonencode case keeps its nested value exactly, with the template text literal.
    bool live = false;
    const QJsonValue v = hclcheck::literalValue(results[2].parsed.value(u"v"_s), &live);
    QVERIFY(!live);
    QCOMPARE(v.toObject().value(u"__jsonencode__"_s).toObject().value(u"for"_s).toArray(),
             (QJsonArray{1, -2.5, true, QJsonValue::Null, u"${x}"_s}));
}

QTEST_GUILESS_MAIN(TestHclWriter)
#include "tst_hclwriter.moc"
