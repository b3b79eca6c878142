#pragma once

#include "changes/copyplan.h"
#include "changes/modelplan.h"
#include "changes/versionplan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReviewChangesDialog;
}

namespace gui {

// Shows what a save will do before anything is sent: the changed fields, and the exact requests
// (method, path and JSON body) in the order they will go out.
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewChangesDialog(QWidget *parent = nullptr);
    ~ReviewChangesDialog() override;

    // The changed fields, and the plan's exact requests in the order they will go out.
    void showPlan(const changes::ModelPlan &plan);
    // The same for a write to one version of the model `modelName`.
    void showPlan(const changes::VersionPlan &plan, const QString &modelName);
    // A copy: the new model's values, and the requests of both plans, the version's last.
    // `workspaceText` names the target workspace for people ("llm_research (23801)"); empty, the
    // plan's workspace ID is shown.
    void showPlan(const changes::CopyPlan &plan, const QString &workspaceText = {});
    // The question the dialog answers, when it also serves as the confirmation (approve, reject,
    // delete), and the send button's text ("&Delete").
    void setQuestion(const QString &title, const QString &question, const QString &sendText);

    QString summaryText() const;

    int diffRowCount() const;
    QStringList diffRow(int row) const; // field, change, before, after
    QString requestsText() const;

private:
    std::unique_ptr<Ui::ReviewChangesDialog> ui;
};

} // namespace gui
