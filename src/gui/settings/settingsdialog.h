#pragma once

#include "gui/settings/timeoutsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace gui {

// Lets a person change the operation timeouts. It edits values only; the caller decides where
// they go (typically timeouts().save() after exec() returns Accepted).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setTimeouts(const TimeoutSettings &timeouts);
    TimeoutSettings timeouts() const;

private:
    std::unique_ptr<Ui::SettingsDialog> ui;
};

} // namespace gui
