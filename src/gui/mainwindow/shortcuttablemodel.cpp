#include "gui/mainwindow/shortcuttablemodel.h"

#include "gui/common/languagechangerelay.h"

#include <QAction>
#include <QKeySequence>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gui {

ShortcutTableModel::ShortcutTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    relayLanguageChange(this);
}

void ShortcutTableModel::setActions(const QList<QAction *> &actions)
{
    beginResetModel();
    m_actions.clear();
    for (QAction *action : actions) {
        // An action without text would be a row with keys and no meaning.
        if (action && !action->isSeparator() && !action->text().isEmpty() &&
            !action->shortcuts().isEmpty())
            m_actions.append(action);
    }
    endResetModel();
}

int ShortcutTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ShortcutTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const QAction *action = m_actions.at(index.row());
    if (!action)
        return {};
    return index.column() == ActionColumn ? actionName(action) : shortcutText(action);
}

QVariant ShortcutTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return section == ActionColumn ? tr("Action") : tr("Shortcut");
}

QString ShortcutTableModel::actionName(const QAction *action)
{
    QString text = action->text();
    // "文件(&F)" loses the whole bracket, "&File" only the ampersand; "&&" is a literal "&".
    static const QRegularExpression bracketed(u"\\(&[^&]\\)"_s);
    text.remove(bracketed);
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    return text;
}

QString ShortcutTableModel::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts())
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

} // namespace gui
