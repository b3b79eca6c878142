#include "gui/models/modeltablemodel.h"

#include "gui/common/languagechangerelay.h"
#include "pai/displaytext.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// About what one demo or real model's key takes (name, ID, enums, labels, two timestamps).
constexpr qsizetype TypicalSearchKeyBytes = 160;

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

int compareLabels(const pai::LabelList &left, const pai::LabelList &right)
{
    const qsizetype count = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (const int c = compareText(left.at(i).key, right.at(i).key))
            return c;
        if (const int c = compareText(left.at(i).value, right.at(i).value))
            return c;
    }
    return left.size() < right.size() ? -1 : (left.size() > right.size() ? 1 : 0);
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

QVariant ModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pai::Model &model = modelAt(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return model.modelName;
        case IdColumn:
            return model.modelId;
        case DomainColumn:
            return model.domain;
        case TaskColumn:
            return model.task;
        case OriginColumn:
            return model.origin;
        case TypeColumn:
            return model.modelType;
        case AccessibilityColumn:
            return model.accessibility;
        case OrderNumberColumn:
            return model.orderNumber ? QVariant(*model.orderNumber) : QVariant();
        case LabelsColumn:
            return labelsText(model.labels);
        case CreatedColumn:
            return timestampText(model.gmtCreateTime);
        case ModifiedColumn:
            return timestampText(model.gmtModifiedTime);
        case LatestVersionColumn:
            return latestVersionAt(index.row());
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // The whole value, for cells whose column is too narrow for it. Asked for only on hover.
        switch (column) {
        case CreatedColumn:
            return timestampToolTip(model.gmtCreateTime);
        case ModifiedColumn:
            return timestampToolTip(model.gmtModifiedTime);
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
        return model.modelId;
    case SortRole:
        switch (column) {
        case OrderNumberColumn:
            return model.orderNumber ? QVariant(*model.orderNumber) : QVariant();
        case CreatedColumn:
            return model.gmtCreateTime;
        case ModifiedColumn:
            return model.gmtModifiedTime;
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

QString ModelTableModel::slim(pai::Model &model)
{
    QString latestVersion = latestVersionName(model);
    m_latestVersionPool.intern(latestVersion);
    // The table never shows these; the details pane reads them from GetModel.
    model.modelDescription.clear();
    model.extraInfo = {};
    model.latestVersion = {};
    model.unknownFields = {};
    model.tags.clear();
    model.gmtLatestVersionModifiedTime.clear();

    QString *const fields[] = {&model.domain,    &model.task,          &model.origin,
                               &model.modelType, &model.accessibility, &model.workspaceId,
                               &model.ownerId,   &model.userId,        &model.provider};
    static_assert(std::size(fields) + 2 == std::tuple_size_v<decltype(m_pools)>);
    for (size_t field = 0; field < std::size(fields); ++field)
        m_pools[field].intern(*fields[field]);
    StringPool &labelKeys = m_pools[std::size(fields)];
    StringPool &labelValues = m_pools[std::size(fields) + 1];
    for (pai::Label &label : model.labels) {
        labelKeys.intern(label.key);
        labelValues.intern(label.value);
    }
    model.labels.squeeze();
    return latestVersion;
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
    if (m_models.isEmpty()) {
        m_pools = {};
        m_latestVersionPool.clear();
        return;
    }
    beginResetModel();
    m_models = {};
    m_latestVersions = {};
    m_searchKeys.clear();
    m_order = {};
    m_pools = {};
    m_latestVersionPool.clear();
    endResetModel();
}

void ModelTableModel::reserve(qsizetype count)
{
    m_models.reserve(count);
    m_latestVersions.reserve(count);
    m_searchKeys.reserve(count, TypicalSearchKeyBytes);
    m_order.reserve(count);
}

void ModelTableModel::PreparedRows::append(PreparedRows &&other)
{
    if (m_models.isEmpty()) {
        *this = std::move(other);
        return;
    }
    m_models.append(std::move(other.m_models));
    m_latestVersions.append(std::move(other.m_latestVersions));
    m_keys.append(other.m_keys);
}

ModelTableModel::PreparedRows ModelTableModel::prepareRows(QList<pai::Model> models)
{
    PreparedRows rows;
    rows.m_keys.reserve(models.size(), TypicalSearchKeyBytes);
    rows.m_latestVersions.reserve(models.size());
    for (pai::Model &model : models) {
        // The key is built before slim() drops the LatestVersion it names.
        buildSearchKey(model);
        rows.m_latestVersions.append(slim(model));
        rows.m_keys.append(m_keyScratch);
    }
    rows.m_models = std::move(models);
    return rows;
}

void ModelTableModel::appendRows(PreparedRows rows)
{
    if (rows.isEmpty())
        return;
    const qsizetype first = m_models.size();
    beginInsertRows({}, int(first), int(first + rows.size() - 1));
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_order.append(int(first + i));
    m_models.append(std::move(rows.m_models));
    m_latestVersions.append(std::move(rows.m_latestVersions));
    m_searchKeys.append(rows.m_keys);
    endInsertRows();
    if (m_sortColumn >= 0)
        sortOrder(first);
}

int ModelTableModel::rowOfModel(const QString &modelId) const
{
    for (qsizetype row = 0; row < m_order.size(); ++row) {
        if (m_models.at(m_order.at(row)).modelId == modelId)
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
    m_latestVersions[slot] = slim(model);
    m_searchKeys.replace(slot, m_keyScratch);
    m_models[slot] = std::move(model);
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
    m_models.removeAt(slot);
    m_latestVersions.removeAt(slot);
    m_searchKeys.remove(slot);
    m_order.removeAt(row);
    for (int &other : m_order) {
        if (other > slot)
            --other;
    }
    endRemoveRows();
    return true;
}

bool ModelTableModel::slotLessThan(int left, int right) const
{
    const pai::Model &a = m_models.at(left);
    const pai::Model &b = m_models.at(right);
    int c = 0;
    switch (Column(m_sortColumn)) {
    case NameColumn:
        c = compareText(a.modelName, b.modelName);
        break;
    case IdColumn:
        c = a.modelId.compare(b.modelId);
        break;
    case DomainColumn:
        c = compareText(a.domain, b.domain);
        break;
    case TaskColumn:
        c = compareText(a.task, b.task);
        break;
    case OriginColumn:
        c = compareText(a.origin, b.origin);
        break;
    case TypeColumn:
        c = compareText(a.modelType, b.modelType);
        break;
    case AccessibilityColumn:
        c = compareText(a.accessibility, b.accessibility);
        break;
    case OrderNumberColumn:
        c = compareOrderNumber(a.orderNumber, b.orderNumber);
        break;
    case LabelsColumn:
        c = compareLabels(a.labels, b.labels);
        break;
    // ISO 8601 UTC text in one format sorts in time order.
    case CreatedColumn:
        c = a.gmtCreateTime.compare(b.gmtCreateTime);
        break;
    case ModifiedColumn:
        c = a.gmtModifiedTime.compare(b.gmtModifiedTime);
        break;
    case LatestVersionColumn:
        c = compareVersionNames(m_latestVersions.at(left), m_latestVersions.at(right));
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
        QList<int> rowOfSlot(m_models.size());
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
