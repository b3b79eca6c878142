#include "terraform/resourcenamer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using terraform::ResourceNamer;

class TestResourceNamer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void assign_data();
    void assign();
};

void TestResourceNamer::sanitize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"qwen-chat-7b"_s << u"model-1"_s << u"qwen_chat_7b"_s;
    QTest::newRow("upper-and-dots") << u"Llama 3.1 8B"_s << u"model-1"_s << u"llama_3_1_8b"_s;
    QTest::newRow("collapse-trim") << u"__a--b  c__"_s << u"model-1"_s << u"a_b_c"_s;
    QTest::newRow("digit-first") << u"7b-chat"_s << u"model-1"_s << u"model_7b_chat"_s;
    QTest::newRow("quotes-templates")
        << u"He said \"${var.x}\""_s << u"model-1"_s << u"he_said_var_x"_s;
    QTest::newRow("mostly-cjk") << u"中文模型 v2"_s << u"model-abc123"_s << u"model_abc123"_s;
    QTest::newRow("some-accents") << u"Modèle français"_s << u"model-1"_s << u"mod_le_fran_ais"_s;
    QTest::newRow("emoji-only") << u"😀😀"_s << u"model-x9"_s << u"model_x9"_s;
    QTest::newRow("empty") << QString() << QString() << u"model"_s;
    QTest::newRow("punctuation-only") << u"!!!"_s << u"42"_s << u"model_42"_s;
}

void TestResourceNamer::sanitize()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const QString result = ResourceNamer::sanitize(name, id, u"model_"_s);
    QCOMPARE(result, expected);
    static const QRegularExpression valid(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    QVERIFY(valid.match(result).hasMatch());
    // Stable: the same input always gives the same name.
    QCOMPARE(ResourceNamer::sanitize(name, id, u"model_"_s), result);
}

void TestResourceNamer::assign_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected"); // in the order of ids

    QTest::newRow("distinct") << QStringList{u"m-2"_s, u"m-1"_s} << QStringList{u"a"_s, u"b"_s}
                              << QStringList{u"a"_s, u"b"_s};
    // The smallest id keeps the plain name, whatever the input order.
    QTest::newRow("collision-by-id")
        << QStringList{u"m-3"_s, u"m-1"_s, u"m-2"_s}
        << QStringList{u"My Model"_s, u"my-model"_s, u"my.model"_s}
        << QStringList{u"my_model_3"_s, u"my_model"_s, u"my_model_2"_s};
    // A suffix never steals a name another model already has.
    QTest::newRow("suffix-taken") << QStringList{u"m-1"_s, u"m-2"_s, u"m-3"_s}
                                  << QStringList{u"a"_s, u"A"_s, u"a_2"_s}
                                  << QStringList{u"a"_s, u"a_3"_s, u"a_2"_s};
}

void TestResourceNamer::assign()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QList<ResourceNamer::Entry> entries;
    for (qsizetype i = 0; i < ids.size(); ++i)
        entries.append({ids[i], names[i]});
    const QHash<QString, QString> assigned = ResourceNamer::assign(entries, u"model_"_s);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(assigned.value(ids[i]), expected[i]);

    // Reversing the input changes nothing.
    std::reverse(entries.begin(), entries.end());
    QCOMPARE(ResourceNamer::assign(entries, u"model_"_s), assigned);
}

QTEST_GUILESS_MAIN(TestResourceNamer)
#include "tst_resourcenamer.moc"
