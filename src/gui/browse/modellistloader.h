#pragma once

#include "api/apierror.h"
#include "api/modellistquery.h"
#include "gui/models/modeltablemodel.h"
#include "pai/model.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace api {
class ApiClient;
class ListAllModelsCall;
} // namespace api

namespace gui {

// Fills a ModelTableModel with every model of a ListModels query: the first page's rows show at
// once, the other pages arrive concurrently in the background. Starting another load (another
// workspace or filter) cancels the one in flight, so late pages never mix into a new listing.
// The whole listing has the client's list deadline (OperationTimeouts::listAll); what the server
// got wrong on the way (skipped rows, an early end) is in warnings().
class ModelListLoader : public QObject
{
    Q_OBJECT

public:
    // After the first page, rows reach the table at most four times a second: each batch costs
    // the view a relayout and repaint, which cost more than parsing when pages came every 100 ms.
    static constexpr int BatchIntervalMs = 250;
    // Storage is reserved from the server's TotalCount up to this many rows; the count is the
    // server's word, so beyond it storage grows with the rows that actually arrive.
    static constexpr qint64 MaxReservedRows = 100'000;

    explicit ModelListLoader(ModelTableModel *table, QObject *parent = nullptr);
    ~ModelListLoader() override;

    void setClient(api::ApiClient *client);
    void load(const api::ModelListQuery &query);
    void reload() { load(m_query); }
    void cancel();

    bool isLoading() const { return m_call != nullptr; }
    bool wasCanceled() const { return m_canceled; } // the last listing was stopped by cancel()
    const QStringList &warnings() const { return m_warnings; }
    const api::ModelListQuery &query() const { return m_query; }
    qint64 loadedCount() const;
    // -1 until the first page is in; the server's count (at most PagedListCall::MaxListedItems)
    // while loading, what was loaded once done.
    qint64 totalCount() const { return m_total; }
    const std::optional<api::ApiError> &lastError() const { return m_error; }
    QString progressText() const;

    // A model this session created or deleted, kept in the listing shown and in its count, so
    // the window does not read "43 of 42 loaded" after a create. A created model joins only a
    // listing of its own workspace (or of every workspace); false when it stays out.
    bool addCreated(const pai::Model &model);
    bool removeDeleted(const QString &modelId);

Q_SIGNALS:
    void started();
    void firstRowsShown(qint64 elapsedMs);
    void progressChanged(qint64 loaded, qint64 total);
    void finished(qint64 elapsedMs);
    void failed(const api::ApiError &error);
    void warningsChanged();

private:
    void onModelsArrived(const QList<pai::Model> &models);
    void onFinished();
    void dropCall();
    void flushPending();
    void prepareArrived();

    ModelTableModel *m_table;
    QPointer<api::ApiClient> m_client;
    api::ListAllModelsCall *m_call = nullptr;
    api::ModelListQuery m_query;
    qint64 m_total = -1;
    bool m_firstRowsShown = false;
    std::optional<api::ApiError> m_error;
    QStringList m_warnings;
    bool m_canceled = false;
    QElapsedTimer m_clock;
    // Pages after the first are prepared one by one as they arrive (a fraction of a millisecond
    // each, between network events) and handed to the table in batches: every insertion costs
    // the view a relayout, and six pages in flight arrive in bursts. Preparing a whole batch at
    // once held the event loop for 15 ms, long enough to delay the next requests of every page
    // answered meanwhile.
    QList<QList<pai::Model>> m_arrived; // shared with the call until its signal returns
    bool m_prepareQueued = false;
    ModelTableModel::PreparedRows m_pending;
    QTimer *m_flushTimer;
};

} // namespace gui
