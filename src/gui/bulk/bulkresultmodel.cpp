#include "gui/bulk/bulkresultmodel.h"

namespace gui {

using State = changes::BulkModelResult::State;

BulkResultModel::BulkResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BulkResultModel::setResult(const changes::BulkResult &result)
{
    beginResetModel();
    m_models = result.models;
    m_running.clear();
    endResetModel();
}

int BulkResultModel::rowOf(const QString &modelId) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models.at(row).modelId == modelId)
            return row;
    }
    return -1;
}

void BulkResultModel::setModel(const changes::BulkModelResult &model)
{
    m_running.remove(model.modelId);
    const int row = rowOf(model.modelId);
    if (row < 0) {
        beginInsertRows({}, int(m_models.size()), int(m_models.size()));
        m_models.append(model);
        endInsertRows();
        return;
    }
    m_models[row] = model;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkResultModel::setRunning(const QString &modelId)
{
    const int row = rowOf(modelId);
    if (row < 0)
        return;
    m_running.insert(modelId);
    Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultModel::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Pending");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const changes::BulkModelResult &model = m_models.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return model.modelName;
    case IdColumn:
        return model.modelId;
    case StateColumn:
        if (model.state == State::Pending && m_running.contains(model.modelId))
            return tr("Running");
        return stateText(model.state);
    case CodeColumn:
        if (!model.error)
            return {};
        return model.error->code.isEmpty() ? api::ApiError::kindName(model.error->kind)
                                           : model.error->code;
    case MessageColumn:
        if (model.state == State::Skipped)
            return changes::BulkPlan::skipDescription(model.skip);
        if (model.error)
            return model.error->message;
        if (model.state == State::Failed && model.outcome)
            return model.outcome->summary();
        return {};
    case RequestIdColumn:
        if (model.error && !model.error->requestId.isEmpty())
            return model.error->requestId;
        return model.requestIds.isEmpty() ? QString() : model.requestIds.constLast();
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Model");
    case IdColumn:
        return tr("ID");
    case StateColumn:
        return tr("State");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case RequestIdColumn:
        return tr("RequestId");
    }
    return {};
}

} // namespace gui
