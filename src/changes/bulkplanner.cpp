#include "changes/bulkplanner.h"

#include "changes/bulkundo.h"
#include "changes/modelbatchreader.h"

namespace changes {

BulkPlanner::BulkPlanner(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_reader(new ModelBatchReader(client, this))
{
    connect(m_reader, &ModelBatchReader::progress, this, &BulkPlanner::progress);
    connect(m_reader, &ModelBatchReader::finished, this, [this] {
        if (m_build)
            Q_EMIT planned(std::exchange(m_build, nullptr)());
    });
}

BulkPlanner::~BulkPlanner() = default;

bool BulkPlanner::isRunning() const
{
    return m_reader->isRunning();
}

void BulkPlanner::cancel()
{
    m_reader->cancel();
}

void BulkPlanner::readThen(const QStringList &ids, std::function<BulkPlan()> build)
{
    m_build = std::move(build);
    m_reader->read(ids);
}

void BulkPlanner::planEdit(const BulkEdit &edit, const QStringList &modelIds)
{
    readThen(modelIds, [this, edit, modelIds] {
        BulkPlan plan = BulkPlan::build(edit, m_reader->models());
        for (const QString &id : modelIds) {
            if (m_reader->failures().contains(id))
                plan.addReadFailure(id, m_reader->failures().value(id));
        }
        return plan;
    });
}

void BulkPlanner::planRetry(const BulkResult &result)
{
    planEdit(result.edit, result.failedIds());
}

void BulkPlanner::planUndo(const BulkResult &result)
{
    readThen(BulkUndo::modelsToRead(result), [this, result] {
        return BulkUndo::plan(result, m_reader->models(), m_reader->failures());
    });
}

} // namespace changes
