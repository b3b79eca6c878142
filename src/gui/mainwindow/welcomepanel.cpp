#include "gui/mainwindow/welcomepanel.h"

#include "ui_welcomepanel.h"

#include <QEvent>

namespace gui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePanel>())
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    // The sandbox needs nothing, so it is where Enter and the first Tab go. The three choices
    // have no Alt+letter: the menus and the editor dock hold the window's letters, and Tab
    // walks the three.
    setFocusProxy(m_ui->sandboxButton);
    connect(m_ui->sandboxButton, &QAbstractButton::clicked, this, &WelcomePanel::sandboxChosen);
    connect(m_ui->addProfileButton, &QAbstractButton::clicked, this,
            &WelcomePanel::addProfileChosen);
    connect(m_ui->importButton, &QAbstractButton::clicked, this, &WelcomePanel::importChosen);
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::setProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

QString WelcomePanel::problem() const
{
    return m_ui->problemLabel->text();
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The problem comes translated from whoever set it; retranslateUi leaves it alone.
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

} // namespace gui
