#include "gui/models/modeltablemodel.h"

#include "gui/common/languagechangerelay.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

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
    if (iso.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return iso; // show what the server sent rather than nothing
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
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
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case CreatedColumn:
            return model.gmtCreateTime;
        case ModifiedColumn:
            return model.gmtModifiedTime;
        case LabelsColumn:
            return labelsText(model.labels);
        default:
            break;
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
    case ColumnCount:
        break;
    }
    return {};
}

ModelTableModel::Row ModelTableModel::makeRow(pai::Model &&model)
{
    // The table never shows these; the details pane reads them from GetModel.
    model.modelDescription.clear();
    model.extraInfo = {};
    model.latestVersion = {};
    model.unknownFields = {};
    model.tags.clear();
    model.gmtLatestVersionModifiedTime.clear();

    for (QString *text :
         {&model.domain, &model.task, &model.origin, &model.modelType, &model.accessibility,
          &model.workspaceId, &model.ownerId, &model.userId, &model.provider})
        m_pool.intern(*text);
    for (pai::Label &label : model.labels) {
        m_pool.intern(label.key);
        m_pool.intern(label.value);
    }
    model.labels.squeeze();

    QByteArray key;
    key.reserve(model.modelName.size() + model.modelId.size() + 160);
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

    return Row{std::move(model), std::move(key)};
}

void ModelTableModel::clear()
{
    if (m_rows.isEmpty()) {
        m_pool.clear();
        return;
    }
    beginResetModel();
    m_rows = {};
    m_order = {};
    m_pool.clear();
    endResetModel();
}

void ModelTableModel::reserve(qsizetype count)
{
    m_rows.reserve(count);
    m_order.reserve(count);
}

void ModelTableModel::appendModels(QList<pai::Model> models)
{
    if (models.isEmpty())
        return;
    const qsizetype first = m_rows.size();
    beginInsertRows({}, int(first), int(first + models.size() - 1));
    for (pai::Model &model : models) {
        m_order.append(int(m_rows.size()));
        m_rows.append(makeRow(std::move(model)));
    }
    endInsertRows();
    if (m_sortColumn >= 0)
        sortOrder(first);
}

int ModelTableModel::rowOfModel(const QString &modelId) const
{
    for (qsizetype row = 0; row < m_order.size(); ++row) {
        if (m_rows.at(m_order.at(row)).model.modelId == modelId)
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
    m_rows[m_order.at(row)] = makeRow(std::move(model));
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
    m_rows.removeAt(slot);
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
    const pai::Model &a = m_rows.at(left).model;
    const pai::Model &b = m_rows.at(right).model;
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
        QList<int> rowOfSlot(m_rows.size());
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
