#pragma once

#include <QDialog>

#include <memory>

class QAction;

namespace Ui {
class ShortcutsDialog;
}

namespace gui {

class ShortcutTableModel;

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, and its keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    ShortcutTableModel *model() const { return m_model; }

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    ShortcutTableModel *m_model;
};

} // namespace gui
