#include "gui/mainwindow/aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_aboutQtButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::HelpRole);
    connect(m_aboutQtButton, &QPushButton::clicked, this, &QApplication::aboutQt);
    m_ui->licenceText->setPlainText(licenceText());
    retranslate();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::licenceText()
{
    QFile file(u":/about/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

void AboutDialog::retranslate()
{
    m_ui->nameLabel->setText(tr("<b>PaiDesk %1</b>")
                                 .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    m_ui->qtVersionLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                                      .arg(QStringLiteral(QT_VERSION_STR),
                                           QString::fromLatin1(qVersion())));
    m_aboutQtButton->setText(tr("About &Qt"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace gui
