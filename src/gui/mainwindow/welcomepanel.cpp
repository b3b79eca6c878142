#include "gui/mainwindow/welcomepanel.h"

#include "ui_welcomepanel.h"

#include <QEvent>

namespace gui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::ensureBuilt()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::WelcomePanel>();
    m_ui->setupUi(this);
    m_ui->problemLabel->setText(m_problem);
    m_ui->problemLabel->setVisible(!m_problem.isEmpty());
    // The sandbox needs nothing, so it is where Enter and the first Tab go. The three choices
    // have no Alt+letter: the menus and the editor dock hold the window's letters, and Tab
    // walks the three.
    setFocusProxy(m_ui->sandboxButton);
    connect(m_ui->sandboxButton, &QAbstractButton::clicked, this, &WelcomePanel::sandboxChosen);
    connect(m_ui->addProfileButton, &QAbstractButton::clicked, this,
            &WelcomePanel::addProfileChosen);
    connect(m_ui->importButton, &QAbstractButton::clicked, this, &WelcomePanel::importChosen);
}

void WelcomePanel::setVisible(bool visible)
{
    if (visible)
        ensureBuilt();
    QWidget::setVisible(visible);
}

void WelcomePanel::setProblem(const QString &problem)
{
    m_problem = problem;
    ensureBuilt();
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

QString WelcomePanel::problem() const
{
    return m_problem;
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        // The problem comes translated from whoever set it; retranslateUi leaves it alone.
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

} // namespace gui
