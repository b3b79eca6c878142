#pragma once

#include "pai/model.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace terraform {

// Models that are unmanaged on purpose, so drift detection does not report them: one entry per
// line, a model ID or a model name, where a name may be a pattern with * and ? (`tmp-*`). Blank
// lines and lines starting with # are skipped; surrounding spaces are not part of an entry.
class IgnoreList
{
    Q_DECLARE_TR_FUNCTIONS(terraform::IgnoreList)

public:
    IgnoreList() = default;
    explicit IgnoreList(const QStringList &entries);

    static IgnoreList parse(const QString &text);
    // Nothing, with *error set, when the file cannot be read.
    static std::optional<IgnoreList> readFile(const QString &path, QString *error);

    // One entry per line, as parse() reads it.
    QString toText() const;
    QStringList entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    IgnoreList merged(const IgnoreList &other) const;

    bool matches(const pai::Model &model) const;

private:
    QStringList m_entries;
    QList<QRegularExpression> m_patterns; // one per entry: the name pattern
};

} // namespace terraform
