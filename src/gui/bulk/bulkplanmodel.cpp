#include "gui/bulk/bulkplanmodel.h"

#include "api/requests.h"

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Top-level rows carry 0; a request row carries its model's row + 1.
constexpr quintptr TopLevel = 0;

} // namespace

BulkPlanModel::BulkPlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void BulkPlanModel::setPlan(const changes::BulkPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QModelIndex BulkPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BulkPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int BulkPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.entries().size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    const changes::BulkPlan::Entry &entry = m_plan.entries().at(parent.row());
    return entry.plan ? int(entry.plan->steps().size()) : 0;
}

int BulkPlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString BulkPlanModel::outcomeText(const changes::BulkPlan::Entry &entry) const
{
    if (!entry.plan)
        return changes::BulkPlan::skipDescription(entry.skip);
    if (entry.plan->kind() == changes::ModelPlan::Kind::Delete)
        return tr("Delete: %n request(s)", nullptr, int(entry.plan->steps().size()));
    return tr("%n write(s)", nullptr, entry.plan->writeCount());
}

QVariant BulkPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.internalId() == TopLevel) {
        const changes::BulkPlan::Entry &entry = m_plan.entries().at(index.row());
        switch (index.column()) {
        case SubjectColumn:
            return entry.modelName.isEmpty() ? entry.modelId : entry.modelName;
        case DetailColumn:
            return entry.modelId;
        case OutcomeColumn: {
            QString text = outcomeText(entry);
            if (entry.readError)
                text = u"%1 %2"_s.arg(text, entry.readError->userText());
            return text;
        }
        }
        return {};
    }
    const changes::BulkPlan::Entry &entry = m_plan.entries().at(int(index.internalId() - 1));
    const changes::ModelPlan::Step &step = entry.plan->steps().at(index.row());
    switch (index.column()) {
    case SubjectColumn:
        return u"%1. %2"_s.arg(index.row() + 1).arg(api::requests::displayText(step.request));
    case DetailColumn: {
        const QString purpose = changes::ModelPlan::roleDescription(step.role, entry.plan->kind());
        return purpose.isEmpty() ? tr("write") : purpose;
    }
    case OutcomeColumn:
        return step.request.operation;
    }
    return {};
}

QVariant BulkPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Model / request");
    case DetailColumn:
        return tr("ID / purpose");
    case OutcomeColumn:
        return tr("Changes / operation");
    }
    return {};
}

} // namespace gui
