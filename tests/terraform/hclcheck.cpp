#include "hclcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hclcheck {

namespace {

QString toolsDir()
{
    return QStringLiteral(PAIDESK_HCL_TOOLS_DIR);
}

} // namespace

QString unavailableReason()
{
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        return u"node is not installed; it runs HashiCorp's HCL parser for these tests"_s;
    if (!QFileInfo::exists(toolsDir() + u"/node_modules/@cdktf/hcl2json/package.json"_s) ||
        !QFileInfo::exists(toolsDir() + u"/node_modules/@cdktf/hcl-tools/package.json"_s))
        return u"the HCL tools are not installed: run `npm ci` in tests/terraform/hcl-tools"_s;
    return QString();
}

QList<Result> check(const QList<QByteArray> &files)
{
    QList<Result> results(files.size());
    const auto failAll = [&](const QString &error) {
        for (Result &result : results)
            result.error = error;
        return results;
    };
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return failAll(reason);

    QTemporaryDir dir;
    if (!dir.isValid())
        return failAll(u"cannot create a temporary directory"_s);
    QStringList arguments{QDir(toolsDir()).filePath(u"check.js"_s)};
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = dir.filePath(u"export%1.tf"_s.arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(files[i]) != files[i].size())
            return failAll(u"cannot write "_s + path);
        arguments.append(path);
    }

    QProcess node;
    node.setWorkingDirectory(toolsDir());
    node.start(QStandardPaths::findExecutable(u"node"_s), arguments);
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit ||
        node.exitCode() != 0) {
        return failAll(u"node failed: "_s + QString::fromUtf8(node.readAllStandardError()));
    }
    QJsonParseError parseError;
    const QJsonDocument output = QJsonDocument::fromJson(node.readAllStandardOutput(), &parseError);
    if (!output.isArray() || output.array().size() != files.size())
        return failAll(u"unexpected output from check.js: "_s + parseError.errorString());

    const QJsonArray entries = output.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries[i].toObject();
        results[i].error = entry.value(u"error"_s).toString();
        results[i].parsed = entry.value(u"parsed"_s).toObject();
        results[i].formatted = entry.value(u"formatted"_s).toString();
    }
    return results;
}

QString literalText(const QString &templateText, bool *live)
{
    QString out;
    out.reserve(templateText.size());
    const qsizetype size = templateText.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = templateText[i];
        if ((c == u'$' || c == u'%') && i + 1 < size) {
            if (templateText[i + 1] == c && i + 2 < size && templateText[i + 2] == u'{') {
                out += c;
                out += u'{';
                i += 2;
                continue;
            }
            if (templateText[i + 1] == u'{' && live)
                *live = true;
        }
        out += c;
    }
    return out;
}

QJsonValue literalValue(const QJsonValue &value, bool *live)
{
    if (value.isString())
        return literalText(value.toString(), live);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(literalValue(item, live));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(literalText(it.key(), live), literalValue(it.value(), live));
        return out;
    }
    return value;
}

} // namespace hclcheck
