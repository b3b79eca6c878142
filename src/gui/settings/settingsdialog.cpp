#include "gui/settings/settingsdialog.h"

#include "gui/settings/languagesettings.h"
#include "ui_settingsdialog.h"

#include <QEvent>
#include <QPushButton>

namespace gui {

namespace {

void setSeconds(QSpinBox *spin, std::chrono::milliseconds value)
{
    spin->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(value).count()));
}

std::chrono::milliseconds seconds(const QSpinBox *spin)
{
    return std::chrono::seconds(spin->value());
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
{
    ui->setupUi(this);
    fillLanguages();
    retranslate();
    connect(ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setTimeouts(TimeoutSettings{}); });
    setTimeouts(TimeoutSettings{});
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    for (const QString &language : LanguageSettings::choices())
        ui->languageCombo->addItem(LanguageSettings::nativeName(language), language);
}

void SettingsDialog::retranslate()
{
    // Language names stay in their own language; only "System default" follows the interface.
    ui->languageCombo->setItemText(0, tr("System default"));
    for (QSpinBox *spin :
         {ui->createSpin, ui->updateSpin, ui->deleteSpin, ui->readSpin, ui->listSpin})
        spin->setSuffix(tr(" s", "seconds"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = ui->languageCombo->findData(language);
    ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

QString SettingsDialog::language() const
{
    return ui->languageCombo->currentData().toString();
}

void SettingsDialog::setTimeouts(const TimeoutSettings &timeouts)
{
    setSeconds(ui->createSpin, timeouts.create);
    setSeconds(ui->updateSpin, timeouts.update);
    setSeconds(ui->deleteSpin, timeouts.remove);
    setSeconds(ui->readSpin, timeouts.read);
    setSeconds(ui->listSpin, timeouts.list);
    m_timeouts = timeouts; // keeps what the dialog does not show
}

TimeoutSettings SettingsDialog::timeouts() const
{
    TimeoutSettings timeouts = m_timeouts;
    timeouts.create = seconds(ui->createSpin);
    timeouts.update = seconds(ui->updateSpin);
    timeouts.remove = seconds(ui->deleteSpin);
    timeouts.read = seconds(ui->readSpin);
    timeouts.list = seconds(ui->listSpin);
    return timeouts;
}

} // namespace gui
