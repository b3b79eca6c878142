#include "gui/mainwindow/shortcutsdialog.h"

#include "gui/mainwindow/shortcuttablemodel.h"
#include "ui_shortcutsdialog.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_model(new ShortcutTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"shortcutsDialog"_s);
    m_model->setActions(actions);
    m_ui->shortcutsView->setModel(m_model);
    m_ui->shortcutsView->verticalHeader()->hide();
    m_ui->shortcutsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->shortcutsView->resizeColumnsToContents();
    // Enter closes: the list is there to be read, not acted on.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace gui
