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
    return item.kind == HclBody::Item::Kind::Attribute &&
           (!item.comments.isEmpty() || (item.value && isMultiLine(*item.value)));
}

// Characters below U+0300 never change under NFC (combining marks start there), which spares
// the normalizer almost every string a model holds.
bool isNfc(const QString &text)
{
    const bool simple =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x300; });
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
        // Copy plain ASCII in one piece: it is nearly all of a typical model.
        qsizetype plainEnd = i;
        while (plainEnd < size) {
            const char16_t d = text[plainEnd].unicode();
            if (d < 0x20 || d >= 0x7f || d == u'"' || d == u'\\' || d == u'$' || d == u'%')
                break;
            ++plainEnd;
        }
        if (plainEnd > i) {
            out += text.mid(i, plainEnd - i);
            i = plainEnd - 1;
            continue;
        }
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
    // Invisible spacing, line separators and byte-order marks would make two different labels
    // look the same in an editor; then the Unicode categories Go's strconv.IsPrint rejects.
    if ((cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) ||
        (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff ||
        (cp >= 0xfff9 && cp <= 0xfffb))
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

QString HclWriter::Path::toString() const
{
    QString text = parent ? parent->toString() : QString();
    if (!text.isEmpty())
        text += u'.';
    text += name;
    if (index >= 0)
        text += u'[' + QString::number(index) + u']';
    return text;
}

void HclWriter::warn(ExportWarning::Code code, const QString &subject, const QString &message)
{
    const ExportWarning warning{code, subject, message};
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

void HclWriter::appendStringLiteral(QString &out, const QString &value, const Path &path)
{
    out += u'"';
    if (!appendEscaped(out, value, EscapeMode::StringLiteral)) {
        const QString where = path.toString();
        warn(ExportWarning::Code::LoneSurrogate, where,
             translate("%1 contains invalid UTF-16 (a lone surrogate); it was replaced by U+FFFD.")
                 .arg(where));
    }
    out += u'"';
    if (!isNfc(value)) {
        const QString where = path.toString();
        warn(ExportWarning::Code::NotNormalized, where,
             translate("%1 is not in Unicode normalization form C. Terraform normalizes every "
                       "string, so it will always report a change for this value.")
                 .arg(where));
    }
}

QString HclWriter::key(const QString &key, const Path &path)
{
    if (isIdentifier(key) && key != u"for"_s)
        return key;
    QString out;
    appendStringLiteral(out, key, path);
    return out;
}

namespace {

// UTF-16 code units compared so that the order is the UTF-8 byte order: surrogates (supplementary
// code points) sort after U+E000..U+FFFF.
bool lessInUtf8Order(const QString &a, const QString &b)
{
    const qsizetype size = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < size; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x >= 0xe000 ? char16_t(x - 0x800) : char16_t(x + 0x2000);
            y = y >= 0xe000 ? char16_t(y - 0x800) : char16_t(y + 0x2000);
        }
        return x < y;
    }
    return a.size() < b.size();
}

} // namespace

std::vector<const HclExpression::ObjectItem *> HclWriter::sortedItems(const HclExpression &object,
                                                                      const Path &path)
{
    std::vector<const HclExpression::ObjectItem *> items;
    items.reserve(object.items().size());
    bool allNfc = true;
    for (const auto &item : object.items()) {
        items.push_back(&item);
        allNfc = allNfc && isNfc(item.key);
    }
    std::sort(items.begin(), items.end(),
              [](const auto *a, const auto *b) { return lessInUtf8Order(a->key, b->key); });
    if (allNfc)
        return items;

    QHash<QString, QString> seen; // NFC form -> key as given
    for (const HclExpression::ObjectItem *item : items) {
        const QString &original = item->key;
        const QString normal = original.normalized(QString::NormalizationForm_C);
        const auto previous = seen.constFind(normal);
        if (previous != seen.constEnd()) {
            const QString where = path.toString();
            warn(ExportWarning::Code::KeysCollideAfterNormalization, where,
                 translate("In %1 the keys %2 and %3 are the same text after Unicode "
                           "normalization; Terraform keeps only one of them.")
                     .arg(where, quoted(*previous), quoted(original)));
        } else {
            seen.insert(normal, original);
        }
    }
    return items;
}

void HclWriter::appendInline(QString &out, const HclExpression &value, const Path &path)
{
    switch (value.kind()) {
    case HclExpression::Kind::String:
        appendStringLiteral(out, value.text(), path);
        return;
    case HclExpression::Kind::Number:
    case HclExpression::Kind::Bool:
    case HclExpression::Kind::Null:
    case HclExpression::Kind::Traversal:
        out += value.text();
        return;
    case HclExpression::Kind::FunctionCall:
    case HclExpression::Kind::List: {
        const bool call = value.kind() == HclExpression::Kind::FunctionCall;
        if (call)
            out += value.text();
        out += call ? u'(' : u'[';
        bool first = true;
        for (const HclExpression &element : value.elements()) {
            if (!first)
                out += u", "_s;
            first = false;
            appendInline(out, element, path);
        }
        out += call ? u')' : u']';
        return;
    }
    case HclExpression::Kind::Object: {
        if (value.items().empty()) {
            out += u"{}"_s;
            return;
        }
        out += u"{ "_s;
        bool first = true;
        for (const HclExpression::ObjectItem *item : sortedItems(value, path)) {
            if (!first)
                out += u", "_s;
            first = false;
            const Path itemPath{&path, item->key};
            out += key(item->key, itemPath);
            out += u" = "_s;
            appendInline(out, item->value, itemPath);
        }
        out += u" }"_s;
        return;
    }
    }
}

namespace {

void appendSpaces(QString &out, qsizetype count)
{
    static constexpr char16_t spaces[] =
        u"                                                        ";
    constexpr qsizetype chunk = std::size(spaces) - 1;
    for (; count > chunk; count -= chunk)
        out.append(QStringView(spaces, chunk));
    out.append(QStringView(spaces, count));
}

} // namespace

void HclWriter::addLine(int indent, QStringView text)
{
    if (!text.isEmpty())
        appendSpaces(m_out, indent * 2);
    m_out += text;
    m_out += u'\n';
}

// Runs of single-line `name = value` lines have their `=` aligned one column after the widest
// name, as hclwrite's formatCells does.
void HclWriter::renderAttribute(const QString &writtenName, const HclExpression &value, int indent,
                                const Path &path, int nameWidth)
{
    appendSpaces(m_out, indent * 2);
    m_out += writtenName;
    if (!isMultiLine(value)) {
        appendSpaces(m_out, nameWidth - columns(writtenName));
        m_out += u" = "_s;
        appendInline(m_out, value, path);
        m_out += u'\n';
        return;
    }
    m_out += u" = {\n"_s;
    const std::vector<const HclExpression::ObjectItem *> items = sortedItems(value, path);
    int runWidth = 0;
    std::size_t runEnd = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Path itemPath{&path, items[i]->key};
        if (!isMultiLine(items[i]->value) && i >= runEnd) {
            // objectKey() writes what key() writes, without its warnings, which come in order
            // when each line is written.
            runWidth = 0;
            for (runEnd = i; runEnd < items.size() && !isMultiLine(items[runEnd]->value); ++runEnd)
                runWidth = std::max(runWidth, columns(objectKey(items[runEnd]->key)));
        }
        renderAttribute(key(items[i]->key, itemPath), items[i]->value, indent + 1, itemPath,
                        runWidth);
    }
    addLine(indent, u"}");
}

void HclWriter::renderBody(const HclBody &body, int indent, bool topLevel, const Path *path)
{
    const auto &items = body.items();
    std::vector<std::pair<QStringView, int>> blockCounts; // few block types per body
    int runWidth = 0;
    std::size_t runEnd = 0; // the current run of aligned attributes ends before this item
    for (std::size_t i = 0; i < items.size(); ++i) {
        const HclBody::Item &item = items[i];
        if (topLevel) {
            if (m_topLevelItems++ > 0)
                addLine(0, QStringView());
        } else if (i > 0) {
            const HclBody::Item &previous = items[i - 1];
            using Kind = HclBody::Item::Kind;
            const bool blank = (item.kind == Kind::Block &&
                                (previous.kind != Kind::Block || previous.name != item.name)) ||
                               (item.kind != Kind::Block && previous.kind == Kind::Block) ||
                               isSpecialAttribute(item) || isSpecialAttribute(previous);
            if (blank)
                addLine(0, QStringView());
        }
        for (const QString &comment : item.comments)
            addLine(indent, commentText(comment));

        switch (item.kind) {
        case HclBody::Item::Kind::Comment:
            addLine(indent, commentText(item.name));
            break;
        case HclBody::Item::Kind::Attribute:
            if (!isMultiLine(*item.value) && i >= runEnd) {
                // A run continues over plain single-line attributes; a blank line (always at
                // the top level, after a commented attribute) or anything else ends it.
                runWidth = columns(item.name);
                runEnd = i + 1;
                if (!topLevel && item.comments.isEmpty()) {
                    while (runEnd < items.size() &&
                           items[runEnd].kind == HclBody::Item::Kind::Attribute &&
                           !isSpecialAttribute(items[runEnd])) {
                        runWidth = std::max(runWidth, columns(items[runEnd].name));
                        ++runEnd;
                    }
                }
            }
            renderAttribute(item.name, *item.value, indent, Path{path, item.name}, runWidth);
            break;
        case HclBody::Item::Kind::Block: {
            // Labelled blocks are known by their labels (TYPE.NAME for a resource), others by
            // their type and position.
            Path blockPath{path, item.name};
            if (!item.labels.isEmpty()) {
                blockPath.name = item.labels.constFirst();
            } else if (topLevel) {
                // Counted across appendTopLevel() calls, so paths match a one-piece render.
                auto count =
                    std::find_if(m_topLevelBlockCounts.begin(), m_topLevelBlockCounts.end(),
                                 [&](const auto &entry) { return entry.first == item.name; });
                if (count == m_topLevelBlockCounts.end())
                    count =
                        m_topLevelBlockCounts.insert(m_topLevelBlockCounts.end(), {item.name, 0});
                blockPath.index = count->second++;
            } else {
                auto count =
                    std::find_if(blockCounts.begin(), blockCounts.end(),
                                 [&](const auto &entry) { return entry.first == item.name; });
                if (count == blockCounts.end())
                    count = blockCounts.insert(blockCounts.end(), {item.name, 0});
                blockPath.index = count->second++;
            }
            const Path secondLabel{&blockPath, item.labels.size() > 1
                                                   ? QStringView(item.labels.at(1))
                                                   : QStringView()};
            const Path &innerPath = item.labels.size() > 1 ? secondLabel : blockPath;

            appendSpaces(m_out, indent * 2);
            m_out += item.name;
            for (const QString &label : item.labels) {
                m_out += u' ';
                appendStringLiteral(m_out, label, blockPath);
            }
            if (item.body.isEmpty()) {
                m_out += u" {}\n"_s;
                break;
            }
            m_out += u" {\n"_s;
            renderBody(item.body, indent + 1, false, &innerPath);
            addLine(indent, u"}");
            break;
        }
        }
    }
}

QString HclWriter::render(const HclBody &file)
{
    begin();
    appendTopLevel(file);
    return finish();
}

void HclWriter::begin(qsizetype expectedChars)
{
    m_out = QString();
    m_out.reserve(expectedChars);
    m_topLevelItems = 0;
    m_topLevelBlockCounts.clear();
    m_warnings.clear();
}

void HclWriter::appendTopLevel(const HclBody &part)
{
    renderBody(part, 0, true, nullptr);
}

QString HclWriter::finish()
{
    QString text = std::move(m_out);
    m_out = QString();
    return text;
}

} // namespace terraform
