#pragma once

#include "gui/models/stringpool.h"
#include "pai/model.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

namespace gui {

// The models of the current listing, one row each. Rows keep only what the table shows (the
// details pane fetches the whole model with GetModel), share repeated strings, and carry a
// precomputed lower-cased search key so the quick filter never calls data() per keystroke.
// Sorting happens here, on typed values, so that the filter proxy above never re-sorts.
class ModelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        DomainColumn,
        TaskColumn,
        OriginColumn,
        TypeColumn,
        AccessibilityColumn,
        OrderNumberColumn,
        LabelsColumn,
        CreatedColumn,
        ModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        SortRole, // the typed value the column sorts by
    };

    explicit ModelTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column -1 restores the order the server sent.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void clear();
    // Expected final size, so the storage grows once rather than page by page.
    void reserve(qsizetype count);
    void appendModels(QList<pai::Model> models);
    // Replaces a row in place (after an edit or a GetModel); appends when the ID is new.
    void upsertModel(pai::Model model);
    bool removeModel(const QString &modelId);

    const pai::Model &modelAt(int row) const { return m_rows.at(m_order.at(row)).model; }
    int rowOfModel(const QString &modelId) const;
    // The lower-cased UTF-8 text of every column, what the quick filter searches.
    const QByteArray &searchKeyAt(int row) const { return m_rows.at(m_order.at(row)).searchKey; }
    // Storage slots: a row's slot survives sorting, so per-row facts can be kept by slot. Slots
    // shift only when a row is removed.
    int slotOfRow(int row) const { return m_order.at(row); }
    qsizetype slotCount() const { return m_rows.size(); }
    const QByteArray &searchKeyOfSlot(int slot) const { return m_rows.at(slot).searchKey; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static QString labelsText(const pai::LabelList &labels);

private:
    struct Row
    {
        pai::Model model;
        QByteArray searchKey;
    };

    Row makeRow(pai::Model &&model);
    // Compares two storage slots by the sort column; ties keep the server's order.
    bool slotLessThan(int left, int right) const;
    // Re-sorts after rows [firstNew, end) of m_order were appended; the head is already sorted.
    void sortOrder(qsizetype firstNew);

    // Rows stay in arrival order; sorting only permutes m_order (view row -> storage slot), so a
    // sort of 100,000 rows moves integers, not models.
    QList<Row> m_rows;
    QList<int> m_order;
    StringPool m_pool;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gui
