#include "gui/editor/reviewchangesdialog.h"

#include "api/apiclient.h"
#include "pai/wirejson.h"
#include "ui_reviewchangesdialog.h"

#include <QJsonDocument>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString request(const QByteArray &method, const QByteArray &pathAndQuery,
                const std::optional<QJsonObject> &body)
{
    QString text = QString::fromLatin1(method) + u' ' + QString::fromUtf8(pathAndQuery);
    if (body)
        text += u'\n' + QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Indented));
    return text.trimmed();
}

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
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Send"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
}

ReviewChangesDialog::~ReviewChangesDialog() = default;

void ReviewChangesDialog::showCreate(const pai::ModelDraft &draft)
{
    setWindowTitle(tr("Review the new model"));
    ui->summaryLabel->setText(
        tr("A new model \"%1\" will be created with these values.").arg(draft.modelName));
    ui->diffView->clear();
    const pai::ModelChange change = pai::ModelChange::between(pai::ModelDraft{}, draft);
    for (const pai::FieldDiff &diff : change.diffs()) {
        ui->diffView->addTopLevelItem(new QTreeWidgetItem(
            QStringList{diff.path, kindText(diff.kind), diff.before, diff.after}));
    }
    ui->requestsView->setPlainText(requestsForCreate(draft));
}

void ReviewChangesDialog::showUpdate(const QString &modelId, const QString &modelName,
                                     const pai::ModelChange &change)
{
    setWindowTitle(tr("Review changes"));
    ui->summaryLabel->setText(
        tr("These changes to the model \"%1\" (ID %2) will be sent.").arg(modelName, modelId));
    ui->diffView->clear();
    for (const pai::FieldDiff &diff : change.diffs()) {
        ui->diffView->addTopLevelItem(new QTreeWidgetItem(
            QStringList{diff.path, kindText(diff.kind), diff.before, diff.after}));
    }
    ui->requestsView->setPlainText(requestsFor(modelId, change));
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

QString ReviewChangesDialog::requestsFor(const QString &modelId, const pai::ModelChange &change)
{
    const QByteArray path = api::ApiClient::modelPath(modelId);
    QStringList requests;
    if (change.needsUpdate())
        requests.append(request("PUT", path, pai::WireJson::updateModelBody(change.update())));
    if (!change.labelKeysToDelete().isEmpty()) {
        requests.append(request(
            "DELETE", path + "/labels?LabelKeys=" + change.labelKeysToDelete().join(u',').toUtf8(),
            std::nullopt));
    }
    if (!change.labelsToCreate().isEmpty()) {
        requests.append(
            request("POST", path + "/labels", pai::WireJson::labelsBody(change.labelsToCreate())));
    }
    if (requests.isEmpty())
        return tr("No request: the server already has these values.");
    return requests.join(u"\n\n"_s);
}

QString ReviewChangesDialog::requestsForCreate(const pai::ModelDraft &draft)
{
    return request("POST", "/api/v1/models", pai::WireJson::createModelBody(draft));
}

} // namespace gui
