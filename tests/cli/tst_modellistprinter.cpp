// `models` prints pages as they arrive. What it prints must not depend on that: the streamed JSON
// is byte for byte the document of the whole listing, however the pages fall, and a listing that
// fails midway still leaves valid JSON that says so.
#include "cli/modellistprinter.h"
#include "cli/output.h"
#include "pai/wirejson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<pai::Model> sampleModels(int count)
{
    QList<pai::Model> models;
    for (int i = 0; i < count; ++i) {
        pai::Model model;
        model.modelId = u"model-%1"_s.arg(i);
        model.modelName = u"模型 \"%1\"\n"_s.arg(i);
        model.workspaceId = u"23801"_s;
        model.domain = u"nlp"_s;
        model.accessibility = u"PRIVATE"_s;
        model.labels = {{u"team"_s, u"nlp"_s}, {u"stage"_s, QString::number(i)}};
        model.extraInfo = QJsonObject{{u"Nested"_s, QJsonObject{{u"Deep"_s, QJsonArray{1, 2}}}},
                                      {u"Rating"_s, 4.5}};
        models.append(model);
    }
    return models;
}

QByteArray wholeDocument(const QList<pai::Model> &models)
{
    QJsonArray items;
    for (const pai::Model &model : models)
        items.append(pai::WireJson::modelToJson(model, pai::WireJson::ModelShape::ListItem));
    return QJsonDocument(QJsonObject{{u"TotalCount"_s, qint64(models.size())},
                                     {u"Models"_s, items}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

class TestModelListPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonStreamIsTheWholeDocument_data()
    {
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("none") << 0 << 100;
        QTest::newRow("one") << 1 << 100;
        QTest::newRow("three in one page") << 3 << 100;
        QTest::newRow("seven in pages of two") << 7 << 2;
        QTest::newRow("five, one per page") << 5 << 1;
    }

    void jsonStreamIsTheWholeDocument()
    {
        QFETCH(int, models);
        QFETCH(int, pageSize);
        const QList<pai::Model> all = sampleModels(models);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextStream out(&buffer);
        cli::ModelListPrinter printer(out, cli::OutputFormat::Json);
        for (qsizetype at = 0; at < all.size(); at += pageSize)
            printer.add(all.mid(at, pageSize));
        printer.finish();
        out.flush();
        QCOMPARE(buffer.data(), wholeDocument(all));
    }

    void failureClosesTheJsonWithTheError()
    {
        const QList<pai::Model> all = sampleModels(3);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextStream out(&buffer);
        cli::ModelListPrinter printer(out, cli::OutputFormat::Json);
        printer.add(all.mid(0, 2));
        api::ApiError error;
        error.code = u"ServiceUnavailable"_s;
        error.message = u"Try \"later\""_s;
        error.requestId = u"RID-1"_s;
        printer.finishWithError(error);
        out.flush();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString() + u'\n' +
                                                 QString::fromUtf8(buffer.data())));
        const QJsonObject object = document.object();
        QCOMPARE(object.value(u"Models"_s).toArray().size(), 2);
        QCOMPARE(object.value(u"TotalCount"_s).toInt(), 2);
        QCOMPARE(object.value(u"Error"_s).toObject().value(u"Code"_s).toString(),
                 u"ServiceUnavailable"_s);
        QCOMPARE(object.value(u"Error"_s).toObject().value(u"Message"_s).toString(),
                 u"Try \"later\""_s);
        QCOMPARE(object.value(u"Error"_s).toObject().value(u"RequestId"_s).toString(),
                 u"RID-1"_s);
    }

    // Nothing printed yet: the error goes to stderr alone, stdout stays empty.
    void failureBeforeAnyPagePrintsNothing_data()
    {
        QTest::addColumn<cli::OutputFormat>("format");
        QTest::newRow("json") << cli::OutputFormat::Json;
        QTest::newRow("table") << cli::OutputFormat::Table;
    }

    void failureBeforeAnyPagePrintsNothing()
    {
        QFETCH(cli::OutputFormat, format);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextStream out(&buffer);
        cli::ModelListPrinter printer(out, format);
        if (format == cli::OutputFormat::Table)
            printer.add(sampleModels(2)); // a table is only written once complete
        printer.finishWithError(api::ApiError::network(u"refused"_s));
        out.flush();
        QCOMPARE(buffer.data(), QByteArray());
    }

    void tableIsAlignedOverEveryPage()
    {
        const QList<pai::Model> all = sampleModels(4);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextStream out(&buffer);
        cli::ModelListPrinter printer(out, cli::OutputFormat::Table);
        printer.add(all.mid(0, 1));
        printer.add(all.mid(1));
        printer.finish();
        out.flush();

        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QTextStream expectedOut(&expected);
        QList<QStringList> rows;
        for (const pai::Model &model : all)
            rows.append(cli::ModelListPrinter::tableRow(model));
        cli::Output::table(expectedOut, cli::ModelListPrinter::tableHeaders(), rows);
        expectedOut.flush();
        QCOMPARE(buffer.data(), expected.data());
        QVERIFY(buffer.data().contains("team=nlp, stage=3"));
    }
};

QTEST_GUILESS_MAIN(TestModelListPrinter)
#include "tst_modellistprinter.moc"
