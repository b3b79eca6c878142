#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QAction;

namespace gui {

// The window's actions that have a keyboard shortcut, read from the actions themselves, so the
// list cannot drift from what the keys do.
class ShortcutTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ShortcutColumn, ColumnCount };

    explicit ShortcutTableModel(QObject *parent = nullptr);

    // Keeps those of `actions` that have a shortcut, in the order given.
    void setActions(const QList<QAction *> &actions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionName(const QAction *action); // the menu text without its mnemonic
    static QString shortcutText(const QAction *action);

private:
    QList<QPointer<QAction>> m_actions;
};

} // namespace gui
