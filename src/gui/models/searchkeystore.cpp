#include "gui/models/searchkeystore.h"

namespace gui {

void SearchKeyStore::reserve(qsizetype keys, qsizetype bytesPerKey)
{
    m_spans.reserve(size_t(keys));
    m_bytes.reserve(keys * bytesPerKey);
}

SearchKeyStore::Span SearchKeyStore::store(QByteArrayView key)
{
    const Span span{m_bytes.size(), key.size()};
    m_bytes.append(key);
    return span;
}

void SearchKeyStore::append(QByteArrayView key)
{
    m_spans.push_back(store(key));
}

void SearchKeyStore::append(const SearchKeyStore &other)
{
    m_spans.reserve(m_spans.size() + other.m_spans.size());
    for (const Span &span : other.m_spans)
        append(QByteArrayView(other.m_bytes.constData() + span.offset, span.length));
}

void SearchKeyStore::replace(qsizetype slot, QByteArrayView key)
{
    m_unused += m_spans[size_t(slot)].length;
    m_spans[size_t(slot)] = store(key);
    compactIfWasteful();
}

void SearchKeyStore::remove(qsizetype slot)
{
    m_unused += m_spans[size_t(slot)].length;
    m_spans.erase(m_spans.begin() + slot);
    compactIfWasteful();
}

void SearchKeyStore::clear()
{
    m_bytes = {};
    m_spans = {};
    m_unused = 0;
}

void SearchKeyStore::compactIfWasteful()
{
    if (m_unused * 2 <= m_bytes.size())
        return;
    QByteArray packed;
    packed.reserve(m_bytes.size() - m_unused);
    for (Span &span : m_spans) {
        const qsizetype offset = packed.size();
        packed.append(m_bytes.constData() + span.offset, span.length);
        span.offset = offset;
    }
    m_bytes = std::move(packed);
    m_unused = 0;
}

} // namespace gui
