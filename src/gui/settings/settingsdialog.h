#pragma once

#include "gui/settings/timeoutsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace gui {

// Lets a person change the interface language and the operation timeouts. It edits values
// only; the caller decides where they go (typically LanguageSettings::save/apply and
// timeouts().save() after exec() returns Accepted).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setTimeouts(const TimeoutSettings &timeouts);
    TimeoutSettings timeouts() const;

    // A LanguageSettings choice: "" for the system language, else a locale name.
    void setLanguage(const QString &language);
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> ui;
    TimeoutSettings m_timeouts;
};

} // namespace gui
