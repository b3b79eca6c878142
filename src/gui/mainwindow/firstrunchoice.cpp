#include "gui/mainwindow/firstrunchoice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace gui {

FirstRunChoice askFirstRunChoice(QWidget *parent)
{
    // lupdate files these calls under the enclosing namespace, so the context must be "gui".
    auto tr = [](const char *text) { return QCoreApplication::translate("gui", text); };
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Welcome to PaiDesk"));
    box.setText(tr("There is no profile yet."));
    box.setInformativeText(
        tr("Explore the sandbox: a built-in emulator of the PAI API with demo workspaces and "
           "models, no account needed.\n\nAdd a profile: your Alibaba Cloud AccessKey, stored "
           "in the system keychain."));
    QPushButton *sandbox = box.addButton(tr("&Explore the Sandbox"), QMessageBox::AcceptRole);
    QPushButton *profile = box.addButton(tr("&Add a Profile…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(sandbox);
    box.exec();
    if (box.clickedButton() == sandbox)
        return FirstRunChoice::ExploreSandbox;
    if (box.clickedButton() == profile)
        return FirstRunChoice::AddProfile;
    return FirstRunChoice::Quit;
}

} // namespace gui
