// Exporting 10,000 models as Terraform must take at most twice as long as QJsonDocument takes to
// serialize the same models (issue 5 §5). Both sides start from pai::Model values and end with
// UTF-8 bytes, so each includes its own mapping step; the best of several rounds is reported.
#include "pai/wirejson.h"
#include "terraform/modelexporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QList<pai::Model> makeModels(int count)
{
    QList<pai::Model> models;
    models.reserve(count);
    for (int i = 0; i < count; ++i) {
        pai::Model m;
        m.modelId = u"model-%1"_s.arg(i, 12, 16, QChar(u'0'));
        m.modelName = u"qwen-chat-%1b (fine-tuned)"_s.arg(i);
        m.modelDescription =
            u"Fine-tuned \"chat\" model #%1 with ${var.x} text, 中文 and 😀"_s.arg(i);
        m.modelDoc = u"https://example.com/models/%1"_s.arg(i);
        m.modelType = u"Checkpoint"_s;
        m.domain = u"nlp"_s;
        m.task = u"text-generation"_s;
        m.origin = u"ModelScope"_s;
        m.accessibility = (i % 2) ? u"PUBLIC"_s : u"PRIVATE"_s;
        m.orderNumber = i;
        m.workspaceId = u"%1"_s.arg(100000 + i % 7);
        m.labels = {{u"base_model"_s, u"Qwen-7B"_s},
                    {u"license"_s, u"apache-2.0"_s},
                    {u"team"_s, u"team-%1"_s.arg(i % 13)}};
        m.extraInfo =
            QJsonObject{{u"framework"_s, u"PyTorch"_s},
                        {u"max-tokens"_s, 4096},
                        {u"a.b"_s, u"dotted"_s},
                        {u"quantized"_s, (i % 3) == 0},
                        {u"metrics"_s,
                         QJsonObject{{u"bleu"_s, 0.25}, {u"tags"_s, QJsonArray{u"x"_s, u"y"_s}}}}};
        models.append(m);
    }
    return models;
}

qint64 timed(const std::function<qsizetype()> &work, qsizetype *bytes)
{
    QElapsedTimer timer;
    timer.start();
    *bytes = work();
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int rounds = 7;
    const QList<pai::Model> models = makeModels(count);

    QJsonArray prebuilt;
    for (const pai::Model &m : models)
        prebuilt.append(pai::WireJson::modelToJson(m));
    terraform::ExportOptions options;
    options.region = u"cn-hangzhou"_s;
    const terraform::ModelExporter exporter(options);

    const auto mapAndSerialize = [&] {
        QJsonArray array;
        for (const pai::Model &m : models)
            array.append(pai::WireJson::modelToJson(m));
        return QJsonDocument(array).toJson(QJsonDocument::Indented).size();
    };
    const auto serializeOnly = [&] {
        return QJsonDocument(prebuilt).toJson(QJsonDocument::Indented).size();
    };
    const auto exportHcl = [&] { return exporter.exportModels(models).toUtf8().size(); };

    // Rounds interleave the three jobs, so that a busy machine slows all of them alike.
    qsizetype jsonBytes = 0;
    qsizetype jsonOnlyBytes = 0;
    qsizetype hclBytes = 0;
    qint64 jsonNs = std::numeric_limits<qint64>::max();
    qint64 jsonOnlyNs = jsonNs;
    qint64 hclNs = jsonNs;
    for (int round = 0; round < rounds; ++round) {
        jsonNs = std::min(jsonNs, timed(mapAndSerialize, &jsonBytes));
        jsonOnlyNs = std::min(jsonOnlyNs, timed(serializeOnly, &jsonOnlyBytes));
        hclNs = std::min(hclNs, timed(exportHcl, &hclBytes));
    }

    QTextStream out(stdout);
    const auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 1); };
    out << "models: " << count << ", best of " << rounds << " rounds\n";
    out << "QJsonDocument (map + toJson): " << ms(jsonNs) << " ms, " << jsonBytes << " bytes\n";
    out << "QJsonDocument (toJson only):  " << ms(jsonOnlyNs) << " ms, " << jsonOnlyBytes
        << " bytes\n";
    out << "Terraform export:             " << ms(hclNs) << " ms, " << hclBytes << " bytes\n";
    out << "ratio export / (map + toJson): "
        << QString::number(double(hclNs) / double(jsonNs), 'f', 2) << " (target <= 2.00)\n";
    out << "ratio export / toJson only:    "
        << QString::number(double(hclNs) / double(jsonOnlyNs), 'f', 2) << "\n";
    return 0;
}
