#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Runs HashiCorp's HCL parser and formatter (npm @cdktf/hcl2json and @cdktf/hcl-tools, pinned in
// hcl-tools/package-lock.json) over Terraform files, through node, in one process per batch.
namespace hclcheck {

struct Result
{
    QString error;      // parser or formatter diagnostics; empty when the file is valid
    QJsonObject parsed; // hcl2json's JSON; jsonencode(X) shown as {"__jsonencode__": X}
    QString formatted;  // hclwrite.Format's output
};

// Empty when node and the npm packages are there; otherwise what to do about it.
QString unavailableReason();

// One result per file, in order. On a failure to run node at all, every result carries the error.
QList<Result> check(const QList<QByteArray> &files);

// hcl2json prints strings in Terraform's JSON template form: a literal "${" as "$${" and "%{" as
// "%%{". Returns the literal text; sets *live when the string holds a real interpolation or
// directive (a template the exporter should never produce).
QString literalText(const QString &templateText, bool *live);

// The same over a whole JSON value, recursively (keys and strings).
QJsonValue literalValue(const QJsonValue &value, bool *live);

} // namespace hclcheck
