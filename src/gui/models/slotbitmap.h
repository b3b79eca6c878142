#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace gui {

// One bit per storage slot of the model table: which rows a quick-filter text accepts. Unlike
// QBitArray it can visit only the set bits, 64 slots per step, so narrowing a filter that
// already excludes most rows skips them in bulk.
class SlotBitmap
{
public:
    SlotBitmap() = default;
    explicit SlotBitmap(qsizetype size)
        : m_words(size_t((size + 63) / 64), 0)
        , m_size(size)
    {}

    qsizetype size() const { return m_size; }
    bool test(qsizetype slot) const { return (m_words[size_t(slot / 64)] >> (slot % 64)) & 1u; }
    void set(qsizetype slot, bool on = true)
    {
        const quint64 bit = quint64(1) << (slot % 64);
        quint64 &word = m_words[size_t(slot / 64)];
        word = on ? (word | bit) : (word & ~bit);
    }
    // New slots start unset.
    void resize(qsizetype size)
    {
        if (size < m_size) {
            m_words.resize(size_t((size + 63) / 64));
            if (size % 64)
                m_words.back() &= (quint64(1) << (size % 64)) - 1;
        } else {
            m_words.resize(size_t((size + 63) / 64), 0);
        }
        m_size = size;
    }

    // Slots are grouped in words of 64; work split at word boundaries never shares a word.
    static constexpr qsizetype SlotsPerWord = 64;
    qsizetype wordCount() const { return qsizetype(m_words.size()); }

    template<typename Visit> void forEachSet(Visit visit) const
    {
        forEachSetInWords(0, wordCount(), visit);
    }
    // Visits the set slots of words [firstWord, endWord).
    template<typename Visit>
    void forEachSetInWords(qsizetype firstWord, qsizetype endWord, Visit visit) const
    {
        for (size_t w = size_t(firstWord); w < size_t(endWord); ++w) {
            for (quint64 bits = m_words[w]; bits != 0; bits &= bits - 1)
                visit(qsizetype(w * 64 + size_t(std::countr_zero(bits))));
        }
    }

private:
    std::vector<quint64> m_words;
    qsizetype m_size = 0;
};

} // namespace gui
