#pragma once

#include <QSet>
#include <QString>

namespace gui {

// Hands out one shared copy of each distinct string. A large model list repeats the same few
// domains, tasks, origins, workspace and owner IDs and label keys on every row; sharing them
// through Qt's implicit sharing keeps a loaded model small.
class StringPool
{
public:
    void intern(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            text = *it;
        else
            m_strings.insert(text);
    }

    void clear() { m_strings.clear(); }
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};

} // namespace gui
