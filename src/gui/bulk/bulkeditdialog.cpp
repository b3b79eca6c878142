#include "gui/bulk/bulkeditdialog.h"

#include "pai/fieldrules.h"
#include "ui_bulkeditdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QStringList splitKeys(const QString &text)
{
    QStringList keys;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void appendRow(QTableWidget *table, const QString &first, const QString &second)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(first));
    table->setItem(row, 1, new QTableWidgetItem(second));
}

void removeCurrentRow(QTableWidget *table)
{
    const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
    if (row >= 0)
        table->removeRow(row);
}

} // namespace

BulkEditDialog::BulkEditDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BulkEditDialog>())
{
    ui->setupUi(this);
    for (QTableWidget *table : {ui->addLabelsTable, ui->setExtraInfoTable}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->verticalHeader()->setVisible(false);
        connect(table, &QTableWidget::itemChanged, this, &BulkEditDialog::validate);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &BulkEditDialog::validate);
    }
    ui->accessibilityCombo->addItem(QString(), QString());
    ui->accessibilityCombo->addItem(u"PRIVATE"_s, u"PRIVATE"_s);
    ui->accessibilityCombo->addItem(u"PUBLIC"_s, u"PUBLIC"_s);
    retranslate();

    connect(ui->addLabelButton, &QPushButton::clicked, this, [this] {
        appendRow(ui->addLabelsTable, {}, {});
        ui->addLabelsTable->setCurrentCell(ui->addLabelsTable->rowCount() - 1, 0);
        ui->addLabelsTable->editItem(ui->addLabelsTable->currentItem());
    });
    connect(ui->removeLabelButton, &QPushButton::clicked, this,
            [this] { removeCurrentRow(ui->addLabelsTable); });
    connect(ui->addExtraInfoButton, &QPushButton::clicked, this, [this] {
        appendRow(ui->setExtraInfoTable, {}, {});
        ui->setExtraInfoTable->setCurrentCell(ui->setExtraInfoTable->rowCount() - 1, 0);
        ui->setExtraInfoTable->editItem(ui->setExtraInfoTable->currentItem());
    });
    connect(ui->removeExtraInfoButton, &QPushButton::clicked, this,
            [this] { removeCurrentRow(ui->setExtraInfoTable); });
    connect(ui->removeLabelKeysEdit, &QLineEdit::textChanged, this, &BulkEditDialog::validate);
    connect(ui->removeExtraInfoKeysEdit, &QLineEdit::textChanged, this, &BulkEditDialog::validate);
    connect(ui->accessibilityCombo, &QComboBox::currentIndexChanged, this,
            &BulkEditDialog::validate);
    connect(ui->deleteCheck, &QCheckBox::toggled, this, &BulkEditDialog::validate);
    connect(ui->selectedRadio, &QRadioButton::toggled, this, &BulkEditDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canReview())
            accept();
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::retranslate()
{
    ui->accessibilityCombo->setItemText(0, tr("Unchanged"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Review…"));
    ui->selectedRadio->setText(tr("Selected &models (%n)", nullptr, int(m_selectedIds.size())));
    ui->shownRadio->setText(tr("Every model &shown (%n)", nullptr, int(m_shownIds.size())));
}

void BulkEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        validate();
    }
    QDialog::changeEvent(event);
}

void BulkEditDialog::setModels(const QStringList &selectedIds, const QStringList &shownIds)
{
    m_selectedIds = selectedIds;
    m_shownIds = shownIds;
    ui->selectedRadio->setEnabled(!selectedIds.isEmpty());
    if (selectedIds.isEmpty())
        ui->shownRadio->setChecked(true);
    retranslate();
    validate();
}

void BulkEditDialog::setDeleteChecked(bool remove)
{
    ui->deleteCheck->setChecked(remove);
    if (remove)
        ui->tabs->setCurrentWidget(ui->otherTab);
    setWindowTitle(remove ? tr("Delete Models") : tr("Edit Models"));
}

QStringList BulkEditDialog::chosenModelIds() const
{
    return ui->selectedRadio->isChecked() ? m_selectedIds : m_shownIds;
}

bool BulkEditDialog::everyShownChosen() const
{
    return ui->shownRadio->isChecked();
}

void BulkEditDialog::chooseEveryShown(bool every)
{
    (every ? ui->shownRadio : ui->selectedRadio)->setChecked(true);
}

void BulkEditDialog::addLabelRow(const QString &key, const QString &value)
{
    appendRow(ui->addLabelsTable, key, value);
    validate();
}

void BulkEditDialog::addExtraInfoRow(const QString &key, const QString &jsonValue)
{
    appendRow(ui->setExtraInfoTable, key, jsonValue);
    validate();
}

void BulkEditDialog::setRemoveLabelKeys(const QString &commaSeparated)
{
    ui->removeLabelKeysEdit->setText(commaSeparated);
}

void BulkEditDialog::setRemoveExtraInfoKeys(const QString &commaSeparated)
{
    ui->removeExtraInfoKeysEdit->setText(commaSeparated);
}

void BulkEditDialog::setAccessibility(const QString &accessibility)
{
    const int index = ui->accessibilityCombo->findData(accessibility);
    ui->accessibilityCombo->setCurrentIndex(std::max(0, index));
}

QString BulkEditDialog::findProblem(changes::BulkEdit *edit) const
{
    changes::BulkEdit result;
    const QTableWidget *labels = ui->addLabelsTable;
    for (int row = 0; row < labels->rowCount(); ++row) {
        const pai::Label label{cellText(labels, row, 0), cellText(labels, row, 1)};
        if (label.key.isEmpty() && label.value.isEmpty())
            continue;
        if (const auto error = pai::FieldRules::checkLabel(label, row))
            return tr("Labels to add, row %1: %2").arg(row + 1).arg(error->message);
        for (const pai::Label &earlier : std::as_const(result.addLabels)) {
            if (earlier.key == label.key)
                return tr("Labels to add, row %1: the key \"%2\" is already in an earlier row; "
                          "each key can be added once.")
                    .arg(row + 1)
                    .arg(label.key);
        }
        result.addLabels.append(label);
    }
    result.removeLabelKeys = splitKeys(ui->removeLabelKeysEdit->text());

    const QTableWidget *extra = ui->setExtraInfoTable;
    for (int row = 0; row < extra->rowCount(); ++row) {
        const QString key = cellText(extra, row, 0);
        const QString text = cellText(extra, row, 1);
        if (key.isEmpty() && text.isEmpty())
            continue;
        if (key.isEmpty())
            return tr("Extra information to set, row %1: the key is empty.").arg(row + 1);
        if (result.setExtraInfo.contains(key))
            return tr("Extra information to set, row %1: the key \"%2\" is already in an "
                      "earlier row; each key can be set once.")
                .arg(row + 1)
                .arg(key);
        // Wrapped in an array, so a bare string, number or boolean parses too.
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
        if (text.isEmpty() || error.error != QJsonParseError::NoError ||
            document.array().size() != 1)
            return tr("Extra information to set, row %1 (\"%2\"): the value must be one JSON "
                      "value, such as \"text\" in quotes, 3, true or {\"a\": 1}.")
                .arg(row + 1)
                .arg(key);
        result.setExtraInfo.insert(key, document.array().at(0));
    }
    result.removeExtraInfoKeys = splitKeys(ui->removeExtraInfoKeysEdit->text());
    result.accessibility = ui->accessibilityCombo->currentData().toString();
    result.remove = ui->deleteCheck->isChecked();
    if (edit)
        *edit = result;

    if (chosenModelIds().isEmpty())
        return tr("Models to change: none is chosen. Select rows in the table, or choose every "
                  "model shown.");
    if (result.isEmpty())
        return tr("Nothing to do yet: add a label, remove a key, set the accessibility or "
                  "choose delete.");
    const QString conflict = result.conflictingActions();
    if (!conflict.isEmpty())
        return conflict;
    return {};
}

changes::BulkEdit BulkEditDialog::edit() const
{
    changes::BulkEdit result;
    findProblem(&result);
    return result;
}

QString BulkEditDialog::problem() const
{
    return findProblem(nullptr);
}

bool BulkEditDialog::canReview() const
{
    return problem().isEmpty();
}

void BulkEditDialog::validate()
{
    const QString text = problem();
    ui->problemLabel->setText(text);
    ui->problemLabel->setVisible(!text.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace gui
