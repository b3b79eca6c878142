#pragma once

#include "terraform/ignorelist.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IgnoreListDialog;
}

namespace gui {

// The drift ignore list as text, to add, change and remove entries (patterns and comments too);
// the drift window's Ignore button only adds. Parsing stays with terraform::IgnoreList: this
// dialog shows what it will keep.
class IgnoreListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IgnoreListDialog(QWidget *parent = nullptr);
    ~IgnoreListDialog() override;

    void setList(const terraform::IgnoreList &list);
    // The list as it will be saved: the entries of the text, comments and blank lines dropped.
    terraform::IgnoreList list() const;

private:
    void updateCount();

    std::unique_ptr<Ui::IgnoreListDialog> ui;
};

} // namespace gui
