#pragma once

#include <QSyntaxHighlighter>

namespace gui {

// Colours the preview of an exported Terraform file: comments, strings, keywords, numbers,
// block types and attribute names. It only needs to understand what ModelExporter writes.
class HclHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit HclHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace gui
