#pragma once

#include "gui/models/slotbitmap.h"

#include <QByteArrayList>
#include <QList>
#include <QSortFilterProxyModel>
#include <QVarLengthArray>

#include <memory>
#include <vector>

class QThreadPool;

namespace gui {

class ModelTableModel;

// The quick filter over a ModelTableModel. Each whitespace-separated term must appear somewhere
// in the row (any column, any case). Matching runs on the rows' precomputed search keys, never
// on data(), and remembers its last results by storage slot: typing one more letter only
// re-checks the rows that matched before it, and deleting a letter finds the earlier result in
// the cache. A scan that must read tens of thousands of keys is split across the cores. That
// keeps a keystroke over 100,000 rows well within a frame budget. Sorting is
// delegated to the source model, which sorts typed values once instead of the proxy re-sorting
// after every keystroke.
class ModelFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModelFilterProxyModel(QObject *parent = nullptr);
    ~ModelFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString quickFilter() const { return m_text; }
    void setQuickFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Match
    {
        QByteArrayList terms; // lower-cased UTF-8, like the search keys
        SlotBitmap accepted;  // by storage slot
        int count = 0;
    };
    // A term with what is worked out once per filter rather than once per row.
    struct PreparedTerm
    {
        QByteArrayView text;
        quint64 mask = 0;         // byteMask(text)
        bool maskDecides = false; // one letter or digit: the key's mask alone answers
    };
    using PreparedTerms = QVarLengthArray<PreparedTerm, 4>;

    static QByteArrayList termsOf(const QString &text);
    static quint64 byteMask(QByteArrayView text);
    static PreparedTerms prepare(const QByteArrayList &terms);
    bool slotMatches(int slot, const PreparedTerms &terms) const;
    void updateByteMasks();
    Match computeMatch(QByteArrayList terms) const;
    QThreadPool &scanPool() const;
    void forgetMatches();
    void onSourceRowsInserted(int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    ModelTableModel *m_table = nullptr;
    QString m_text;
    QByteArrayList m_terms;
    PreparedTerms m_preparedTerms; // m_terms, ready for slotMatches()
    QList<Match> m_matches;        // most recent first; m_matches.first() is for m_terms when set
    // Per storage slot, which bytes its search key holds (byteMask()): a key lacking one of a
    // term's bytes is rejected without a scan, and a one-letter term needs no scan at all.
    std::vector<quint64> m_byteMasks;
    bool m_haveCurrent = false;
    mutable std::unique_ptr<QThreadPool> m_scanPool; // started on the first large scan
};

} // namespace gui
