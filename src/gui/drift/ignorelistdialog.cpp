#include "gui/drift/ignorelistdialog.h"

#include "ui_ignorelistdialog.h"

#include <QPushButton>

namespace gui {

IgnoreListDialog::IgnoreListDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::IgnoreListDialog>())
{
    ui->setupUi(this);
    connect(ui->entriesEdit, &QPlainTextEdit::textChanged, this, &IgnoreListDialog::updateCount);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->entriesEdit->setFocus();
    updateCount();
}

IgnoreListDialog::~IgnoreListDialog() = default;

void IgnoreListDialog::setText(const QString &text)
{
    ui->entriesEdit->setPlainText(text);
    updateCount();
}

QString IgnoreListDialog::text() const
{
    return ui->entriesEdit->toPlainText();
}

terraform::IgnoreList IgnoreListDialog::list() const
{
    return terraform::IgnoreList::parse(ui->entriesEdit->toPlainText());
}

void IgnoreListDialog::updateCount()
{
    const qsizetype count = list().entries().size();
    ui->countLabel->setText(count == 0 ? tr("No entries: every unmanaged model is reported.")
                                       : tr("%n entry(s).", nullptr, int(count)));
}

} // namespace gui
