#include "terraform/hclwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace terraform {

namespace {

bool isMultiLine(const HclExpression &value)
{
    return value.kind() == HclExpression::Kind::Object && !value.items().empty();
}

bool isSpecialAttribute(const HclBody::Item &item)
{
    return item.kind == HclBody::Item::Kind::Attribute
           && (!item.comments.isEmpty() || (item.value && isMultiLine(*item.value)));
}

// Characters below U+0300 never change under NFC (combining marks start there), which spares
// the normalizer almost every string a model holds.
bool isNfc(const QString &text)
{
    const bool simple = std::all_of(text.cbegin(), text.cend(),
                                    [](QChar c) { return c.unicode() < 0x300; });
    return simple || text.normalized(QString::NormalizationForm_C) == text;
}

void appendHex(QString &out, char32_t codePoint)
{
    if (codePoint <= 0xffff)
        out += u"\\u"_s + QString::number(codePoint, 16).rightJustified(4, u'0');
    else
        out += u"\\U"_s + QString::number(codePoint, 16).rightJustified(8, u'0');
}

enum class EscapeMode { StringLiteral, Comment };

// Escapes the content of a quoted string (without the quotes), or the text of a comment, where
// only what would break the line or hide characters is escaped. Returns false when a lone
// surrogate had to be replaced.
bool appendEscaped(QString &out, QStringView text, EscapeMode mode)
{
    const bool literal = mode == EscapeMode::StringLiteral;
    bool clean = true;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7f) {
            switch (c) {
            case u'"':
                out += literal ? u"\\\""_s : u"\""_s;
                break;
            case u'\\':
                out += literal ? u"\\\\"_s : u"\\"_s;
                break;
            case u'$':
            case u'%':
                out += QChar(c);
                if (literal && i + 1 < size && text[i + 1] == u'{')
                    out += QChar(c);
                break;
            default:
                out += QChar(c);
            }
            continue;
        }
        switch (c) {
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        default:
            break;
        }
        char32_t codePoint = c;
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            units = 2;
        } else if (QChar::isSurrogate(c)) {
            codePoint = 0xfffd;
            clean = false;
        }
        if (HclWriter::needsUnicodeEscape(codePoint))
            appendHex(out, codePoint);
        else if (units == 2)
            out += text.mid(i, 2);
        else
            out += QChar(static_cast<char16_t>(codePoint));
        i += units - 1;
    }
    return clean;
}

// A comment runs to the end of the line, so line breaks and other invisible characters are
// shown as escapes; trailing spaces would not survive `terraform fmt`.
QString commentText(const QString &text)
{
    QString out = u"#"_s;
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        out += u' ';
        appendEscaped(out, trimmed, EscapeMode::Comment);
    }
    return out;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("terraform::HclWriter", text);
}

} // namespace

bool HclWriter::needsUnicodeEscape(char32_t cp)
{
    if (cp >= 0x20 && cp < 0x7f)
        return false;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp == 0xad)
        return true;
    // hcl.md's reduced policy, then the Unicode categories Go's IsPrint rejects.
    if ((cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f)
        || (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff
        || (cp >= 0xfff9 && cp <= 0xfffb))
        return true;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString HclWriter::quoted(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    appendEscaped(out, value, EscapeMode::StringLiteral);
    out += u'"';
    return out;
}

bool HclWriter::isIdentifier(QStringView text)
{
    if (text.isEmpty())
        return false;
    const auto isLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    };
    if (!isLetter(text.front()))
        return false;
    return std::all_of(text.begin() + 1, text.end(), [&](QChar c) {
        return isLetter(c) || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QString HclWriter::objectKey(const QString &key)
{
    // `{ for = ...` starts a for expression, so `for` is always quoted.
    if (isIdentifier(key) && key != u"for"_s)
        return key;
    return quoted(key);
}

int HclWriter::columns(QStringView text)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return int(text.size());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.toString());
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

void HclWriter::warn(ExportWarning::Code code, const QString &subject, const QString &message)
{
    const ExportWarning warning{code, subject, message};
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

QString HclWriter::stringLiteral(const QString &value, const QString &path)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    if (!appendEscaped(out, value, EscapeMode::StringLiteral)) {
        warn(ExportWarning::Code::LoneSurrogate, path,
             translate("%1 contains invalid UTF-16 (a lone surrogate); it was replaced by U+FFFD.")
                 .arg(path));
    }
    out += u'"';
    if (!isNfc(value)) {
        warn(ExportWarning::Code::NotNormalized, path,
             translate("%1 is not in Unicode normalization form C. Terraform normalizes every "
                       "string, so it will always report a change for this value.")
                 .arg(path));
    }
    return out;
}

QString HclWriter::key(const QString &key, const QString &path)
{
    if (isIdentifier(key) && key != u"for"_s)
        return key;
    return stringLiteral(key, path);
}

std::vector<const HclExpression::ObjectItem *> HclWriter::sortedItems(const HclExpression &object,
                                                                     const QString &path)
{
    std::vector<std::pair<QByteArray, const HclExpression::ObjectItem *>> keyed;
    keyed.reserve(object.items().size());
    for (const auto &item : object.items())
        keyed.emplace_back(item.key.toUtf8(), &item);
    std::sort(keyed.begin(), keyed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    std::vector<const HclExpression::ObjectItem *> items;
    items.reserve(keyed.size());
    QHash<QString, QString> seen;  // NFC form -> key as given
    for (const auto &entry : keyed) {
        const QString &original = entry.second->key;
        const QString normal = isNfc(original)
                                   ? original
                                   : original.normalized(QString::NormalizationForm_C);
        const auto previous = seen.constFind(normal);
        if (previous != seen.constEnd()) {
            warn(ExportWarning::Code::KeysCollideAfterNormalization, path,
                 translate("In %1 the keys %2 and %3 are the same text after Unicode "
                           "normalization; Terraform keeps only one of them.")
                     .arg(path, quoted(*previous), quoted(original)));
        } else {
            seen.insert(normal, original);
        }
        items.push_back(entry.second);
    }
    return items;
}

QString HclWriter::renderInline(const HclExpression &value, const QString &path)
{
    switch (value.kind()) {
    case HclExpression::Kind::String:
        return stringLiteral(value.text(), path);
    case HclExpression::Kind::Number:
    case HclExpression::Kind::Bool:
    case HclExpression::Kind::Null:
    case HclExpression::Kind::Traversal:
        return value.text();
    case HclExpression::Kind::FunctionCall: {
        QString out = value.text() + u'(';
        bool first = true;
        for (const HclExpression &argument : value.elements()) {
            if (!first)
                out += u", "_s;
            first = false;
            out += renderInline(argument, path);
        }
        return out + u')';
    }
    case HclExpression::Kind::List: {
        QString out = u"["_s;
        bool first = true;
        for (const HclExpression &element : value.elements()) {
            if (!first)
                out += u", "_s;
            first = false;
            out += renderInline(element, path);
        }
        return out + u']';
    }
    case HclExpression::Kind::Object: {
        if (value.items().empty())
            return u"{}"_s;
        QString out = u"{ "_s;
        bool first = true;
        for (const HclExpression::ObjectItem *item : sortedItems(value, path)) {
            if (!first)
                out += u", "_s;
            first = false;
            const QString itemPath = path + u'.' + item->key;
            out += key(item->key, itemPath) + u" = "_s + renderInline(item->value, itemPath);
        }
        return out + u" }"_s;
    }
    }
    return QString();
}

void HclWriter::renderAttribute(const QString &writtenName, const HclExpression &value, int indent,
                                const QString &path)
{
    if (!isMultiLine(value)) {
        m_lines.push_back({indent, writtenName, renderInline(value, path), true});
        return;
    }
    m_lines.push_back({indent, writtenName + u" = {"_s, QString(), false});
    for (const HclExpression::ObjectItem *item : sortedItems(value, path)) {
        const QString itemPath = path + u'.' + item->key;
        renderAttribute(key(item->key, itemPath), item->value, indent + 1, itemPath);
    }
    m_lines.push_back({indent, u"}"_s, QString(), false});
}

void HclWriter::renderBody(const HclBody &body, int indent, bool topLevel, const QString &path)
{
    const auto &items = body.items();
    QHash<QString, int> blockCounts;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const HclBody::Item &item = items[i];
        if (i > 0) {
            const HclBody::Item &previous = items[i - 1];
            using Kind = HclBody::Item::Kind;
            const bool blank =
                topLevel
                || (item.kind == Kind::Block
                    && (previous.kind != Kind::Block || previous.name != item.name))
                || (item.kind != Kind::Block && previous.kind == Kind::Block)
                || isSpecialAttribute(item) || isSpecialAttribute(previous);
            if (blank)
                m_lines.push_back({});
        }
        for (const QString &comment : item.comments)
            m_lines.push_back({indent, commentText(comment), QString(), false});

        switch (item.kind) {
        case HclBody::Item::Kind::Comment:
            m_lines.push_back({indent, commentText(item.name), QString(), false});
            break;
        case HclBody::Item::Kind::Attribute: {
            const QString attributePath = path.isEmpty() ? item.name : path + u'.' + item.name;
            renderAttribute(item.name, *item.value, indent, attributePath);
            break;
        }
        case HclBody::Item::Kind::Block: {
            QString header = item.name;
            for (const QString &label : item.labels)
                header += u' ' + stringLiteral(label, item.name);
            QString blockPath;
            if (!item.labels.isEmpty())
                blockPath = item.labels.join(u'.');
            else
                blockPath = item.name + u'[' + QString::number(blockCounts[item.name]++) + u']';
            if (!path.isEmpty())
                blockPath = path + u'.' + blockPath;
            if (item.body.isEmpty()) {
                m_lines.push_back({indent, header + u" {}"_s, QString(), false});
                break;
            }
            m_lines.push_back({indent, header + u" {"_s, QString(), false});
            renderBody(item.body, indent + 1, false, blockPath);
            m_lines.push_back({indent, u"}"_s, QString(), false});
            break;
        }
        }
    }
}

QString HclWriter::joinLines() const
{
    // Widths of each run of consecutive assign lines, as hclwrite's formatCells computes them.
    std::vector<int> widths(m_lines.size(), 0);
    std::size_t runStart = 0;
    while (runStart < m_lines.size()) {
        if (!m_lines[runStart].assign) {
            ++runStart;
            continue;
        }
        std::size_t runEnd = runStart;
        int widest = 0;
        while (runEnd < m_lines.size() && m_lines[runEnd].assign) {
            widest = std::max(widest, columns(m_lines[runEnd].lead));
            ++runEnd;
        }
        for (std::size_t i = runStart; i < runEnd; ++i)
            widths[i] = widest;
        runStart = runEnd;
    }

    QString out;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        if (line.lead.isEmpty() && !line.assign) {
            out += u'\n';
            continue;
        }
        out += QString(line.indent * 2, u' ');
        out += line.lead;
        if (line.assign) {
            out += QString(widths[i] - columns(line.lead), u' ');
            out += u" = "_s;
            out += line.rest;
        }
        out += u'\n';
    }
    return out;
}

QString HclWriter::render(const HclBody &file)
{
    m_lines.clear();
    m_warnings.clear();
    renderBody(file, 0, true, QString());
    QString text = joinLines();
    m_lines.clear();
    return text;
}

} // namespace terraform
