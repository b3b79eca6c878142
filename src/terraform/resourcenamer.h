#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace terraform {

// Terraform local names for resources, derived from what the user called the object.
// Names are ASCII [A-Za-z_][A-Za-z0-9_-]* (what Terraform accepts), unique within one resource type, and the
// same on every export of the same objects.
class ResourceNamer
{
public:
    struct Entry
    {
        QString id;   // the object's ID: orders colliding names and is the fallback name
        QString name; // what the user called it
    };

    // Lower-case ASCII letters and digits stay, everything else becomes `_`; runs of `_` are
    // collapsed and trimmed. A name that is mostly non-ASCII is replaced by one built from `id`;
    // an empty result or one that starts with a digit gets `prefix` in front.
    static QString sanitize(const QString &name, const QString &id, const QString &prefix);

    // The name a reader would expect: the model name in lower snake case. The exporter warns
    // when sanitize() had to do more than that.
    static QString plainSnakeCase(const QString &name);

    // Unique names for all entries (id -> name). When several entries share a name, the one with
    // the smallest id keeps it and the others get _2, _3, ... in id order, skipping taken names.
    static QHash<QString, QString> assign(const QList<Entry> &entries, const QString &prefix);
};

} // namespace terraform
