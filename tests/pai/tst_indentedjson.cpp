// The streamed JSON writer must spell everything as Qt's QJsonDocument does, or `paidesk-cli
// models` would print different bytes than the whole document. Random documents and models, with
// the characters writers disagree on, are written both ways and compared byte for byte.
#include "pai/indentedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString randomText(QRandomGenerator &random)
{
    // Plain text, then every character class a JSON writer may treat specially.
    static const QList<char16_t> specials{u'"',    u'\\',   u'/',    u'\b',   u'\f',   u'\n',
                                          u'\r',   u'\t',   0x01,    0x1f,    0x7f,    0x80,
                                          0x9f,    0xa0,    0xe9,    0x4e2d,  0xfeff,  0xfffd,
                                          0xd800,  0xdfff,  u'<',    u'&',    u'\'',   u' '};
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        const int kind = random.bounded(4);
        if (kind == 0)
            text += QChar(specials.at(random.bounded(int(specials.size()))));
        else if (kind == 1 && random.bounded(3) == 0)
            text += QString::fromUcs4(U"😀"); // a surrogate pair
        else
            text += QChar(char16_t(u'a' + random.bounded(26)));
    }
    return text;
}

QJsonValue randomScalar(QRandomGenerator &random)
{
    switch (random.bounded(8)) {
    case 0:
        return QJsonValue(randomText(random));
    case 1:
        return QJsonValue(qint64(random.generate64()) >> random.bounded(64));
    case 2:
        return QJsonValue(random.generateDouble() * std::pow(10.0, random.bounded(-20, 25)));
    case 3:
        return QJsonValue(double(random.bounded(-1000, 1000))); // integral doubles
    case 4:
        return QJsonValue(random.bounded(2) == 0);
    case 5:
        return QJsonValue(QJsonValue::Null);
    case 6:
        return QJsonValue(std::numeric_limits<qint64>::min());
    default:
        return QJsonValue(1e300);
    }
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    const int kind = depth > 3 ? 2 : random.bounded(3);
    if (kind == 0) {
        QJsonObject object;
        const int size = random.bounded(4);
        for (int i = 0; i < size; ++i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    if (kind == 1) {
        QJsonArray array;
        const int size = random.bounded(4);
        for (int i = 0; i < size; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    return randomScalar(random);
}

// Qt's text for `value` as an element 8 spaces deep, first line unindented, no final newline.
QByteArray qtText(const QJsonObject &object, int indent)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);
    text.replace("\n", "\n" + QByteArray(indent, ' '));
    return text;
}

} // namespace

class TestIndentedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomDocumentsAsQtWritesThem_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomDocumentsAsQtWritesThem()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        for (int round = 0; round < 25; ++round) {
            QJsonObject object;
            const int size = random.bounded(6);
            for (int i = 0; i < size; ++i)
                object.insert(randomText(random), randomValue(random, 0));
            for (const int indent : {0, 8}) {
                QByteArray ours;
                pai::WireJson::appendIndentedJson(ours, object, indent);
                QCOMPARE(ours, qtText(object, indent));
            }
        }
    }

    void randomModelsAsModelToJsonWritesThem_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("unknownFields");
        for (quint32 seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %u", seed) << seed << (seed % 4 == 0);
    }

    void randomModelsAsModelToJsonWritesThem()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, unknownFields);
        QRandomGenerator random(seed);
        for (int round = 0; round < 25; ++round) {
            pai::Model model;
            const auto maybeText = [&random] {
                return random.bounded(3) == 0 ? QString() : randomText(random);
            };
            model.modelId = u"model-"_s + randomText(random);
            model.modelName = maybeText();
            model.modelDescription = maybeText();
            model.modelDoc = maybeText();
            model.domain = maybeText();
            model.task = maybeText();
            model.provider = maybeText();
            model.accessibility = maybeText();
            model.workspaceId = maybeText();
            model.gmtCreateTime = maybeText();
            model.gmtLatestVersionModifiedTime = maybeText();
            if (random.bounded(2))
                model.orderNumber = qint64(random.generate64()) >> random.bounded(64);
            if (random.bounded(2))
                model.parameterSize = qint64(random.bounded(1000000000));
            const int labels = random.bounded(4);
            for (int i = 0; i < labels; ++i)
                model.labels.append({randomText(random), randomText(random)});
            if (random.bounded(2))
                model.tags.append({randomText(random), randomText(random)});
            if (random.bounded(2))
                model.extraInfo = randomValue(random, 1).toObject();
            if (random.bounded(3) == 0)
                model.latestVersion = QJsonObject{{u"VersionName"_s, randomText(random)}};
            if (unknownFields)
                model.unknownFields = QJsonObject{{u"Zeta"_s, 1}, {u"Alpha"_s, randomText(random)}};
            for (const auto shape :
                 {pai::WireJson::ModelShape::ListItem, pai::WireJson::ModelShape::Detail}) {
                QByteArray ours;
                pai::WireJson::appendIndentedModelJson(ours, model, shape, 8);
                QCOMPARE(ours, qtText(pai::WireJson::modelToJson(model, shape), 8));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIndentedJson)
#include "tst_indentedjson.moc"
