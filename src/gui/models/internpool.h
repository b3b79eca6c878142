#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace gui {

// One shared copy of each value of a field, handed out by a small index: a large model list
// repeats the same few domains, tasks, origins, workspace and owner IDs and label keys on every
// row, so a row keeps 4 bytes per field instead of a 24-byte QString (and, for a value the pool
// has not seen, its text). Index 0 is the empty string.
// A field has a handful of common values, so the first ScanLimit values are found by comparing
// against them directly (hashing every string of every row cost the table more than a tenth of
// a 10,000-model listing); later values, of a field with many, are found through a hash. The
// last value found is tried first: consecutive rows often repeat it.
// Values are kept until clear(), also those no row uses any more.
class InternPool
{
public:
    InternPool()
        : m_values(1)
    {}

    quint32 intern(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        if (const QString &last = m_values.at(m_last); last.size() == text.size() && last == text)
            return m_last;
        const qsizetype scanned = std::min<qsizetype>(m_values.size(), ScanLimit + 1);
        for (qsizetype i = 1; i < scanned; ++i) {
            const QString &known = m_values.at(i);
            if (known.size() == text.size() && known == text) {
                m_last = quint32(i);
                return m_last;
            }
        }
        return internRare(text);
    }

    const QString &at(quint32 index) const { return m_values.at(index); }
    // Distinct values, the empty one included.
    qsizetype size() const { return m_values.size(); }
    void clear();

    static constexpr qsizetype ScanLimit = 24;

private:
    quint32 internRare(const QString &text);

    QList<QString> m_values;
    QHash<QString, quint32> m_rare; // values after the first ScanLimit
    quint32 m_last = 0;
};

} // namespace gui
