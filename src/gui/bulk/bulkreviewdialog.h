#pragma once

#include "changes/bulkplan.h"

#include <QDialog>

#include <memory>

class QTreeView;

namespace Ui {
class BulkReviewDialog;
}

namespace gui {

class BulkPlanModel;

// The one review of a bulk edit (or of its retry or undo) before anything is sent: the summary,
// the actions, and per model its exact requests, grouped and collapsible. A model that needs no
// change, or could not be read, is shown as such and gets nothing. Run is off when no model
// gets a request.
class BulkReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkReviewDialog(QWidget *parent = nullptr);
    ~BulkReviewDialog() override;

    void showPlan(const changes::BulkPlan &plan);
    const changes::BulkPlan &plan() const;
    BulkPlanModel *planModel() const { return m_model; }
    QTreeView *planView() const;
    QString summaryText() const;
    bool canRun() const;

private:
    void retranslate();

    std::unique_ptr<Ui::BulkReviewDialog> ui;
    BulkPlanModel *m_model;
};

} // namespace gui
