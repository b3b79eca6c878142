#pragma once

#include "gui/models/searchkeystore.h"
#include "gui/models/stringpool.h"
#include "pai/model.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

#include <array>

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
        LatestVersionColumn, // the name of the model's LatestVersion
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
    // Rows made ready for appendRows(): trimmed to what the table shows, strings shared, search
    // keys built. That is most of the cost of a row, so a loader prepares each page as it
    // arrives and inserts many pages at once; the insertion itself then stays short.
    class PreparedRows
    {
    public:
        qsizetype size() const { return m_models.size(); }
        bool isEmpty() const { return m_models.isEmpty(); }
        void append(PreparedRows &&other);

    private:
        friend class ModelTableModel;
        QList<pai::Model> m_models;
        QList<QString> m_latestVersions;
        SearchKeyStore m_keys;
    };
    PreparedRows prepareRows(QList<pai::Model> models);
    void appendRows(PreparedRows rows);
    void appendModels(QList<pai::Model> models) { appendRows(prepareRows(std::move(models))); }
    // Replaces a row in place (after an edit or a GetModel); appends when the ID is new.
    void upsertModel(pai::Model model);
    bool removeModel(const QString &modelId);

    const pai::Model &modelAt(int row) const { return m_models.at(m_order.at(row)); }
    int rowOfModel(const QString &modelId) const;
    // The lower-cased UTF-8 text of every column, what the quick filter searches.
    QByteArrayView searchKeyAt(int row) const { return m_searchKeys.at(m_order.at(row)); }
    // Storage slots: a row's slot survives sorting, so per-row facts can be kept by slot. Slots
    // shift only when a row is removed.
    int slotOfRow(int row) const { return m_order.at(row); }
    qsizetype slotCount() const { return m_models.size(); }
    QByteArrayView searchKeyOfSlot(int slot) const { return m_searchKeys.at(slot); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static QString labelsText(const pai::LabelList &labels);
    // The name of the model's LatestVersion, or empty. Only the name is read: the row keeps
    // nothing else of the version (see pai::WireJson::latestVersionOf for the whole of it).
    static QString latestVersionName(const pai::Model &model);
    QString latestVersionAt(int row) const { return m_latestVersions.at(m_order.at(row)); }

private:
    // Drops what the table never shows and shares repeated strings; returns the latest version's
    // name, shared too, which the row keeps beside the model.
    QString slim(pai::Model &model);
    // Fills m_keyScratch with the model's search key.
    void buildSearchKey(const pai::Model &model);
    // Compares two storage slots by the sort column; ties keep the server's order.
    bool slotLessThan(int left, int right) const;
    // Re-sorts after rows [firstNew, end) of m_order were appended; the head is already sorted.
    void sortOrder(qsizetype firstNew);

    // Rows stay in arrival order; sorting only permutes m_order (view row -> storage slot), so a
    // sort of 100,000 rows moves integers, not models.
    QList<pai::Model> m_models;      // by storage slot
    QList<QString> m_latestVersions; // by storage slot: the LatestVersion's name
    SearchKeyStore m_searchKeys;     // by storage slot
    QByteArray m_keyScratch;
    QList<int> m_order;
    // One per shared field (see slim()): each field has its own few common values.
    std::array<StringPool, 11> m_pools;
    StringPool m_latestVersionPool;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gui
