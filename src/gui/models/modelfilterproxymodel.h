#pragma once

#include <QByteArrayList>
#include <QSortFilterProxyModel>

namespace gui {

class ModelTableModel;

// The quick filter over a ModelTableModel. Each whitespace-separated term must appear somewhere
// in the row; matching runs on the rows' precomputed search keys, so a keystroke over 100,000
// rows costs one substring scan per row and no data() calls. Sorting is delegated to the source
// model, which sorts typed values once instead of the proxy re-sorting after every keystroke.
class ModelFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModelFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString quickFilter() const { return m_text; }
    void setQuickFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ModelTableModel *m_table = nullptr;
    QString m_text;
    QByteArrayList m_terms; // lower-cased UTF-8, like the search keys
};

} // namespace gui
