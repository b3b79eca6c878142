#pragma once

#include "changes/bulkedit.h"
#include "changes/bulkplan.h"
#include "changes/bulkresult.h"

#include <QObject>

#include <functional>

namespace api {
class ApiClient;
} // namespace api

namespace changes {

class ModelBatchReader;

// Makes a BulkPlan from fresh reads of the models (ModelBatchReader): for an edit of models named
// by ID, for "retry failed" (only the failed models of a run, read again and planned again), and
// for the undo of a run (BulkUndo). Sends no write.
class BulkPlanner : public QObject
{
    Q_OBJECT

public:
    explicit BulkPlanner(api::ApiClient *client, QObject *parent = nullptr);
    ~BulkPlanner() override;

    void planEdit(const BulkEdit &edit, const QStringList &modelIds);
    // The failed models of an edit run, read again and planned again with the run's edit.
    void planRetry(const BulkResult &result);
    void planUndo(const BulkResult &result);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(int read, int total);
    void planned(const changes::BulkPlan &plan);

private:
    void readThen(const QStringList &ids, std::function<BulkPlan()> build);

    ModelBatchReader *m_reader = nullptr;
    std::function<BulkPlan()> m_build;
};

} // namespace changes
