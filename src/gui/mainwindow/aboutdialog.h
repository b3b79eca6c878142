#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class AboutDialog;
}

namespace gui {

// Help > About PaiDesk: name, version, what it is for, the MIT licence (embedded from the
// repository's LICENSE), the Qt versions it was built with and runs on, and About Qt.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The licence as shipped (":/about/LICENSE").
    static QString licenceText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    QPushButton *m_aboutQtButton;
};

} // namespace gui
