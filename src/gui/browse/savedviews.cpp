#include "gui/browse/savedviews.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const QString NameKey = u"name"_s;
const QString WorkspaceKey = u"workspaceId"_s;
const QString GalleryKey = u"gallery"_s;
const QString FiltersKey = u"filters"_s; // the ListModels query items, by their wire names

} // namespace

SavedViews::SavedViews(QObject *parent)
    : QAbstractListModel(parent)
{}

QString SavedViews::settingsKey()
{
    return u"Browse/savedViews"_s;
}

void SavedViews::load()
{
    beginResetModel();
    m_views.clear();
    QSettings settings;
    const int count = settings.beginReadArray(settingsKey());
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedView view;
        view.name = settings.value(NameKey).toString();
        view.workspaceId = settings.value(WorkspaceKey).toString();
        view.gallery = settings.value(GalleryKey, false).toBool();
        if (view.gallery)
            view.workspaceId.clear();
        api::QueryItems items;
        const QVariantMap filters = settings.value(FiltersKey).toMap();
        for (auto it = filters.cbegin(); it != filters.cend(); ++it)
            items.append({it.key(), it.value().toString()});
        view.filters = api::ModelListQuery::fromQueryItems(items);
        view.filters.workspaceId.clear();
        view.filters.pageNumber.reset();
        view.filters.pageSize.reset();
        if (!view.name.trimmed().isEmpty() && rowOfName(view.name) < 0)
            m_views.insert(insertionRow(view.name), view);
    }
    settings.endArray();
    endResetModel();
}

void SavedViews::store() const
{
    QSettings settings;
    settings.remove(settingsKey());
    settings.beginWriteArray(settingsKey(), int(m_views.size()));
    for (int i = 0; i < m_views.size(); ++i) {
        settings.setArrayIndex(i);
        const SavedView &view = m_views.at(i);
        settings.setValue(NameKey, view.name);
        settings.setValue(WorkspaceKey, view.workspaceId);
        if (view.gallery)
            settings.setValue(GalleryKey, true);
        QVariantMap filters;
        for (const auto &[name, value] : view.filters.toQueryItems())
            filters.insert(name, value);
        settings.setValue(FiltersKey, filters);
    }
    settings.endArray();
}

int SavedViews::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViews::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return view.name;
    case Qt::ToolTipRole: {
        QString text = describe(view.filters);
        if (text.isEmpty())
            text = tr("No filters");
        if (view.gallery)
            text = tr("Model Gallery; %1").arg(text);
        else if (!view.workspaceId.isEmpty())
            text = tr("Workspace %1; %2").arg(view.workspaceId, text);
        return text;
    }
    case WorkspaceIdRole:
        return view.workspaceId;
    case GalleryRole:
        return view.gallery;
    default:
        return {};
    }
}

bool SavedViews::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return rename(index.row(), value.toString());
}

Qt::ItemFlags SavedViews::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

int SavedViews::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).name == name)
            return row;
    }
    return -1;
}

int SavedViews::insertionRow(const QString &name) const
{
    int row = 0;
    while (row < m_views.size() && m_views.at(row).name.localeAwareCompare(name) < 0)
        ++row;
    return row;
}

int SavedViews::save(const SavedView &view)
{
    SavedView saved = view;
    saved.name = saved.name.trimmed();
    saved.filters.workspaceId.clear();
    if (saved.gallery)
        saved.workspaceId.clear();
    saved.filters.pageNumber.reset();
    saved.filters.pageSize.reset();
    if (saved.name.isEmpty())
        return -1;
    int row = rowOfName(saved.name);
    if (row >= 0) {
        m_views[row] = saved;
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        row = insertionRow(saved.name);
        beginInsertRows(QModelIndex(), row, row);
        m_views.insert(row, saved);
        endInsertRows();
    }
    store();
    return row;
}

bool SavedViews::rename(int row, const QString &name)
{
    const QString wanted = name.trimmed();
    if (row < 0 || row >= m_views.size() || wanted.isEmpty())
        return false;
    if (m_views.at(row).name == wanted)
        return true;
    if (rowOfName(wanted) >= 0)
        return false;
    SavedView view = m_views.at(row);
    view.name = wanted;
    beginRemoveRows(QModelIndex(), row, row);
    m_views.removeAt(row);
    endRemoveRows();
    const int to = insertionRow(wanted);
    beginInsertRows(QModelIndex(), to, to);
    m_views.insert(to, view);
    endInsertRows();
    store();
    return true;
}

void SavedViews::remove(int row)
{
    if (row < 0 || row >= m_views.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_views.removeAt(row);
    endRemoveRows();
    store();
}

QString SavedViews::describe(const api::ModelListQuery &filters)
{
    const QList<std::pair<QString, QString>> parts{
        {tr("Query"), filters.query},
        {tr("Name"), filters.modelName},
        {tr("Domain"), filters.domain},
        {tr("Task"), filters.task},
        {tr("Origin"), filters.origin},
        {tr("Type"), filters.modelType},
        {tr("Label"), filters.label},
        {tr("Provider"), filters.provider},
        {tr("Collections"), filters.collections},
        {tr("Tags"), api::ModelListQuery::tagsText(filters.tags)},
        {tr("Conditions"), api::ModelListQuery::conditionsText(filters.conditions)},
        {tr("Sort"), filters.sortBy},
        {tr("Order"), filters.order},
    };
    QStringList texts;
    for (const auto &[name, value] : parts) {
        if (!value.isEmpty())
            texts.append(tr("%1: %2").arg(name, value));
    }
    return texts.join(tr("; "));
}

} // namespace gui
