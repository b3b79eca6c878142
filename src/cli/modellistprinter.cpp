#include "cli/modellistprinter.h"

#include "cli/output.h"
#include "pai/indentedjson.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

} // namespace

ModelListPrinter::ModelListPrinter(QTextStream &out, OutputFormat format)
    : m_out(out)
    , m_format(format)
{}

QStringList ModelListPrinter::tableHeaders()
{
    return {tr("ID"),     tr("Name"),         tr("Domain"),          tr("Task"),
            tr("Origin"), tr("Type"),         tr("Workspace"),       tr("Labels")};
}

QStringList ModelListPrinter::tableRow(const pai::Model &model)
{
    QStringList labels;
    labels.reserve(model.labels.size());
    for (const pai::Label &label : model.labels)
        labels.append(label.key + u'=' + label.value);
    return {model.modelId,   model.modelName,   model.domain,
            model.task,      model.origin,      model.modelType,
            model.workspaceId, labels.join(u", "_s)};
}

void ModelListPrinter::write(const QByteArray &utf8)
{
    // Straight to the device: the text stream would decode the UTF-8 and encode it again.
    m_out.flush();
    if (QIODevice *device = m_out.device())
        device->write(utf8);
    else
        m_out << QString::fromUtf8(utf8);
}

void ModelListPrinter::beginJson()
{
    if (m_begun)
        return;
    m_begun = true;
    write("{\n    \"Models\": [\n");
}

void ModelListPrinter::add(const QList<pai::Model> &models)
{
    if (m_format != OutputFormat::Json) {
        m_rows.reserve(m_rows.size() + models.size());
        for (const pai::Model &model : models)
            m_rows.append(tableRow(model));
        return;
    }
    beginJson();
    QByteArray chunk;
    chunk.reserve(models.size() * 1024);
    for (const pai::Model &model : models) {
        if (m_count++ > 0)
            chunk.append(",\n");
        // Array elements of {"Models": [...]} sit 8 spaces deep.
        chunk.append(8, ' ');
        pai::WireJson::appendIndentedModelJson(chunk, model, pai::WireJson::ModelShape::ListItem,
                                               8);
    }
    write(chunk);
}

void ModelListPrinter::finish()
{
    if (m_format != OutputFormat::Json) {
        Output::table(m_out, tableHeaders(), m_rows);
        m_rows.clear();
        return;
    }
    beginJson();
    write((m_count > 0 ? "\n    ],\n    \"TotalCount\": "_ba : "    ],\n    \"TotalCount\": "_ba) +
          QByteArray::number(m_count) + "\n}\n");
}

void ModelListPrinter::finishWithError(const api::ApiError &error)
{
    m_rows.clear();
    if (m_format != OutputFormat::Json || !m_begun)
        return;
    const QJsonObject errorObject{{u"Code"_s, error.code},
                                  {u"Message"_s, error.message},
                                  {u"RequestId"_s, error.requestId}};
    QByteArray errorText = QJsonDocument(errorObject).toJson(QJsonDocument::Indented);
    errorText.chop(1); // the newline after "}"
    errorText.replace("\n", "\n    ");
    write((m_count > 0 ? "\n    ],\n"_ba : "    ],\n"_ba) + "    \"Error\": " + errorText +
          ",\n    \"TotalCount\": " + QByteArray::number(m_count) + "\n}\n");
}

} // namespace cli
