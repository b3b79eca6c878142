#pragma once

#include "gui/models/internpool.h"
#include "gui/models/searchkeystore.h"
#include "pai/model.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

#include <array>
#include <memory>
#include <vector>

namespace gui {

// The models of the current listing, one row each. Rows keep only what the table shows (the
// details pane fetches the whole model with GetModel) and carry a precomputed lower-cased
// search key so the quick filter never calls data() per keystroke. A row is not a pai::Model
// but a compact record of its own (see Row): repeated values are indices into per-field pools,
// times are numbers, the ID and name are packed with every other row's; modelAt() builds the
// pai::Model back. Sorting happens here, on typed values, so that the filter proxy above never
// re-sorts.
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

private:
    // The value pools of one listing: the fields a row keeps as indices, then the label keys and
    // values, then timestamps in a spelling PackedTimestamp does not cover. Rows prepared before
    // a clear() keep the old pools alive, and are translated when they are appended.
    enum Pool {
        TypePool,
        DomainPool,
        TaskPool,
        OriginPool,
        ProviderPool,
        AccessibilityPool,
        WorkspacePool,
        OwnerPool,
        UserPool,
        DocPool,
        LatestVersionPool, // the name of the model's LatestVersion
        PooledFieldCount,
        LabelKeyPool = PooledFieldCount,
        LabelValuePool,
        TimestampPool,
        PoolCount
    };
    using Pools = std::array<InternPool, PoolCount>;

    // One loaded model, about 100 bytes besides its search key and the text of its ID and name.
    struct Row
    {
        // PackedTimestamp's milliseconds times 4 plus a tag: 0 empty, 1 packed without
        // milliseconds, 2 packed with them, 3 an index into the TimestampPool.
        qint64 created = 0;
        qint64 modified = 0;
        qint64 orderNumber = 0;   // when HasOrderNumber
        qint64 parameterSize = 0; // when HasParameterSize
        quint32 textOffset = 0;   // of the ID, then the name, in the table's text buffer
        quint32 idLength = 0;
        quint32 nameLength = 0;
        quint32 labelOffset = 0; // of the labels' key and value indices, two per label
        quint32 labelCount = 0;
        std::array<quint32, PooledFieldCount> pooled{};
        quint8 flags = 0;
    };
    enum RowFlag : quint8 { HasOrderNumber = 1, HasParameterSize = 2 };

    // Rows and the buffers their offsets point into.
    struct RowBuffers
    {
        std::vector<Row> rows;
        std::vector<char16_t> text;
        std::vector<quint32> labelRefs;
        std::shared_ptr<Pools> pools;

        // Appends the rows of `other`, moving their offsets (and their pool indices, when
        // `other` was made with other pools).
        void append(RowBuffers &&other);
    };

public:
    // Rows made ready for appendRows(): trimmed to what the table shows, made compact, search
    // keys built. That is most of the cost of a row, so a loader prepares each page as it
    // arrives and inserts many pages at once; the insertion itself then stays short.
    class PreparedRows
    {
    public:
        qsizetype size() const { return qsizetype(m_rows.rows.size()); }
        bool isEmpty() const { return m_rows.rows.empty(); }
        void append(PreparedRows &&other);

    private:
        friend class ModelTableModel;
        RowBuffers m_rows;
        SearchKeyStore m_keys;
    };
    PreparedRows prepareRows(QList<pai::Model> models);
    void appendRows(PreparedRows rows);
    void appendModels(QList<pai::Model> models) { appendRows(prepareRows(std::move(models))); }
    // Replaces a row in place (after an edit or a GetModel); appends when the ID is new.
    void upsertModel(pai::Model model);
    bool removeModel(const QString &modelId);

    // The row's model, built from its compact record: what the table keeps of it (not the
    // description, extra information, tags, LatestVersion or unknown fields).
    pai::Model modelAt(int row) const { return modelOfSlot(m_order.at(row)); }
    QString modelIdAt(int row) const
    {
        return idOf(m_rows.rows[size_t(m_order.at(row))]).toString();
    }
    int rowOfModel(const QString &modelId) const;
    // The lower-cased UTF-8 text of every column, what the quick filter searches.
    QByteArrayView searchKeyAt(int row) const { return m_searchKeys.at(m_order.at(row)); }
    // Storage slots: a row's slot survives sorting, so per-row facts can be kept by slot. Slots
    // shift only when a row is removed.
    int slotOfRow(int row) const { return m_order.at(row); }
    qsizetype slotCount() const { return qsizetype(m_rows.rows.size()); }
    QByteArrayView searchKeyOfSlot(int slot) const { return m_searchKeys.at(slot); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static QString labelsText(const pai::LabelList &labels);
    // The name of the model's LatestVersion, or empty. Only the name is read: the row keeps
    // nothing else of the version (see pai::WireJson::latestVersionOf for the whole of it).
    static QString latestVersionName(const pai::Model &model);
    QString latestVersionAt(int row) const
    {
        return pooled(m_rows.rows[size_t(m_order.at(row))], LatestVersionPool);
    }

private:
    // The compact record of `model`, its text and labels appended to `buffers`.
    static Row makeRow(const pai::Model &model, RowBuffers &buffers);
    pai::Model modelOfSlot(int slot) const;
    QStringView idOf(const Row &row) const
    {
        return QStringView(m_rows.text.data() + row.textOffset, row.idLength);
    }
    QStringView nameOf(const Row &row) const
    {
        return QStringView(m_rows.text.data() + row.textOffset + row.idLength, row.nameLength);
    }
    const QString &pooled(const Row &row, Pool field) const
    {
        return (*m_rows.pools)[field].at(row.pooled[field]);
    }
    QString timestampOf(qint64 code) const;
    int compareTimestamps(qint64 left, qint64 right) const;
    int compareLabels(const Row &left, const Row &right) const;
    QString labelsTextOf(const Row &row) const;
    // Counts a replaced or removed row's text and labels as unused, and repacks the buffers
    // once the unused part is half of them.
    void releaseBuffersOf(const Row &row);
    void compactIfWasteful();
    // Fills m_keyScratch with the model's search key.
    void buildSearchKey(const pai::Model &model);
    // Compares two storage slots by the sort column; ties keep the server's order.
    bool slotLessThan(int left, int right) const;
    // Re-sorts after rows [firstNew, end) of m_order were appended; the head is already sorted.
    void sortOrder(qsizetype firstNew);

    // Rows stay in arrival order; sorting only permutes m_order (view row -> storage slot), so a
    // sort of 100,000 rows moves integers, not models.
    RowBuffers m_rows;           // by storage slot
    SearchKeyStore m_searchKeys; // by storage slot
    QByteArray m_keyScratch;
    QList<int> m_order;
    qsizetype m_unusedText = 0;      // characters of replaced or removed rows
    qsizetype m_unusedLabelRefs = 0; // label indices of replaced or removed rows
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gui
