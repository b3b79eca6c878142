#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePanel;
}

namespace gui {

// The main window's page while it has no connection: the three ways on (the sandbox, a new
// profile, importing credentials that already exist), and why it is not connected when a start
// option could not be used. It replaces a question that could only be answered or quit.
// Its widgets are built when it is first shown (or given a problem): a window that connects at
// start never shows it, and its command link buttons' fonts and texts are costly to lay out.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

    void setProblem(const QString &problem); // empty hides it
    QString problem() const;
    void setVisible(bool visible) override;

Q_SIGNALS:
    void sandboxChosen();
    void addProfileChosen();
    void importChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureBuilt();

    std::unique_ptr<Ui::WelcomePanel> m_ui; // null until built
    QString m_problem;
};

} // namespace gui
