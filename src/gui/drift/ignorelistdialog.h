#pragma once

#include "terraform/ignorelist.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IgnoreListDialog;
}

namespace gui {

// The drift ignore list as text, to add, change and remove entries, patterns and comments; the
// drift window's Ignore button only adds. Parsing stays with terraform::IgnoreList: the dialog
// counts the entries it reads.
class IgnoreListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IgnoreListDialog(QWidget *parent = nullptr);
    ~IgnoreListDialog() override;

    // The list as written, comments included: it is saved as it is typed.
    void setText(const QString &text);
    QString text() const;
    // The entries the text holds, as drift detection reads them.
    terraform::IgnoreList list() const;

private:
    void updateCount();

    std::unique_ptr<Ui::IgnoreListDialog> ui;
};

} // namespace gui
