#include "gui/editor/reviewchangesdialog.h"

#include "gui/common/wrappingtextdelegate.h"
#include "ui_reviewchangesdialog.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString kindText(pai::FieldDiff::Kind kind)
{
    switch (kind) {
    case pai::FieldDiff::Kind::Added:
        return ReviewChangesDialog::tr("added");
    case pai::FieldDiff::Kind::Removed:
        return ReviewChangesDialog::tr("removed");
    case pai::FieldDiff::Kind::Changed:
        return ReviewChangesDialog::tr("changed");
    case pai::FieldDiff::Kind::Reordered:
        return ReviewChangesDialog::tr("reordered");
    }
    return {};
}

} // namespace

ReviewChangesDialog::ReviewChangesDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReviewChangesDialog>())
{
    ui->setupUi(this);
    // Field names ("ModelDescription") and change kinds are short: shown whole. The values
    // share the rest and wrap, whole, however long.
    ui->diffView->setItemDelegate(new WrappingTextDelegate(ui->diffView));
    QHeaderView *header = ui->diffView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Send"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
}

ReviewChangesDialog::~ReviewChangesDialog() = default;

void ReviewChangesDialog::showPlan(const changes::ModelPlan &plan)
{
    if (plan.kind() == changes::ModelPlan::Kind::Create) {
        setWindowTitle(tr("Review the new model"));
        ui->summaryLabel->setText(
            tr("A new model \"%1\" will be created with these values.").arg(plan.modelName()));
    } else {
        setWindowTitle(tr("Review changes"));
        ui->summaryLabel->setText(tr("These changes to the model \"%1\" (ID %2) will be sent.")
                                      .arg(plan.base()->modelName, plan.modelId()));
    }
    ui->diffView->clear();
    for (const pai::FieldDiff &diff : plan.change().diffs()) {
        auto *item = new QTreeWidgetItem(
            QStringList{diff.path, kindText(diff.kind), diff.before, diff.after});
        item->setToolTip(2, diff.before);
        item->setToolTip(3, diff.after);
        ui->diffView->addTopLevelItem(item);
    }
    ui->requestsView->setPlainText(plan.isEmpty()
                                       ? tr("No request: the server already has these values.")
                                       : plan.requestsText());
}

void ReviewChangesDialog::showPlan(const changes::VersionPlan &plan, const QString &modelName)
{
    switch (plan.kind()) {
    case changes::VersionPlan::Kind::Create:
        setWindowTitle(tr("Review the new version"));
        ui->summaryLabel->setText(
            plan.versionName().isEmpty()
                ? tr("A new version of the model \"%1\" (ID %2) will be registered with these "
                     "values; the service names it.")
                      .arg(modelName, plan.modelId())
                : tr("A new version %1 of the model \"%2\" (ID %3) will be registered with "
                     "these values.")
                      .arg(plan.versionName(), modelName, plan.modelId()));
        break;
    case changes::VersionPlan::Kind::Update:
        setWindowTitle(tr("Review changes"));
        ui->summaryLabel->setText(
            tr("These changes to version %1 of the model \"%2\" (ID %3) will be sent.")
                .arg(plan.versionName(), modelName, plan.modelId()));
        break;
    case changes::VersionPlan::Kind::Delete:
        setWindowTitle(tr("Review the deletion"));
        ui->summaryLabel->setText(tr("Version %1 of the model \"%2\" (ID %3) will be deleted.")
                                      .arg(plan.versionName(), modelName, plan.modelId()));
        break;
    }
    ui->diffView->clear();
    for (const pai::VersionFieldDiff &diff : plan.change().diffs()) {
        auto *item = new QTreeWidgetItem(
            QStringList{diff.path, kindText(diff.kind), diff.before, diff.after});
        item->setToolTip(2, diff.before);
        item->setToolTip(3, diff.after);
        ui->diffView->addTopLevelItem(item);
    }
    ui->requestsView->setPlainText(plan.isEmpty()
                                       ? tr("No request: the server already has these values.")
                                       : plan.requestsText());
}

void ReviewChangesDialog::setQuestion(const QString &title, const QString &question,
                                      const QString &sendText)
{
    setWindowTitle(title);
    ui->summaryLabel->setText(question);
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(sendText);
}

QString ReviewChangesDialog::summaryText() const
{
    return ui->summaryLabel->text();
}

void ReviewChangesDialog::showPlan(const changes::CopyPlan &plan, const QString &workspaceText)
{
    showPlan(plan.modelPlan());
    setWindowTitle(tr("Review the copy"));
    const QString target =
        workspaceText.isEmpty() ? plan.modelPlan().wanted().workspaceId : workspaceText;
    ui->summaryLabel->setText(
        plan.withVersion()
            ? tr("A private copy \"%1\" of \"%2\" will be created in the workspace %3 with these "
                 "values; then the Uri of the source's latest version becomes its first version.")
                  .arg(plan.modelPlan().modelName(), plan.source().modelName, target)
            : tr("A private copy \"%1\" of \"%2\" will be created in the workspace %3 with these "
                 "values.")
                  .arg(plan.modelPlan().modelName(), plan.source().modelName, target));
    ui->requestsView->setPlainText(plan.requestsText());
}

int ReviewChangesDialog::diffRowCount() const
{
    return ui->diffView->topLevelItemCount();
}

QStringList ReviewChangesDialog::diffRow(int row) const
{
    const QTreeWidgetItem *item = ui->diffView->topLevelItem(row);
    if (!item)
        return {};
    QStringList cells;
    for (int column = 0; column < 4; ++column)
        cells.append(item->text(column));
    return cells;
}

QString ReviewChangesDialog::requestsText() const
{
    return ui->requestsView->toPlainText();
}

} // namespace gui
