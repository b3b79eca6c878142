#pragma once

#include "pai/label.h"
#include "pai/model.h"
#include "pai/modelversion.h"
#include "pai/workspace.h"
#include "sandbox/modelquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace sandbox {

// The sandbox's state: workspaces, models and their versions in memory, in server order (the order
// they were created). When a data file is attached, every write is saved to it atomically, so a
// crash never leaves half a file behind and a restarted sandbox sees the same models.
class ModelStore
{
public:
    ModelStore();

    // Loads `path` when it exists and saves there after every write from now on. On a read or
    // parse error nothing changes and `errorMessage` names the file and the problem.
    bool attachFile(const QString &path, QString *errorMessage = nullptr);
    QString filePath() const { return m_filePath; }
    bool save(QString *errorMessage = nullptr) const;
    // The last failed save, or empty: writes never fail because the disk did.
    QString lastSaveError() const { return m_lastSaveError; }

    void clear();

    // Workspaces
    QList<pai::Workspace> workspaces() const { return m_workspaces; }
    std::optional<pai::Workspace> workspace(const QString &workspaceId) const;
    bool hasWorkspace(const QString &workspaceId) const;
    // The one marked IsDefault, else the first; empty when there is none.
    QString defaultWorkspaceId() const;
    // Assigns a numeric ID and timestamps when they are empty.
    pai::Workspace addWorkspace(pai::Workspace workspace);
    WorkspaceQueryResult listWorkspaces(const WorkspaceQuery &query) const;

    // Models
    qsizetype modelCount() const { return m_models.size(); }
    QList<pai::Model> models() const { return m_models; }
    std::optional<pai::Model> model(const QString &modelId) const;
    // Assigns a `model-...` ID and the timestamps when they are empty.
    pai::Model addModel(pai::Model model);
    // Many at once, saved once: demo data and load tests.
    void addModels(QList<pai::Model> models);
    // Applies `change` and stamps GmtModifiedTime. False when there is no such model.
    bool updateModel(const QString &modelId, const std::function<void(pai::Model &)> &change);
    bool deleteModel(const QString &modelId);
    // An existing key keeps its place and takes the new value; new keys are appended.
    bool putLabels(const QString &modelId, const pai::LabelList &labels);
    bool removeLabels(const QString &modelId, const QStringList &keys);
    ModelQueryResult listModels(const ModelQuery &query) const;
    // The model's ListModels item as compact JSON, the bytes WireJson::modelToJson(ListItem)
    // gives. Cached per model and dropped on every write to it: like a real service, the sandbox
    // does not re-serialize unchanged rows for each page (it dominated the listing's CPU time).
    QByteArray listItemJson(const pai::Model &model) const;

    // Versions, per model, in the order they were created. Every version write keeps the model's
    // LatestVersion (the newest version, in full) and GmtLatestVersionModifiedTime up to date; it
    // does not touch the model's own GmtModifiedTime.
    QList<pai::ModelVersion> versions(const QString &modelId) const;
    qsizetype versionCount() const;
    std::optional<pai::ModelVersion> version(const QString &modelId,
                                             const QString &versionName) const;
    // The name an unnamed create gets: the highest major.minor in use with the minor raised by
    // one and the stage 0 (0.1.0, 0.2.0, ...; 1.1.0 after an explicit 1.0.0), 0.1.0 for the first.
    QString nextVersionName(const QString &modelId) const;
    // Names an unnamed version (nextVersionName()) and stamps its times when they are empty.
    // Nothing when there is no such model or the name is taken.
    std::optional<pai::ModelVersion> addVersion(const QString &modelId, pai::ModelVersion version);
    // Many at once, saved once: demo data. Versions of unknown models are dropped.
    void addVersions(const QHash<QString, QList<pai::ModelVersion>> &versionsByModel);
    // Applies `change` and stamps GmtModifiedTime. False when there is no such version.
    bool updateVersion(const QString &modelId, const QString &versionName,
                       const std::function<void(pai::ModelVersion &)> &change);
    bool deleteVersion(const QString &modelId, const QString &versionName);
    // As for models: an existing key keeps its place and takes the new value.
    bool putVersionLabels(const QString &modelId, const QString &versionName,
                          const pai::LabelList &labels);
    bool removeVersionLabels(const QString &modelId, const QString &versionName,
                             const QStringList &keys);
    VersionQueryResult listVersions(const QString &modelId, const VersionQuery &query) const;

    // Overrides the clock, for tests that check timestamps.
    void setClock(std::function<QDateTime()> clock);
    static QString modelTimestamp(const QDateTime &time);     // 2021-01-21T17:12:35Z
    static QString workspaceTimestamp(const QDateTime &time); // 2021-01-21T17:12:35.232Z
    static QString versionTimestamp(const QDateTime &time);   // 2021-01-30T12:51:33.028Z

private:
    QString newModelId();
    QString newWorkspaceId() const;
    QDateTime now() const;
    void rebuildModelIndex();
    pai::ModelVersion *findVersion(const QString &modelId, const QString &versionName);
    // Sets the model's LatestVersion and GmtLatestVersionModifiedTime from its versions.
    void refreshLatestVersion(const QString &modelId);
    void persist();
    // Model positions in ListModels order, built on the first listing after a write: listing
    // pages through 10,000 models 200 times, so sorting on every request dominated the sandbox.
    const std::vector<qsizetype> &listingOrder(bool newestFirst) const;
    // The same without the gallery's models: a listing without filters.
    const std::vector<qsizetype> &ownListingOrder(bool newestFirst) const;
    void invalidateListingOrder();

    QList<pai::Workspace> m_workspaces;
    QList<pai::Model> m_models;
    QHash<QString, qsizetype> m_modelIndex;
    QHash<QString, QList<pai::ModelVersion>> m_versions; // by model ID, in creation order
    mutable std::vector<qsizetype> m_oldestFirst;
    mutable std::vector<qsizetype> m_newestFirst;
    mutable std::optional<std::vector<qsizetype>> m_ownOldestFirst;
    mutable std::optional<std::vector<qsizetype>> m_ownNewestFirst;
    mutable QHash<QString, QByteArray> m_listItemJson; // by model ID
    QString m_filePath;
    QString m_lastSaveError;
    QRandomGenerator m_random;
    std::function<QDateTime()> m_clock;
};

} // namespace sandbox
