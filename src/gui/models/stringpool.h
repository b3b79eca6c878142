#pragma once

#include <QString>

#include <array>

namespace gui {

// Hands out one shared copy of each common value of one field. A large model list repeats the
// same few domains, tasks, origins, workspace and owner IDs and label keys on every row;
// sharing them through Qt's implicit sharing keeps a loaded model small.
// It remembers the first Capacity distinct values and compares against them directly: a field
// has a handful of common values, and hashing every string of every row into one shared set
// cost the model table more than a tenth of a 10,000-model listing.
class StringPool
{
public:
    void intern(QString &text)
    {
        if (text.isEmpty())
            return;
        for (qsizetype i = 0; i < m_count; ++i) {
            const QString &known = m_values[size_t(i)];
            if (known.size() == text.size() && known == text) {
                if (!known.isSharedWith(text))
                    text = known;
                return;
            }
        }
        if (m_count < Capacity)
            m_values[size_t(m_count++)] = text;
    }

    void clear()
    {
        m_values = {};
        m_count = 0;
    }
    qsizetype size() const { return m_count; }

    static constexpr qsizetype Capacity = 24;

private:
    std::array<QString, Capacity> m_values;
    qsizetype m_count = 0;
};

} // namespace gui
