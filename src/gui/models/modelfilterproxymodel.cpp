#include "gui/models/modelfilterproxymodel.h"

#include "gui/models/modeltablemodel.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstring>
#include <latch>
#include <numeric>
#include <optional>

namespace gui {

namespace {

// Enough to step back through a word being deleted letter by letter.
constexpr qsizetype MaxRememberedMatches = 24;

// Below this many rows per thread a scan is done before a thread would start.
constexpr qsizetype MinSlotsPerPart = 16384;

bool containsBytes(QByteArrayView haystack, QByteArrayView needle)
{
    // memchr finds each candidate first byte; the second byte is checked inline before a
    // memcmp call. On keys of about 150 bytes this beats both std::string_view::find and
    // memmem, whose set-up costs more than the search.
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (n > haystack.size())
        return false;
    const char *p = haystack.data();
    const char *const lastStart = p + (haystack.size() - n);
    const char first = needle[0];
    while (p <= lastStart) {
        p = static_cast<const char *>(std::memchr(p, first, size_t(lastStart - p + 1)));
        if (!p)
            return false;
        if (n == 1 ||
            (p[1] == needle[1] && std::memcmp(p + 2, needle.data() + 2, size_t(n - 2)) == 0))
            return true;
        ++p;
    }
    return false;
}

// Bits 0-25 are the letters, 26-35 the digits, each exactly; other bytes share the rest.
int byteBit(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return 36 + c % 28;
}

bool isExactByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Every row that matches `narrower` also matches `wider` when each of wider's terms is part of
// one of narrower's terms.
bool implies(const QByteArrayList &narrower, const QByteArrayList &wider)
{
    for (const QByteArray &term : wider) {
        const bool covered = std::any_of(narrower.begin(), narrower.end(),
                                         [&term](const QByteArray &t) { return t.contains(term); });
        if (!covered)
            return false;
    }
    return true;
}

} // namespace

ModelFilterProxyModel::ModelFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

ModelFilterProxyModel::~ModelFilterProxyModel() = default;

void ModelFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = qobject_cast<ModelTableModel *>(sourceModel);
    forgetMatches();
    // Connected before the base class connects its own handlers, so the remembered results are
    // up to date when it asks filterAcceptsRow() about new or changed rows.
    if (m_table) {
        connect(m_table, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    onSourceRowsInserted(first, last);
                });
        connect(m_table, &QAbstractItemModel::dataChanged, this,
                &ModelFilterProxyModel::onSourceDataChanged);
        // Removing a row shifts the slots after it; a reset drops them all.
        connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ModelFilterProxyModel::forgetMatches);
        connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this,
                &ModelFilterProxyModel::forgetMatches);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ModelFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_table)
        m_table->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

QByteArrayList ModelFilterProxyModel::termsOf(const QString &text)
{
    QByteArrayList terms;
    // simplified(): a pasted tab or line break separates terms like a space.
    const QStringList words = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms.append(word.toUtf8());
    return terms;
}

quint64 ModelFilterProxyModel::byteMask(QByteArrayView text)
{
    quint64 mask = 0;
    for (const char c : text)
        mask |= quint64(1) << byteBit(static_cast<unsigned char>(c));
    return mask;
}

void ModelFilterProxyModel::updateByteMasks()
{
    const qsizetype slots = m_table ? m_table->slotCount() : 0;
    if (qsizetype(m_byteMasks.size()) > slots)
        m_byteMasks.clear();
    m_byteMasks.reserve(size_t(slots));
    for (qsizetype slot = qsizetype(m_byteMasks.size()); slot < slots; ++slot)
        m_byteMasks.push_back(byteMask(m_table->searchKeyOfSlot(int(slot))));
}

ModelFilterProxyModel::PreparedTerms ModelFilterProxyModel::prepare(const QByteArrayList &terms)
{
    PreparedTerms prepared;
    for (const QByteArray &term : terms) {
        const bool oneExactByte =
            term.size() == 1 && isExactByte(static_cast<unsigned char>(term.front()));
        prepared.append({term, byteMask(term), oneExactByte});
    }
    return prepared;
}

bool ModelFilterProxyModel::slotMatches(int slot, const PreparedTerms &terms) const
{
    const bool masked = size_t(slot) < m_byteMasks.size();
    const quint64 keyMask = masked ? m_byteMasks[size_t(slot)] : ~0ull;
    std::optional<QByteArrayView> key;
    for (const PreparedTerm &term : terms) {
        if ((term.mask & ~keyMask) != 0)
            return false;
        if (term.maskDecides && masked)
            continue;
        if (!key)
            key = m_table->searchKeyOfSlot(slot);
        if (!containsBytes(*key, term.text))
            return false;
    }
    return true;
}

QThreadPool &ModelFilterProxyModel::scanPool() const
{
    // Its own pool: a task of someone else's in the global pool must never hold up a keystroke.
    if (!m_scanPool) {
        m_scanPool = std::make_unique<QThreadPool>();
        m_scanPool->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    }
    return *m_scanPool;
}

ModelFilterProxyModel::Match ModelFilterProxyModel::computeMatch(QByteArrayList terms) const
{
    const int slots = int(m_table->slotCount());
    // Start from the smallest remembered result this one must lie within.
    const Match *base = nullptr;
    for (const Match &match : m_matches) {
        if (match.accepted.size() == slots && implies(terms, match.terms) &&
            (!base || match.count < base->count))
            base = &match;
    }
    Match result{std::move(terms), SlotBitmap(slots), 0};
    const PreparedTerms prepared = prepare(result.terms);
    // Each part covers whole 64-slot words of the result, so parts never write the same word.
    const auto scanWords = [&](qsizetype firstWord, qsizetype endWord) {
        int found = 0;
        const auto check = [&](qsizetype slot) {
            if (slotMatches(int(slot), prepared)) {
                result.accepted.set(slot);
                ++found;
            }
        };
        if (base) {
            base->accepted.forEachSetInWords(firstWord, endWord, check);
        } else {
            const qsizetype end = std::min<qsizetype>(endWord * SlotBitmap::SlotsPerWord, slots);
            for (qsizetype slot = firstWord * SlotBitmap::SlotsPerWord; slot < end; ++slot)
                check(slot);
        }
        return found;
    };
    const qsizetype candidates = base ? base->count : slots;
    const qsizetype words = result.accepted.wordCount();
    const int parts = candidates < MinSlotsPerPart * 2
                          ? 1
                          : int(std::clamp<qsizetype>(candidates / MinSlotsPerPart, 1,
                                                      std::max(1, QThread::idealThreadCount())));
    if (parts == 1) {
        result.count = scanWords(0, words);
        return result;
    }
    // The first key scan of a new term reads every key; on 100,000 rows that was most of a
    // keystroke's budget on one core. Each part reads only const state (keys, byte masks).
    std::vector<int> found(size_t(parts), 0);
    // Shared with the workers: wait() may return before the last worker's count_down() is done
    // touching the latch.
    const auto done = std::make_shared<std::latch>(parts - 1);
    const auto partWords = [&](int part) {
        return std::pair(words * part / parts, words * (part + 1) / parts);
    };
    for (int part = 1; part < parts; ++part) {
        scanPool().start([&, part] {
            const auto [first, end] = partWords(part);
            found[size_t(part)] = scanWords(first, end);
            done->count_down();
        });
    }
    const auto [first, end] = partWords(0);
    found[0] = scanWords(first, end);
    done->wait();
    result.count = std::accumulate(found.begin(), found.end(), 0);
    return result;
}

void ModelFilterProxyModel::forgetMatches()
{
    m_matches.clear();
    m_haveCurrent = false;
    m_byteMasks.clear(); // slots shift on removal; rebuilt by the next filter or arrival
}

void ModelFilterProxyModel::setQuickFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = termsOf(text);
    m_preparedTerms = prepare(m_terms); // views into m_terms: rebuilt with it
    m_haveCurrent = false;
    if (m_table && !m_terms.isEmpty()) {
        updateByteMasks();
        const auto cached =
            std::find_if(m_matches.begin(), m_matches.end(), [this](const Match &match) {
                return match.terms == m_terms && match.accepted.size() == m_table->slotCount();
            });
        if (cached != m_matches.end()) {
            m_matches.move(cached - m_matches.begin(), 0);
        } else {
            m_matches.prepend(computeMatch(m_terms));
            if (m_matches.size() > MaxRememberedMatches)
                m_matches.removeLast();
        }
        m_haveCurrent = true;
    }
    // A full rebuild of the mapping is cheaper than the base class's row-by-row diff, which
    // announces every run of removed or inserted rows separately.
    invalidate();
}

void ModelFilterProxyModel::onSourceRowsInserted(int, int)
{
    updateByteMasks();
    // New rows get new slots at the end. Older results stop being reusable (they do not cover
    // the new slots); the current one is extended so it keeps answering.
    if (!m_haveCurrent) {
        m_matches.clear();
        return;
    }
    Match current = m_matches.takeFirst();
    m_matches.clear();
    const int oldSize = int(current.accepted.size());
    const int slots = int(m_table->slotCount());
    current.accepted.resize(slots);
    const PreparedTerms prepared = prepare(current.terms);
    for (int slot = oldSize; slot < slots; ++slot) {
        if (slotMatches(slot, prepared)) {
            current.accepted.set(slot);
            ++current.count;
        }
    }
    m_matches.append(std::move(current));
}

void ModelFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft,
                                                const QModelIndex &bottomRight)
{
    for (int row = std::max(0, topLeft.row()); row <= bottomRight.row(); ++row) {
        const int slot = m_table->slotOfRow(row);
        if (size_t(slot) < m_byteMasks.size())
            m_byteMasks[size_t(slot)] = byteMask(m_table->searchKeyOfSlot(slot));
    }
    if (!m_haveCurrent) {
        m_matches.clear();
        return;
    }
    Match current = m_matches.takeFirst();
    m_matches.clear();
    const PreparedTerms prepared = prepare(current.terms);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int slot = m_table->slotOfRow(row);
        const bool matches = slotMatches(slot, prepared);
        if (matches != current.accepted.test(slot)) {
            current.accepted.set(slot, matches);
            current.count += matches ? 1 : -1;
        }
    }
    m_matches.append(std::move(current));
}

bool ModelFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    if (!m_table)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const int slot = m_table->slotOfRow(sourceRow);
    if (m_haveCurrent) {
        const SlotBitmap &accepted = m_matches.constFirst().accepted;
        if (slot < accepted.size())
            return accepted.test(slot);
    }
    return slotMatches(slot, m_preparedTerms);
}

} // namespace gui
