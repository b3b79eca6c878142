#include "gui/editor/conflictdialog.h"

#include "gui/common/wrappingtextdelegate.h"
#include "pai/displaytext.h"
#include "ui_conflictdialog.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

struct FieldText
{
    QString name;
    QString (*text)(const pai::ModelDraft &);
};

QString labelsText(const pai::ModelDraft &draft)
{
    QStringList parts;
    for (const pai::Label &label : draft.labels)
        parts.append(label.key + u'=' + label.value);
    return parts.join(u", "_s);
}

QString extraInfoText(const pai::ModelDraft &draft)
{
    return QString::fromUtf8(QJsonDocument(draft.extraInfo).toJson(QJsonDocument::Compact));
}

const FieldText fieldTexts[] = {
    {u"ModelName"_s, [](const pai::ModelDraft &d) { return d.modelName; }},
    {u"ModelDescription"_s, [](const pai::ModelDraft &d) { return d.modelDescription; }},
    {u"ModelDoc"_s, [](const pai::ModelDraft &d) { return d.modelDoc; }},
    {u"ModelType"_s, [](const pai::ModelDraft &d) { return d.modelType; }},
    {u"Domain"_s, [](const pai::ModelDraft &d) { return d.domain; }},
    {u"Task"_s, [](const pai::ModelDraft &d) { return d.task; }},
    {u"Origin"_s, [](const pai::ModelDraft &d) { return d.origin; }},
    {u"Accessibility"_s, [](const pai::ModelDraft &d) { return d.accessibility; }},
    {u"OrderNumber"_s,
     [](const pai::ModelDraft &d) {
         return d.orderNumber ? QString::number(*d.orderNumber) : QString();
     }},
    {u"ParameterSize"_s,
     [](const pai::ModelDraft &d) {
         return d.parameterSize ? QString::number(*d.parameterSize) : QString();
     }},
    {u"Labels"_s, labelsText},
    {u"ExtraInfo"_s, extraInfoText},
};

} // namespace

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConflictDialog>())
{
    ui->setupUi(this);
    // Long values (a description, a URL, the extra info as JSON) wrap in their column, whole;
    // the three versions share the width, the field names keep what they need.
    ui->fieldsView->setItemDelegate(new WrappingTextDelegate(ui->fieldsView));
    QHeaderView *header = ui->fieldsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column = 1; column < ui->fieldsView->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    QPushButton *overwrite =
        ui->buttonBox->addButton(tr("&Overwrite with my values"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(u"overwriteButton"_s);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::setModels(const pai::Model &loaded, const pai::Model &server,
                               const pai::ModelDraft &yours)
{
    ui->messageLabel->setText(
        tr("The model \"%1\" (ID %2) was changed on the server at %3, after you opened it (%4). "
           "Saving now overwrites the server's values with yours for the fields you changed.")
            .arg(server.modelName, server.modelId,
                 pai::DisplayText::timestamp(server.gmtModifiedTime),
                 pai::DisplayText::timestamp(loaded.gmtModifiedTime)));
    const pai::ModelDraft before = pai::ModelDraft::fromModel(loaded);
    const pai::ModelDraft now = pai::ModelDraft::fromModel(server);
    ui->fieldsView->clear();
    for (const FieldText &field : fieldTexts) {
        const QString a = field.text(before);
        const QString b = field.text(now);
        const QString c = field.text(yours);
        if (a == b && b == c)
            continue;
        auto *item = new QTreeWidgetItem(QStringList{field.name, a, b, c});
        if (a != b) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
        for (int column = 1; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        ui->fieldsView->addTopLevelItem(item);
    }
}

int ConflictDialog::rowCount() const
{
    return ui->fieldsView->topLevelItemCount();
}

QStringList ConflictDialog::row(int index) const
{
    const QTreeWidgetItem *item = ui->fieldsView->topLevelItem(index);
    if (!item)
        return {};
    return {item->text(0), item->text(1), item->text(2), item->text(3)};
}

} // namespace gui
