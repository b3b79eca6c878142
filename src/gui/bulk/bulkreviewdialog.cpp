#include "gui/bulk/bulkreviewdialog.h"

#include "gui/bulk/bulkplanmodel.h"
#include "ui_bulkreviewdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace gui {

BulkReviewDialog::BulkReviewDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BulkReviewDialog>())
    , m_model(new BulkPlanModel(this))
{
    ui->setupUi(this);
    ui->planView->setModel(m_model);
    ui->planView->header()->setStretchLastSection(false);
    ui->planView->header()->setSectionResizeMode(BulkPlanModel::SubjectColumn,
                                                 QHeaderView::Stretch);
    ui->planView->header()->setSectionResizeMode(BulkPlanModel::DetailColumn,
                                                 QHeaderView::ResizeToContents);
    ui->planView->header()->setSectionResizeMode(BulkPlanModel::OutcomeColumn,
                                                 QHeaderView::ResizeToContents);
    connect(ui->expandButton, &QPushButton::clicked, ui->planView, &QTreeView::expandAll);
    connect(ui->collapseButton, &QPushButton::clicked, ui->planView, &QTreeView::collapseAll);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canRun())
            accept();
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

BulkReviewDialog::~BulkReviewDialog() = default;

void BulkReviewDialog::retranslate()
{
    const changes::BulkPlan &shown = m_model->plan();
    QPushButton *run = ui->buttonBox->button(QDialogButtonBox::Ok);
    if (shown.isUndo())
        run->setText(tr("&Run Undo"));
    else if (shown.edit().remove)
        run->setText(tr("&Delete Models"));
    else
        run->setText(tr("&Run"));
    run->setEnabled(canRun());
}

void BulkReviewDialog::showPlan(const changes::BulkPlan &plan)
{
    m_model->setPlan(plan);
    QString summary = plan.summary();
    if (plan.planCount() == 0)
        summary = tr("%1 Nothing would be sent.").arg(summary);
    ui->summaryLabel->setText(summary);
    const QStringList actions = plan.edit().describe();
    ui->actionsLabel->setText(plan.isUndo() ? tr("Undo: each model gets back the values it had "
                                                 "before the run.")
                                            : actions.join(u'\n'));
    // A few models open at once; many start collapsed so the list stays readable.
    if (plan.entries().size() <= 5)
        ui->planView->expandAll();
    retranslate();
}

const changes::BulkPlan &BulkReviewDialog::plan() const
{
    return m_model->plan();
}

QTreeView *BulkReviewDialog::planView() const
{
    return ui->planView;
}

QString BulkReviewDialog::summaryText() const
{
    return ui->summaryLabel->text();
}

bool BulkReviewDialog::canRun() const
{
    return m_model->plan().planCount() > 0;
}

} // namespace gui
