#include "gui/gallery/copytoworkspacedialog.h"

#include "pai/fieldrules.h"
#include "ui_copytoworkspacedialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

CopyToWorkspaceDialog::CopyToWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CopyToWorkspaceDialog>())
{
    ui->setupUi(this);
    connect(ui->nameEdit, &QLineEdit::textChanged, this, &CopyToWorkspaceDialog::validate);
    connect(ui->workspaceCombo, &QComboBox::currentIndexChanged, this,
            &CopyToWorkspaceDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    updateTexts();
    validate();
}

CopyToWorkspaceDialog::~CopyToWorkspaceDialog() = default;

void CopyToWorkspaceDialog::setSource(const pai::Model &source, bool hasVersion)
{
    m_source = source;
    m_hasVersion = hasVersion;
    ui->nameEdit->setText(source.modelName);
    ui->withVersionCheck->setEnabled(hasVersion);
    ui->withVersionCheck->setChecked(hasVersion);
    updateTexts();
    validate();
}

void CopyToWorkspaceDialog::setWorkspaces(const QList<pai::Workspace> &workspaces,
                                          const QString &preferred)
{
    ui->workspaceCombo->clear();
    int selected = -1;
    for (const pai::Workspace &workspace : workspaces) {
        //: A workspace's name and, in brackets, its ID
        ui->workspaceCombo->addItem(tr("%1 (%2)").arg(workspace.title(), workspace.workspaceId),
                                    workspace.workspaceId);
        if (workspace.workspaceId == preferred ||
            (selected < 0 && preferred.isEmpty() && workspace.isDefault.value_or(false)))
            selected = ui->workspaceCombo->count() - 1;
    }
    ui->workspaceCombo->setCurrentIndex(selected >= 0 ? selected : 0);
    validate();
}

QString CopyToWorkspaceDialog::workspaceId() const
{
    return ui->workspaceCombo->currentData().toString();
}

QString CopyToWorkspaceDialog::modelName() const
{
    return ui->nameEdit->text().trimmed();
}

bool CopyToWorkspaceDialog::withVersion() const
{
    return m_hasVersion && ui->withVersionCheck->isChecked();
}

QString CopyToWorkspaceDialog::problem() const
{
    if (workspaceId().isEmpty())
        return tr("Choose the workspace to copy into.");
    if (const auto error = pai::FieldRules::checkModelName(modelName()))
        return error->message;
    return {};
}

void CopyToWorkspaceDialog::validate()
{
    const QString why = problem();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        ui->statusLabel->setText(why);
    else if (!m_hasVersion)
        ui->statusLabel->setText(tr("The model has no version, so the copy starts without one."));
    else
        ui->statusLabel->clear();
    ui->statusLabel->setVisible(!ui->statusLabel->text().isEmpty());
}

void CopyToWorkspaceDialog::updateTexts()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Review…"));
    ui->sourceLabel->setText(
        tr("A private model of your own is created in the workspace, with the metadata, labels "
           "and extra information of \"%1\" (%2). You review the exact requests before anything "
           "is sent.")
            .arg(m_source.modelName, m_source.modelId));
}

void CopyToWorkspaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateTexts();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace gui
