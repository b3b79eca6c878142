#include "cli/output.h"

#include "cli/modellistprinter.h"
#include "pai/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString labelsText(const pai::LabelList &labels)
{
    QStringList parts;
    for (const pai::Label &label : labels)
        parts.append(label.key + u'=' + label.value);
    return parts.join(u", "_s);
}

// Field/Value rows of a wire object, for people; labels as KEY=VALUE.
QList<QStringList> fieldRows(const QJsonObject &object, const pai::LabelList &labels)
{
    QList<QStringList> rows;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString value;
        if (it.key() == u"Labels"_s)
            value = labelsText(labels);
        else if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble())
            value = QString::number(it.value().toInteger());
        else if (it.value().isObject())
            value = QString::fromUtf8(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        else if (it.value().isArray())
            value = QString::fromUtf8(
                QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact));
        rows.append({it.key(), value});
    }
    return rows;
}

} // namespace

void Output::json(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void Output::table(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells.at(i).leftJustified(widths.at(i)) + u"  "_s;
            else
                text += cells.at(i);
        }
        out << text << u'\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

void Output::workspaces(QTextStream &out, OutputFormat format,
                        const QList<pai::Workspace> &workspaces)
{
    if (format == OutputFormat::Json) {
        QJsonArray items;
        for (const pai::Workspace &workspace : workspaces) {
            items.append(
                pai::WireJson::workspaceToJson(workspace, pai::WireJson::WorkspaceShape::ListItem));
        }
        json(out, {{u"TotalCount"_s, qint64(workspaces.size())}, {u"Workspaces"_s, items}});
        return;
    }
    QList<QStringList> rows;
    for (const pai::Workspace &workspace : workspaces) {
        rows.append({workspace.workspaceId, workspace.workspaceName, workspace.status,
                     workspace.envTypes.join(u','),
                     workspace.isDefault.value_or(false) ? tr("yes") : QString(),
                     workspace.gmtCreateTime});
    }
    table(out,
          {tr("ID"), tr("Name"), tr("Status"), tr("Environments"), tr("Default"), tr("Created")},
          rows);
}

void Output::models(QTextStream &out, OutputFormat format, const QList<pai::Model> &models)
{
    ModelListPrinter printer(out, format);
    printer.add(models);
    printer.finish();
}

void Output::model(QTextStream &out, OutputFormat format, const pai::Model &model)
{
    const QJsonObject object = pai::WireJson::modelToJson(model, pai::WireJson::ModelShape::Detail);
    if (format == OutputFormat::Json) {
        json(out, object);
        return;
    }
    table(out, {tr("Field"), tr("Value")}, fieldRows(object, model.labels));
}

void Output::versions(QTextStream &out, OutputFormat format,
                      const QList<pai::ModelVersion> &versions)
{
    if (format == OutputFormat::Json) {
        QJsonArray items;
        for (const pai::ModelVersion &version : versions)
            items.append(pai::WireJson::versionToJson(version));
        json(out, {{u"TotalCount"_s, qint64(versions.size())}, {u"Versions"_s, items}});
        return;
    }
    QList<QStringList> rows;
    for (const pai::ModelVersion &version : versions) {
        rows.append({version.versionName, version.formatType, version.frameworkType,
                     version.approvalStatus, version.sourceType, version.gmtCreateTime, version.uri,
                     labelsText(version.labels)});
    }
    table(out,
          {tr("Version"), tr("Format"), tr("Framework"), tr("Approval"), tr("Source"),
           tr("Created"), tr("Uri"), tr("Labels")},
          rows);
}

void Output::version(QTextStream &out, OutputFormat format, const pai::ModelVersion &version)
{
    const QJsonObject object = pai::WireJson::versionToJson(version);
    if (format == OutputFormat::Json) {
        json(out, object);
        return;
    }
    table(out, {tr("Field"), tr("Value")}, fieldRows(object, version.labels));
}

void Output::written(QTextStream &out, OutputFormat format, const QString &modelId,
                     const QString &requestId, const QString &what)
{
    if (format == OutputFormat::Json) {
        json(out, {{u"ModelId"_s, modelId}, {u"RequestId"_s, requestId}});
        return;
    }
    out << what << u'\n';
    out.flush();
}

} // namespace cli
