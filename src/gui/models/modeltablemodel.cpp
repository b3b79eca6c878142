#include "gui/models/modeltablemodel.h"

#include "gui/common/languagechangerelay.h"
#include "gui/models/packedtimestamp.h"
#include "pai/displaytext.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// About what one demo or real model's key takes (name, ID, enums, labels, two timestamps).
constexpr qsizetype TypicalSearchKeyBytes = 160;
// About the characters of one model's ID and name.
constexpr qsizetype TypicalTextChars = 56;
// Label key and value indices of a model with three labels.
constexpr qsizetype TypicalLabelRefs = 6;

// The tags of a Row's timestamp code.
enum TimestampTag : qint64 { EmptyTime, PackedTime, PackedTimeWithMsecs, PooledTime };
constexpr qint64 TimestampTagMask = 3;

// Appends `text` lower-cased, as UTF-8. ASCII, nearly every character of a model, is lowered
// byte by byte; building a lower-cased QString and converting it cost a third of each row.
void appendLowerUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *bytes = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            // Case mapping is per character, so the rest can be lowered on its own.
            out.truncate(start + i);
            out += text.mid(i).toString().toLower().toUtf8();
            return;
        }
        bytes[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
}

QString timestampText(const QString &iso)
{
    return pai::DisplayText::timestamp(iso);
}

// Local time with the year, and the UTC value the server sent.
QVariant timestampToolTip(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QString local = timestampText(iso);
    if (local == iso)
        return iso;
    return ModelTableModel::tr("%1\n%2 (as the server sent it)").arg(local, iso);
}

int compareText(const QString &left, const QString &right)
{
    return left.compare(right, Qt::CaseInsensitive);
}

// Version names by their numbers: "0.10.0" after "0.9.0"; runs of digits compare as numbers.
int compareVersionNames(const QString &left, const QString &right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        const bool leftDigit = left.at(i).isDigit();
        const bool rightDigit = right.at(j).isDigit();
        if (leftDigit && rightDigit) {
            qsizetype endI = i;
            qsizetype endJ = j;
            while (endI < left.size() && left.at(endI).isDigit())
                ++endI;
            while (endJ < right.size() && right.at(endJ).isDigit())
                ++endJ;
            // Without leading zeros, a longer run is a larger number.
            while (i + 1 < endI && left.at(i) == u'0')
                ++i;
            while (j + 1 < endJ && right.at(j) == u'0')
                ++j;
            if (endI - i != endJ - j)
                return endI - i < endJ - j ? -1 : 1;
            if (const int c = QStringView(left)
                                  .sliced(i, endI - i)
                                  .compare(QStringView(right).sliced(j, endJ - j)))
                return c;
            i = endI;
            j = endJ;
            continue;
        }
        if (left.at(i) != right.at(j))
            return left.at(i) < right.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    // Models without a version sort after every versioned one.
    if (left.isEmpty() != right.isEmpty())
        return left.isEmpty() ? 1 : -1;
    return left.size() - i < right.size() - j ? -1 : (left.size() - i > right.size() - j ? 1 : 0);
}

int compareOrderNumber(const std::optional<qint64> &left, const std::optional<qint64> &right)
{
    // Models without an order number sort after every numbered one.
    if (left.has_value() != right.has_value())
        return left.has_value() ? -1 : 1;
    if (!left)
        return 0;
    return *left < *right ? -1 : (*left > *right ? 1 : 0);
}

} // namespace

ModelTableModel::ModelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_rows.pools = std::make_shared<Pools>();
    relayLanguageChange(this);
}

int ModelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ModelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelTableModel::labelsText(const pai::LabelList &labels)
{
    QString text;
    for (const pai::Label &label : labels) {
        if (!text.isEmpty())
            text += u", "_s;
        text += label.key + u'=' + label.value;
    }
    return text;
}

QString ModelTableModel::labelsTextOf(const Row &row) const
{
    const InternPool &keys = (*m_rows.pools)[LabelKeyPool];
    const InternPool &values = (*m_rows.pools)[LabelValuePool];
    const quint32 *refs = m_rows.labelRefs.data() + row.labelOffset;
    QString text;
    for (quint32 i = 0; i < row.labelCount; ++i, refs += 2) {
        if (i > 0)
            text += u", "_s;
        text += keys.at(refs[0]) + u'=' + values.at(refs[1]);
    }
    return text;
}

QString ModelTableModel::timestampOf(qint64 code) const
{
    switch (code & TimestampTagMask) {
    case EmptyTime:
        return {};
    case PackedTime:
        return PackedTimestamp::unpack(code >> 2, false);
    case PackedTimeWithMsecs:
        return PackedTimestamp::unpack(code >> 2, true);
    default:
        return (*m_rows.pools)[TimestampPool].at(quint32(code >> 2));
    }
}

QVariant ModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.rows[size_t(m_order.at(index.row()))];
    const auto column = Column(index.column());
    const auto orderNumber = [&row]() {
        return row.flags & HasOrderNumber ? QVariant(row.orderNumber) : QVariant();
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return nameOf(row).toString();
        case IdColumn:
            return idOf(row).toString();
        case DomainColumn:
            return pooled(row, DomainPool);
        case TaskColumn:
            return pooled(row, TaskPool);
        case OriginColumn:
            return pooled(row, OriginPool);
        case TypeColumn:
            return pooled(row, TypePool);
        case AccessibilityColumn:
            return pooled(row, AccessibilityPool);
        case OrderNumberColumn:
            return orderNumber();
        case LabelsColumn:
            return labelsTextOf(row);
        case CreatedColumn:
            return timestampText(timestampOf(row.created));
        case ModifiedColumn:
            return timestampText(timestampOf(row.modified));
        case LatestVersionColumn:
            return pooled(row, LatestVersionPool);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // The whole value, for cells whose column is too narrow for it. Asked for only on hover.
        switch (column) {
        case CreatedColumn:
            return timestampToolTip(timestampOf(row.created));
        case ModifiedColumn:
            return timestampToolTip(timestampOf(row.modified));
        case OrderNumberColumn:
            break;
        default: {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == OrderNumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModelIdRole:
        return idOf(row).toString();
    case SortRole:
        switch (column) {
        case OrderNumberColumn:
            return orderNumber();
        case CreatedColumn:
            return timestampOf(row.created);
        case ModifiedColumn:
            return timestampOf(row.modified);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case DomainColumn:
        return tr("Domain");
    case TaskColumn:
        return tr("Task");
    case OriginColumn:
        return tr("Origin");
    case TypeColumn:
        return tr("Type");
    case AccessibilityColumn:
        return tr("Accessibility");
    case OrderNumberColumn:
        return tr("Order");
    case LabelsColumn:
        return tr("Labels");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case LatestVersionColumn:
        return tr("Latest version");
    case ColumnCount:
        break;
    }
    return {};
}

QString ModelTableModel::latestVersionName(const pai::Model &model)
{
    // The one field the table shows, read straight from the kept JSON: parsing the whole
    // version for every one of 100,000 rows would cost more than the rest of the row.
    return model.latestVersion.value(QLatin1StringView("VersionName")).toString();
}

namespace {

qint64 timestampCode(const QString &text, InternPool &odd)
{
    if (text.isEmpty())
        return EmptyTime;
    if (const auto packed = PackedTimestamp::pack(text))
        return packed->msecsSinceEpoch * 4 +
               (packed->withMilliseconds ? PackedTimeWithMsecs : PackedTime);
    return qint64(odd.intern(text)) * 4 + PooledTime;
}

} // namespace

ModelTableModel::Row ModelTableModel::makeRow(const pai::Model &model, RowBuffers &buffers)
{
    Pools &pools = *buffers.pools;
    Row row;
    row.textOffset = quint32(buffers.text.size());
    row.idLength = quint32(model.modelId.size());
    row.nameLength = quint32(model.modelName.size());
    for (const QString *text : {&model.modelId, &model.modelName}) {
        const auto *chars = reinterpret_cast<const char16_t *>(text->utf16());
        buffers.text.insert(buffers.text.end(), chars, chars + text->size());
    }
    const QString *const fields[] = {
        &model.modelType,     &model.domain,      &model.task,    &model.origin, &model.provider,
        &model.accessibility, &model.workspaceId, &model.ownerId, &model.userId, &model.modelDoc};
    static_assert(std::size(fields) + 1 == PooledFieldCount);
    for (size_t field = 0; field < std::size(fields); ++field)
        row.pooled[field] = pools[field].intern(*fields[field]);
    // The one field of the LatestVersion the table shows; the row keeps nothing else of it.
    row.pooled[LatestVersionPool] = pools[LatestVersionPool].intern(latestVersionName(model));
    row.created = timestampCode(model.gmtCreateTime, pools[TimestampPool]);
    row.modified = timestampCode(model.gmtModifiedTime, pools[TimestampPool]);
    if (model.orderNumber) {
        row.flags |= HasOrderNumber;
        row.orderNumber = *model.orderNumber;
    }
    if (model.parameterSize) {
        row.flags |= HasParameterSize;
        row.parameterSize = *model.parameterSize;
    }
    row.labelOffset = quint32(buffers.labelRefs.size());
    row.labelCount = quint32(model.labels.size());
    for (const pai::Label &label : model.labels) {
        buffers.labelRefs.push_back(pools[LabelKeyPool].intern(label.key));
        buffers.labelRefs.push_back(pools[LabelValuePool].intern(label.value));
    }
    return row;
}

pai::Model ModelTableModel::modelOfSlot(int slot) const
{
    const Row &row = m_rows.rows[size_t(slot)];
    pai::Model model;
    model.modelId = idOf(row).toString();
    model.modelName = nameOf(row).toString();
    model.modelType = pooled(row, TypePool);
    model.domain = pooled(row, DomainPool);
    model.task = pooled(row, TaskPool);
    model.origin = pooled(row, OriginPool);
    model.provider = pooled(row, ProviderPool);
    model.accessibility = pooled(row, AccessibilityPool);
    model.workspaceId = pooled(row, WorkspacePool);
    model.ownerId = pooled(row, OwnerPool);
    model.userId = pooled(row, UserPool);
    model.modelDoc = pooled(row, DocPool);
    if (row.flags & HasOrderNumber)
        model.orderNumber = row.orderNumber;
    if (row.flags & HasParameterSize)
        model.parameterSize = row.parameterSize;
    model.gmtCreateTime = timestampOf(row.created);
    model.gmtModifiedTime = timestampOf(row.modified);
    const InternPool &keys = (*m_rows.pools)[LabelKeyPool];
    const InternPool &values = (*m_rows.pools)[LabelValuePool];
    model.labels.reserve(row.labelCount);
    const quint32 *refs = m_rows.labelRefs.data() + row.labelOffset;
    for (quint32 i = 0; i < row.labelCount; ++i, refs += 2)
        model.labels.append({keys.at(refs[0]), values.at(refs[1])});
    return model;
}

void ModelTableModel::buildSearchKey(const pai::Model &model)
{
    QByteArray &key = m_keyScratch;
    key.clear();                 // keeps its capacity: one buffer serves every row
    const char separator = '\n'; // never typed into the filter box, so never matches across
    for (const QString *text : {&model.modelName, &model.modelId, &model.domain, &model.task,
                                &model.origin, &model.modelType, &model.accessibility}) {
        appendLowerUtf8(key, *text);
        key += separator;
    }
    if (model.orderNumber)
        key += QByteArray::number(*model.orderNumber);
    key += separator;
    bool firstLabel = true;
    for (const pai::Label &label : std::as_const(model.labels)) {
        if (!firstLabel)
            key += ", ";
        firstLabel = false;
        appendLowerUtf8(key, label.key);
        key += '=';
        appendLowerUtf8(key, label.value);
    }
    key += separator;
    appendLowerUtf8(key, model.gmtCreateTime);
    key += separator;
    appendLowerUtf8(key, model.gmtModifiedTime);
    key += separator;
    appendLowerUtf8(key, latestVersionName(model));
}

void ModelTableModel::clear()
{
    const bool hadRows = !m_rows.rows.empty();
    if (hadRows)
        beginResetModel();
    m_rows = {};
    m_rows.pools = std::make_shared<Pools>();
    m_unusedText = 0;
    m_unusedLabelRefs = 0;
    m_searchKeys.clear();
    m_order = {};
    if (hadRows)
        endResetModel();
}

void ModelTableModel::reserve(qsizetype count)
{
    m_rows.rows.reserve(size_t(count));
    m_rows.text.reserve(size_t(count * TypicalTextChars));
    m_rows.labelRefs.reserve(size_t(count * TypicalLabelRefs));
    m_searchKeys.reserve(count, TypicalSearchKeyBytes);
    m_order.reserve(count);
}

void ModelTableModel::RowBuffers::append(RowBuffers &&other)
{
    if (other.rows.empty())
        return;
    if (!pools)
        pools = other.pools;
    const bool samePools = pools == other.pools;
    const auto textBase = quint32(text.size());
    const auto labelBase = quint32(labelRefs.size());
    text.insert(text.end(), other.text.begin(), other.text.end());
    labelRefs.insert(labelRefs.end(), other.labelRefs.begin(), other.labelRefs.end());
    if (!samePools) {
        // Prepared before a clear(): the values move into this listing's pools.
        const Pools &from = *other.pools;
        for (size_t i = labelBase; i < labelRefs.size(); ++i) {
            const Pool pool = (i - labelBase) % 2 ? LabelValuePool : LabelKeyPool;
            labelRefs[i] = (*pools)[pool].intern(from[pool].at(labelRefs[i]));
        }
    }
    for (Row row : other.rows) {
        row.textOffset += textBase;
        row.labelOffset += labelBase;
        if (!samePools) {
            const Pools &from = *other.pools;
            for (int field = 0; field < PooledFieldCount; ++field)
                row.pooled[field] = (*pools)[field].intern(from[field].at(row.pooled[field]));
            for (qint64 *time : {&row.created, &row.modified}) {
                if ((*time & TimestampTagMask) == PooledTime) {
                    const QString &text = from[TimestampPool].at(quint32(*time >> 2));
                    *time = qint64((*pools)[TimestampPool].intern(text)) * 4 + PooledTime;
                }
            }
        }
        rows.push_back(row);
    }
}

void ModelTableModel::PreparedRows::append(PreparedRows &&other)
{
    if (isEmpty()) {
        *this = std::move(other);
        return;
    }
    m_rows.append(std::move(other.m_rows));
    m_keys.append(other.m_keys);
}

ModelTableModel::PreparedRows ModelTableModel::prepareRows(QList<pai::Model> models)
{
    PreparedRows prepared;
    RowBuffers &rows = prepared.m_rows;
    rows.pools = m_rows.pools;
    const auto count = size_t(models.size());
    rows.rows.reserve(count);
    rows.text.reserve(count * TypicalTextChars);
    rows.labelRefs.reserve(count * TypicalLabelRefs);
    prepared.m_keys.reserve(models.size(), TypicalSearchKeyBytes);
    for (const pai::Model &model : std::as_const(models)) {
        buildSearchKey(model);
        prepared.m_keys.append(m_keyScratch);
        rows.rows.push_back(makeRow(model, rows));
    }
    return prepared;
}

void ModelTableModel::appendRows(PreparedRows rows)
{
    if (rows.isEmpty())
        return;
    const qsizetype first = slotCount();
    beginInsertRows({}, int(first), int(first + rows.size() - 1));
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_order.append(int(first + i));
    m_rows.append(std::move(rows.m_rows));
    m_searchKeys.append(rows.m_keys);
    endInsertRows();
    if (m_sortColumn >= 0)
        sortOrder(first);
}

int ModelTableModel::rowOfModel(const QString &modelId) const
{
    for (qsizetype row = 0; row < m_order.size(); ++row) {
        if (idOf(m_rows.rows[size_t(m_order.at(row))]) == modelId)
            return int(row);
    }
    return -1;
}

void ModelTableModel::upsertModel(pai::Model model)
{
    const int row = rowOfModel(model.modelId);
    if (row < 0) {
        appendModels({std::move(model)});
        return;
    }
    const int slot = m_order.at(row);
    buildSearchKey(model);
    m_searchKeys.replace(slot, m_keyScratch);
    const Row replaced = m_rows.rows[size_t(slot)];
    m_rows.rows[size_t(slot)] = makeRow(model, m_rows);
    releaseBuffersOf(replaced);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_sortColumn >= 0)
        sortOrder(0);
}

bool ModelTableModel::removeModel(const QString &modelId)
{
    const int row = rowOfModel(modelId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    const int slot = m_order.at(row);
    const Row removed = m_rows.rows[size_t(slot)];
    m_rows.rows.erase(m_rows.rows.begin() + slot);
    m_searchKeys.remove(slot);
    m_order.removeAt(row);
    for (int &other : m_order) {
        if (other > slot)
            --other;
    }
    releaseBuffersOf(removed);
    endRemoveRows();
    return true;
}

void ModelTableModel::releaseBuffersOf(const Row &row)
{
    m_unusedText += qsizetype(row.idLength) + qsizetype(row.nameLength);
    m_unusedLabelRefs += 2 * qsizetype(row.labelCount);
    compactIfWasteful();
}

void ModelTableModel::compactIfWasteful()
{
    if (m_unusedText * 2 > qsizetype(m_rows.text.size())) {
        std::vector<char16_t> packed;
        packed.reserve(m_rows.text.size() - size_t(m_unusedText));
        for (Row &row : m_rows.rows) {
            const char16_t *from = m_rows.text.data() + row.textOffset;
            row.textOffset = quint32(packed.size());
            packed.insert(packed.end(), from, from + row.idLength + row.nameLength);
        }
        m_rows.text = std::move(packed);
        m_unusedText = 0;
    }
    if (m_unusedLabelRefs * 2 > qsizetype(m_rows.labelRefs.size())) {
        std::vector<quint32> packed;
        packed.reserve(m_rows.labelRefs.size() - size_t(m_unusedLabelRefs));
        for (Row &row : m_rows.rows) {
            const quint32 *from = m_rows.labelRefs.data() + row.labelOffset;
            row.labelOffset = quint32(packed.size());
            packed.insert(packed.end(), from, from + 2 * row.labelCount);
        }
        m_rows.labelRefs = std::move(packed);
        m_unusedLabelRefs = 0;
    }
}

int ModelTableModel::compareTimestamps(qint64 left, qint64 right) const
{
    const qint64 leftTag = left & TimestampTagMask;
    const qint64 rightTag = right & TimestampTagMask;
    // ISO 8601 UTC text in one format sorts in time order, so packed times of one spelling
    // compare as numbers; anything else compares as the text the server sent.
    if (leftTag == rightTag && (leftTag == PackedTime || leftTag == PackedTimeWithMsecs))
        return left < right ? -1 : (left > right ? 1 : 0);
    if (leftTag == EmptyTime || rightTag == EmptyTime)
        return leftTag == rightTag ? 0 : (leftTag == EmptyTime ? -1 : 1);
    return timestampOf(left).compare(timestampOf(right));
}

int ModelTableModel::compareLabels(const Row &left, const Row &right) const
{
    const InternPool &keys = (*m_rows.pools)[LabelKeyPool];
    const InternPool &values = (*m_rows.pools)[LabelValuePool];
    const quint32 *a = m_rows.labelRefs.data() + left.labelOffset;
    const quint32 *b = m_rows.labelRefs.data() + right.labelOffset;
    const quint32 count = std::min(left.labelCount, right.labelCount);
    for (quint32 i = 0; i < 2 * count; ++i) {
        if (a[i] == b[i])
            continue;
        const InternPool &pool = i % 2 ? values : keys;
        if (const int c = compareText(pool.at(a[i]), pool.at(b[i])))
            return c;
    }
    return left.labelCount < right.labelCount ? -1 : (left.labelCount > right.labelCount ? 1 : 0);
}

bool ModelTableModel::slotLessThan(int left, int right) const
{
    const Row &a = m_rows.rows[size_t(left)];
    const Row &b = m_rows.rows[size_t(right)];
    const auto comparePooled = [&](Pool field) {
        return a.pooled[field] == b.pooled[field] ? 0
                                                  : compareText(pooled(a, field), pooled(b, field));
    };
    int c = 0;
    switch (Column(m_sortColumn)) {
    case NameColumn:
        c = nameOf(a).compare(nameOf(b), Qt::CaseInsensitive);
        break;
    case IdColumn:
        c = idOf(a).compare(idOf(b));
        break;
    case DomainColumn:
        c = comparePooled(DomainPool);
        break;
    case TaskColumn:
        c = comparePooled(TaskPool);
        break;
    case OriginColumn:
        c = comparePooled(OriginPool);
        break;
    case TypeColumn:
        c = comparePooled(TypePool);
        break;
    case AccessibilityColumn:
        c = comparePooled(AccessibilityPool);
        break;
    case OrderNumberColumn:
        c = compareOrderNumber(
            a.flags & HasOrderNumber ? std::optional(a.orderNumber) : std::nullopt,
            b.flags & HasOrderNumber ? std::optional(b.orderNumber) : std::nullopt);
        break;
    case LabelsColumn:
        c = compareLabels(a, b);
        break;
    case CreatedColumn:
        c = compareTimestamps(a.created, b.created);
        break;
    case ModifiedColumn:
        c = compareTimestamps(a.modified, b.modified);
        break;
    case LatestVersionColumn:
        c = compareVersionNames(pooled(a, LatestVersionPool), pooled(b, LatestVersionPool));
        break;
    case ColumnCount:
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        c = -c;
    return c != 0 ? c < 0 : left < right;
}

void ModelTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder(0);
}

void ModelTableModel::sortOrder(qsizetype firstNew)
{
    if (m_order.size() < 2)
        return;
    const QList<int> before = m_order;
    auto less = [this](int left, int right) {
        return m_sortColumn < 0 ? left < right : slotLessThan(left, right);
    };

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    if (firstNew <= 0) {
        std::sort(m_order.begin(), m_order.end(), less);
    } else {
        std::sort(m_order.begin() + firstNew, m_order.end(), less);
        std::inplace_merge(m_order.begin(), m_order.begin() + firstNew, m_order.end(), less);
    }

    const QModelIndexList persistent = persistentIndexList();
    if (!persistent.isEmpty()) {
        QList<int> rowOfSlot(slotCount());
        for (qsizetype row = 0; row < m_order.size(); ++row)
            rowOfSlot[m_order.at(row)] = int(row);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const QModelIndex &old : persistent)
            moved.append(index(rowOfSlot.at(before.at(old.row())), old.column()));
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace gui
