#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace gui {

// The quick filter's search keys, one per storage slot, packed end to end in one buffer. A
// keystroke that has to look into every key then reads memory in order instead of chasing
// 100,000 separate allocations, which made the first scan for a new term several times slower;
// it also saves the per-key header and allocation of a QByteArray.
// A replaced or removed key leaves its bytes behind until they make up half the buffer.
class SearchKeyStore
{
public:
    qsizetype size() const { return qsizetype(m_spans.size()); }
    QByteArrayView at(qsizetype slot) const
    {
        const Span &span = m_spans[size_t(slot)];
        return QByteArrayView(m_bytes.constData() + span.offset, span.length);
    }

    void reserve(qsizetype keys, qsizetype bytesPerKey);
    void append(QByteArrayView key);
    // Appends every key of `other` after this store's own.
    void append(const SearchKeyStore &other);
    void replace(qsizetype slot, QByteArrayView key);
    void remove(qsizetype slot);
    void clear();

    qsizetype bufferBytes() const { return m_bytes.size(); }
    qsizetype unusedBytes() const { return m_unused; }

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    Span store(QByteArrayView key);
    void compactIfWasteful();

    QByteArray m_bytes;
    std::vector<Span> m_spans;
    qsizetype m_unused = 0; // bytes of replaced or removed keys
};

} // namespace gui
