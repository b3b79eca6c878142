#include "gui/models/modelfilterproxymodel.h"

#include "gui/models/modeltablemodel.h"

#include <algorithm>
#include <string_view>

namespace gui {

namespace {

// Enough to step back through a word being deleted letter by letter.
constexpr qsizetype MaxRememberedMatches = 24;

bool containsBytes(const QByteArray &haystack, const QByteArray &needle)
{
    // string_view's find scans with memchr for the first byte, much faster here than a
    // general-purpose search on these short keys.
    return std::string_view(haystack.constData(), size_t(haystack.size()))
               .find(std::string_view(needle.constData(), size_t(needle.size()))) !=
           std::string_view::npos;
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
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms.append(word.toUtf8());
    return terms;
}

quint64 ModelFilterProxyModel::byteMask(const QByteArray &text)
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

bool ModelFilterProxyModel::slotMatches(int slot, const QByteArrayList &terms) const
{
    const quint64 keyMask = size_t(slot) < m_byteMasks.size() ? m_byteMasks[size_t(slot)] : ~0ull;
    const QByteArray *key = nullptr;
    for (const QByteArray &term : terms) {
        const quint64 termMask = byteMask(term);
        if ((termMask & ~keyMask) != 0)
            return false;
        if (term.size() == 1 && isExactByte(static_cast<unsigned char>(term.front())) &&
            keyMask != ~0ull)
            continue; // the mask already knows whether the key holds this byte
        if (!key)
            key = &m_table->searchKeyOfSlot(slot);
        if (!containsBytes(*key, term))
            return false;
    }
    return true;
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
    Match result{std::move(terms), QBitArray(slots), 0};
    for (int slot = 0; slot < slots; ++slot) {
        if (base && !base->accepted.testBit(slot))
            continue;
        if (slotMatches(slot, result.terms)) {
            result.accepted.setBit(slot);
            ++result.count;
        }
    }
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
    for (int slot = oldSize; slot < slots; ++slot) {
        if (slotMatches(slot, current.terms)) {
            current.accepted.setBit(slot);
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
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int slot = m_table->slotOfRow(row);
        const bool matches = slotMatches(slot, current.terms);
        if (matches != current.accepted.testBit(slot)) {
            current.accepted.setBit(slot, matches);
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
        const QBitArray &accepted = m_matches.constFirst().accepted;
        if (slot < accepted.size())
            return accepted.testBit(slot);
    }
    return slotMatches(slot, m_terms);
}

} // namespace gui
