#pragma once

#include "pai/model.h"
#include "pai/workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CopyToWorkspaceDialog;
}

namespace gui {

// Where a copy of a model goes and what it is called: the target workspace, the new name (the
// source's by default) and whether the Uri of the source's latest version becomes the copy's
// first version. OK stays disabled, with a line saying why, until the choice can be planned.
class CopyToWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CopyToWorkspaceDialog(QWidget *parent = nullptr);
    ~CopyToWorkspaceDialog() override;

    // `hasVersion`: the source has a latest version whose Uri can be registered.
    void setSource(const pai::Model &source, bool hasVersion);
    // The workspaces to choose from, `preferred` selected (else the default one).
    void setWorkspaces(const QList<pai::Workspace> &workspaces, const QString &preferred);

    QString workspaceId() const;
    QString modelName() const;
    bool withVersion() const;
    // Why OK is disabled; empty when it is not.
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void validate();

    std::unique_ptr<Ui::CopyToWorkspaceDialog> ui;
    pai::Model m_source;
    bool m_hasVersion = false;
};

} // namespace gui
