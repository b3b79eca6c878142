#include "gui/models/modelfilterproxymodel.h"

#include "gui/models/modeltablemodel.h"

namespace gui {

ModelFilterProxyModel::ModelFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ModelFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<ModelTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ModelFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_table)
        m_table->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void ModelFilterProxyModel::setQuickFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_terms.append(word.trimmed().toUtf8());
    invalidateRowsFilter();
}

bool ModelFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    if (!m_table)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const QByteArray &key = m_table->searchKeyAt(sourceRow);
    for (const QByteArray &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

} // namespace gui
