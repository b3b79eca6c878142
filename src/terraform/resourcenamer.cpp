#include "terraform/resourcenamer.h"

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
            continue; // the high surrogate already stood for this code point
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
    struct Named
    {
        QString base;
        QString id;
    };
    std::vector<Named> named;
    named.reserve(entries.size());
    for (const Entry &entry : entries)
        named.push_back({sanitize(entry.name, entry.id, prefix), entry.id});
    std::sort(named.begin(), named.end(), [](const Named &a, const Named &b) {
        return a.base != b.base ? a.base < b.base : a.id < b.id;
    });

    QHash<QString, QString> names;
    names.reserve(named.size());
    QSet<QString> taken; // only filled when some names collide
    for (std::size_t i = 0; i < named.size(); ++i) {
        const Named &entry = named[i];
        if (i > 0 && named[i - 1].base == entry.base && named[i - 1].id == entry.id)
            continue; // the same object twice
        if (i == 0 || named[i - 1].base != entry.base) {
            names.insert(entry.id, entry.base);
            continue;
        }
        if (taken.isEmpty()) {
            for (const Named &other : named)
                taken.insert(other.base);
        }
        // The group's first entry kept the plain name; the rest take the next free suffix.
        int suffix = 2;
        QString candidate;
        do {
            candidate = entry.base + u'_' + QString::number(suffix++);
        } while (taken.contains(candidate));
        taken.insert(candidate);
        names.insert(entry.id, candidate);
    }
    return names;
}

} // namespace terraform
