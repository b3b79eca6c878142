#include "terraform/ignorelist.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace terraform {

IgnoreList::IgnoreList(const QStringList &entries)
{
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty() || entry.startsWith(u'#') || m_entries.contains(entry))
            continue;
        m_entries.append(entry);
        // Only * and ? are special: a model name may well hold [ or ].
        QString escaped = QRegularExpression::escape(entry);
        escaped.replace(u"\\*"_s, u".*"_s).replace(u"\\?"_s, u"."_s);
        m_patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(escaped),
                                             QRegularExpression::DotMatchesEverythingOption));
    }
}

IgnoreList IgnoreList::parse(const QString &text)
{
    return IgnoreList(text.split(u'\n'));
}

std::optional<IgnoreList> IgnoreList::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("%1: cannot read the ignore list: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()));
}

QString IgnoreList::toText() const
{
    return m_entries.join(u'\n');
}

IgnoreList IgnoreList::merged(const IgnoreList &other) const
{
    return IgnoreList(m_entries + other.m_entries);
}

bool IgnoreList::matches(const pai::Model &model) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i) == model.modelId || m_patterns.at(i).match(model.modelName).hasMatch())
            return true;
    }
    return false;
}

} // namespace terraform
