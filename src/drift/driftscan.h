#pragma once

#include "api/apierror.h"
#include "drift/driftscope.h"
#include "pai/model.h"
#include "pai/modelversion.h"
#include "terraform/driftfinding.h"
#include "terraform/ignorelist.h"
#include "terraform/stateinstance.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace api {
class ApiCall;
class ApiClient;
} // namespace api

namespace drift {

// Reads the live side of a drift comparison and compares it, for the window and the CLI alike:
// 1. GetModel for every model the states track (a model instance's ID, a version's model),
//    a few at a time; "not found" makes its instances missing;
// 2. GetModelVersion for every tracked version of a model that exists;
// 3. ListModels (every page) over the scope, for the models no model instance tracks: these
//    are unmanaged, unless the ignore list names them.
// Progress counts the reads; cancel() stops every read in flight. Any other error of a read ends
// the scan with that error: a comparison with holes would report drift that is not there.
class DriftScan : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxReadsInFlight = 4;

    DriftScan(api::ApiClient *client, QList<terraform::StateFile> states, DriftScope scope,
              terraform::IgnoreList ignore, QObject *parent = nullptr);
    ~DriftScan() override;

    // Starts the reads; finished() follows, also for states that track nothing.
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const std::optional<api::ApiError> &error() const { return m_error; }

    const QList<terraform::StateFile> &states() const { return m_states; }
    // One per state instance (file by file, in file order), then one per unmanaged model.
    const QList<terraform::DriftFinding> &findings() const { return m_findings; }
    // The live models read (tracked and listed), by ID: what Revert and Export start from.
    const QHash<QString, pai::Model> &liveModels() const { return m_live; }
    QList<pai::Model> unmanagedModels() const;
    // Unmanaged models left out because the ignore list names them.
    int ignoredCount() const { return m_ignored; }
    // What the listings said about where they ended (PagedListCall::warnings()).
    const QStringList &warnings() const { return m_warnings; }
    // The workspaces listed for unmanaged models (empty with DriftScope::All).
    const QStringList &listedWorkspaces() const { return m_listedWorkspaces; }

    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    // One read: how to start it, and what to do with its answer once it succeeded or was
    // answered "not found" (`notFound`). Other errors end the scan.
    struct Read
    {
        std::function<api::ApiCall *()> start;
        std::function<void(api::ApiCall *call, bool notFound)> done;
    };

    void queueModelReads();
    void queueVersionReads();
    void queueListings();
    void pump();
    void onReadFinished(api::ApiCall *call, const Read &read);
    void nextPhase();
    void compare();
    void finish(std::optional<api::ApiError> error);

    QPointer<api::ApiClient> m_client;
    QList<terraform::StateFile> m_states;
    DriftScope m_scope;
    terraform::IgnoreList m_ignore;

    enum class Phase { Idle, Models, Versions, Listings, Done };
    Phase m_phase = Phase::Idle;
    QList<Read> m_queue;
    QList<QPointer<api::ApiCall>> m_inFlight;

    QHash<QString, pai::Model> m_live;
    QSet<QString> m_missingModels;
    QHash<QString, pai::ModelVersion> m_liveVersions; // "<model ID>:<version name>"
    QSet<QString> m_missingVersions;
    QList<pai::Model> m_listed;
    QStringList m_listedWorkspaces;
    QStringList m_warnings;
    QList<terraform::DriftFinding> m_findings;
    int m_ignored = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_finished = false;
    std::optional<api::ApiError> m_error;
};

} // namespace drift
