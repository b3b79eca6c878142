#include "terraform/resourcenamer.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace terraform {

namespace {

QString snakeCase(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingUnderscore = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char16_t kept = 0;
        if (u >= u'a' && u <= u'z')
            kept = u;
        else if (u >= u'A' && u <= u'Z')
            kept = char16_t(u - u'A' + u'a');
        else if (u >= u'0' && u <= u'9')
            kept = u;
        else if (QChar::isLowSurrogate(u))
            continue;  // the high surrogate already stood for this code point
        if (kept == 0) {
            pendingUnderscore = !out.isEmpty();
            continue;
        }
        if (pendingUnderscore)
            out += u'_';
        pendingUnderscore = false;
        out += QChar(kept);
    }
    return out;
}

bool mostlyNonAscii(const QString &name)
{
    qsizetype ascii = 0;
    qsizetype other = 0;
    for (const QChar c : name) {
        if (c.isLowSurrogate() || c.isSpace())
            continue;
        if (c.unicode() < 0x80)
            ++ascii;
        else
            ++other;
    }
    return other > ascii;
}

} // namespace

QString ResourceNamer::plainSnakeCase(const QString &name)
{
    QString out = name.toLower();
    for (QChar &c : out) {
        if (c == u'-' || c == u' ' || c == u'.')
            c = u'_';
    }
    return out;
}

QString ResourceNamer::sanitize(const QString &name, const QString &id, const QString &prefix)
{
    QString result = mostlyNonAscii(name) ? snakeCase(id) : snakeCase(name);
    if (result.isEmpty() && !id.isEmpty())
        result = snakeCase(id);
    if (result.isEmpty() || result.front().isDigit()) {
        QString stem = prefix;
        while (stem.endsWith(u'_'))
            stem.chop(1);
        result = result.isEmpty() ? stem : stem + u'_' + result;
    }
    return result;
}

QHash<QString, QString> ResourceNamer::assign(const QList<Entry> &entries, const QString &prefix)
{
    QMap<QString, QList<QString>> idsByBase;  // base name -> ids, sorted below
    QSet<QString> taken;
    for (const Entry &entry : entries) {
        const QString base = sanitize(entry.name, entry.id, prefix);
        auto &ids = idsByBase[base];
        if (!ids.contains(entry.id))
            ids.append(entry.id);
        taken.insert(base);
    }

    QHash<QString, QString> names;
    for (auto it = idsByBase.begin(); it != idsByBase.end(); ++it) {
        QList<QString> &ids = it.value();
        std::sort(ids.begin(), ids.end());
        names.insert(ids.first(), it.key());
        int suffix = 2;
        for (qsizetype i = 1; i < ids.size(); ++i) {
            QString candidate;
            do {
                candidate = it.key() + u'_' + QString::number(suffix++);
            } while (taken.contains(candidate));
            taken.insert(candidate);
            names.insert(ids[i], candidate);
        }
    }
    return names;
}

} // namespace terraform
