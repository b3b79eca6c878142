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

    // The same file rendered piece by piece: begin(), then appendTopLevel() for each part of the
    // top-level body in order, then finish(). The text equals render() of all parts' items in one
    // body; a large export never has to hold its whole document at once.
    void begin(qsizetype expectedChars = 0);
    void appendTopLevel(const HclBody &part);
    QString finish();

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
    // Where a value sits, for warnings. Built on the stack while rendering and turned into text
    // only when a warning needs it.
    struct Path
    {
        const Path *parent = nullptr;
        QStringView name;
        int index = -1; // >= 0: the n-th nested block of this type
        QString toString() const;
    };

    void renderBody(const HclBody &body, int indent, bool topLevel, const Path *path);
    // `nameWidth`: the widest name of the run of single-line attributes this one is part of,
    // which is known before the run is written, so each line goes straight to the output.
    void renderAttribute(const QString &writtenName, const HclExpression &value, int indent,
                         const Path &path, int nameWidth);
    void appendInline(QString &out, const HclExpression &value, const Path &path);
    void appendStringLiteral(QString &out, const QString &value, const Path &path);
    QString key(const QString &key, const Path &path);
    std::vector<const HclExpression::ObjectItem *> sortedItems(const HclExpression &object,
                                                               const Path &path);
    void warn(ExportWarning::Code code, const QString &subject, const QString &message);
    void addLine(int indent, QStringView text);

    QString m_out;
    std::size_t m_topLevelItems = 0;
    std::vector<std::pair<QString, int>> m_topLevelBlockCounts; // unlabelled block type -> count
    ExportWarnings m_warnings;
};

} // namespace terraform
