#include "gui/export/hclhighlighter.h"

#include <QColor>
#include <QRegularExpression>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QTextCharFormat colour(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(color);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    return result;
}

} // namespace

HclHighlighter::HclHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void HclHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression blockType(u"^\\s*([A-Za-z_][A-Za-z0-9_-]*)(?=\\s*(\"|\\{))"_s);
    static const QRegularExpression attribute(u"^\\s*([A-Za-z_][A-Za-z0-9_-]*)(?=\\s*=)"_s);
    static const QRegularExpression keyword(u"\\b(true|false|null|jsonencode)\\b"_s);
    static const QRegularExpression number(u"(?<![A-Za-z0-9_.])-?\\d+(\\.\\d+)?\\b"_s);
    static const QRegularExpression string(u"\"(?:[^\"\\\\]|\\\\.)*\""_s);
    static const QRegularExpression comment(u"^\\s*#.*$"_s);

    const auto apply = [&](const QRegularExpression &pattern, const QTextCharFormat &fmt,
                           int group) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart(group)), int(match.capturedLength(group)), fmt);
        }
    };
    apply(blockType, colour(QColor(0x8e, 0x44, 0xad), true), 1);
    apply(attribute, colour(QColor(0x1f, 0x5f, 0xa8)), 1);
    apply(keyword, colour(QColor(0xa0, 0x52, 0x00), true), 0);
    apply(number, colour(QColor(0x0b, 0x7a, 0x75)), 0);
    // Strings last among the code rules, so words inside them keep the string colour.
    apply(string, colour(QColor(0x2e, 0x7d, 0x32)), 0);
    apply(comment, colour(QColor(0x6a, 0x73, 0x7d), false, true), 0);
}

} // namespace gui
