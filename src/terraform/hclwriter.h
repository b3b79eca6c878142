#pragma once

#include "terraform/exportwarning.h"
#include "terraform/hclbody.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace terraform {

// Renders an HclBody as a Terraform file in `terraform fmt` layout: two-space indentation, `=`
// aligned in runs of single-line attributes (widths in grapheme clusters, as hclwrite counts),
// one blank line between top-level blocks, arguments before nested blocks, LF endings, one final
// newline and no BOM. All escaping in the project happens here, so every string the writer emits
// is a literal: `${` and `%{` can never start a template.
class HclWriter
{
public:
    QString render(const HclBody &file);
    QByteArray renderUtf8(const HclBody &file) { return render(file).toUtf8(); }

    // Warnings from the last render(): non-NFC strings, colliding keys, lone surrogates.
    const ExportWarnings &warnings() const { return m_warnings; }

    // A quoted HCL string literal holding exactly `value` (lone surrogates become U+FFFD).
    static QString quoted(QStringView value);
    // A map key as written: bare when an ASCII identifier other than `for`, else quoted.
    static QString objectKey(const QString &key);
    // ASCII identifier: [A-Za-z_][A-Za-z0-9_-]*.
    static bool isIdentifier(QStringView text);
    // Width as hclwrite measures it: grapheme clusters.
    static int columns(QStringView text);
    // Whether a code point is written as \uNNNN / \UNNNNNNNN rather than raw.
    static bool needsUnicodeEscape(char32_t codePoint);

private:
    struct Line
    {
        int indent = 0;
        QString lead;   // whole line content for non-assign lines; empty means a blank line
        QString rest;   // the value after " = " on assign lines
        bool assign = false;
    };

    void renderBody(const HclBody &body, int indent, bool topLevel, const QString &path);
    void renderAttribute(const QString &writtenName, const HclExpression &value, int indent,
                         const QString &path);
    QString renderInline(const HclExpression &value, const QString &path);
    QString stringLiteral(const QString &value, const QString &path);
    QString key(const QString &key, const QString &path);
    std::vector<const HclExpression::ObjectItem *> sortedItems(const HclExpression &object,
                                                               const QString &path);
    void warn(ExportWarning::Code code, const QString &subject, const QString &message);
    QString joinLines() const;

    std::vector<Line> m_lines;
    ExportWarnings m_warnings;
};

} // namespace terraform
