#include "gui/models/internpool.h"

namespace gui {

quint32 InternPool::internRare(const QString &text)
{
    if (m_values.size() > ScanLimit + 1) {
        if (const auto found = m_rare.constFind(text); found != m_rare.constEnd()) {
            m_last = *found;
            return m_last;
        }
    }
    const auto index = quint32(m_values.size());
    m_values.append(text);
    if (index > ScanLimit)
        m_rare.insert(text, index);
    m_last = index;
    return index;
}

void InternPool::clear()
{
    m_values = QList<QString>(1);
    m_rare.clear();
    m_last = 0;
}

} // namespace gui
