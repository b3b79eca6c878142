#include "sandbox/modelstore.h"

#include "pai/fieldrules.h"
#include "pai/wirejson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int FileFormatVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("sandbox::ModelStore", text);
}

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool equalsText(const QString &value, const QString &wanted)
{
    return value.compare(wanted, Qt::CaseInsensitive) == 0;
}

bool anyLabelContains(const pai::LabelList &labels, const QString &needle)
{
    return std::any_of(labels.cbegin(), labels.cend(), [&](const pai::Label &label) {
        return containsText(label.key, needle) || containsText(label.value, needle);
    });
}

bool hasTag(const pai::Model &model, const pai::Label &tag)
{
    const auto matches = [&](const pai::Label &label) {
        return label.key == tag.key && (tag.value.isEmpty() || label.value == tag.value);
    };
    return std::any_of(model.labels.cbegin(), model.labels.cend(), matches) ||
           std::any_of(model.tags.cbegin(), model.tags.cend(), matches);
}

bool matches(const pai::Model &model, const ModelQuery &query)
{
    if (!query.workspaceId.isEmpty() && model.workspaceId != query.workspaceId)
        return false;
    if (!query.modelName.isEmpty() && !containsText(model.modelName, query.modelName))
        return false;
    if (!query.domain.isEmpty() && !equalsText(model.domain, query.domain))
        return false;
    if (!query.task.isEmpty() && !equalsText(model.task, query.task))
        return false;
    if (!query.origin.isEmpty() && !equalsText(model.origin, query.origin))
        return false;
    if (!query.modelType.isEmpty() && !equalsText(model.modelType, query.modelType))
        return false;
    // The reference: with Provider set, only models published by that provider; without it, only
    // the caller's own models. A gallery model never shows in a workspace listing.
    if (query.provider.isEmpty() ? model.isGalleryModel()
                                 : !equalsText(model.provider, query.provider))
        return false;
    if (!query.label.isEmpty() && !anyLabelContains(model.labels, query.label))
        return false;
    if (!query.query.isEmpty()) {
        const QString &q = query.query;
        if (!containsText(model.modelName, q) && !containsText(model.domain, q) &&
            !containsText(model.task, q) && !anyLabelContains(model.labels, q)) {
            return false;
        }
    }
    for (const pai::Label &tag : query.tags) {
        if (!hasTag(model, tag))
            return false;
    }
    return true;
}

template<typename T>
QList<T> page(const QList<const T *> &matched, qint64 pageNumber, qint64 pageSize)
{
    QList<T> result;
    const qint64 first = (pageNumber - 1) * pageSize;
    if (pageNumber < 1 || pageSize < 1 || first >= matched.size())
        return result;
    const qint64 last = std::min<qint64>(first + pageSize, matched.size());
    result.reserve(last - first);
    for (qint64 i = first; i < last; ++i)
        result.append(*matched.at(i));
    return result;
}

// Creation time first (the only documented sort key); ties keep server order, so paging is
// stable even when many models share one second.
template<typename T> void sortByCreateTime(QList<const T *> &items, bool newestFirst)
{
    std::stable_sort(items.begin(), items.end(), [newestFirst](const T *a, const T *b) {
        return newestFirst ? a->gmtCreateTime > b->gmtCreateTime
                           : a->gmtCreateTime < b->gmtCreateTime;
    });
}

} // namespace

ModelStore::ModelStore()
    : m_random(QRandomGenerator::securelySeeded())
{}

void ModelStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ModelStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString ModelStore::modelTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString ModelStore::workspaceTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QString ModelStore::versionTimestamp(const QDateTime &time)
{
    return workspaceTimestamp(time);
}

bool ModelStore::attachFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (errorMessage)
                *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            if (errorMessage) {
                *errorMessage =
                    tr("%1 is not a sandbox data file: %2").arg(path, parseError.errorString());
            }
            return false;
        }
        const QJsonObject root = document.object();
        QList<pai::Workspace> workspaces;
        QList<pai::Model> models;
        const QJsonArray workspaceArray = root.value(u"Workspaces"_s).toArray();
        for (qsizetype i = 0; i < workspaceArray.size(); ++i) {
            auto parsed = pai::WireJson::workspaceFromJson(workspaceArray.at(i).toObject(),
                                                           u"Workspaces[%1]"_s.arg(i));
            if (!parsed) {
                if (errorMessage)
                    *errorMessage = tr("%1: %2").arg(path, parsed.error);
                return false;
            }
            workspaces.append(*parsed.value);
        }
        const QJsonArray modelArray = root.value(u"Models"_s).toArray();
        models.reserve(modelArray.size());
        for (qsizetype i = 0; i < modelArray.size(); ++i) {
            auto parsed =
                pai::WireJson::modelFromJson(modelArray.at(i).toObject(), u"Models[%1]"_s.arg(i));
            if (!parsed) {
                if (errorMessage)
                    *errorMessage = tr("%1: %2").arg(path, parsed.error);
                return false;
            }
            models.append(*parsed.value);
        }
        // Files written before versions existed have no "Versions" object.
        QHash<QString, QList<pai::ModelVersion>> versions;
        const QJsonObject versionObject = root.value(u"Versions"_s).toObject();
        for (auto it = versionObject.constBegin(); it != versionObject.constEnd(); ++it) {
            const QJsonArray array = it.value().toArray();
            QList<pai::ModelVersion> list;
            for (qsizetype i = 0; i < array.size(); ++i) {
                auto parsed = pai::WireJson::versionFromJson(
                    array.at(i).toObject(), u"Versions.%1[%2]"_s.arg(it.key()).arg(i));
                if (!parsed) {
                    if (errorMessage)
                        *errorMessage = tr("%1: %2").arg(path, parsed.error);
                    return false;
                }
                list.append(*parsed.value);
            }
            versions.insert(it.key(), list);
        }
        m_workspaces = workspaces;
        m_models = models;
        m_versions = versions;
        m_listItemJson.clear();
        rebuildModelIndex();
    }
    m_filePath = path;
    return true;
}

bool ModelStore::save(QString *errorMessage) const
{
    if (m_filePath.isEmpty())
        return true;
    QJsonArray workspaces;
    for (const pai::Workspace &workspace : m_workspaces)
        workspaces.append(
            pai::WireJson::workspaceToJson(workspace, pai::WireJson::WorkspaceShape::Detail));
    QJsonArray models;
    for (const pai::Model &model : m_models)
        models.append(pai::WireJson::modelToJson(model, pai::WireJson::ModelShape::ListItem));
    QJsonObject versions;
    for (auto it = m_versions.constBegin(); it != m_versions.constEnd(); ++it) {
        QJsonArray list;
        for (const pai::ModelVersion &version : it.value())
            list.append(pai::WireJson::versionToJson(version));
        versions.insert(it.key(), list);
    }
    const QJsonObject root{{u"Version"_s, FileFormatVersion},
                           {u"Workspaces"_s, workspaces},
                           {u"Models"_s, models},
                           {u"Versions"_s, versions}};

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

void ModelStore::persist()
{
    QString error;
    if (save(&error))
        m_lastSaveError.clear();
    else
        m_lastSaveError = error;
}

void ModelStore::clear()
{
    m_workspaces.clear();
    m_models.clear();
    m_versions.clear();
    m_modelIndex.clear();
    m_listItemJson.clear();
    invalidateListingOrder();
    persist();
}

std::optional<pai::Workspace> ModelStore::workspace(const QString &workspaceId) const
{
    for (const pai::Workspace &workspace : m_workspaces) {
        if (workspace.workspaceId == workspaceId)
            return workspace;
    }
    return std::nullopt;
}

bool ModelStore::hasWorkspace(const QString &workspaceId) const
{
    return workspace(workspaceId).has_value();
}

QString ModelStore::defaultWorkspaceId() const
{
    for (const pai::Workspace &workspace : m_workspaces) {
        if (workspace.isDefault.value_or(false))
            return workspace.workspaceId;
    }
    return m_workspaces.isEmpty() ? QString() : m_workspaces.constFirst().workspaceId;
}

QString ModelStore::newWorkspaceId() const
{
    qint64 highest = 10000;
    for (const pai::Workspace &workspace : m_workspaces)
        highest = std::max(highest, workspace.workspaceId.toLongLong());
    return QString::number(highest + 1);
}

pai::Workspace ModelStore::addWorkspace(pai::Workspace workspace)
{
    if (workspace.workspaceId.isEmpty())
        workspace.workspaceId = newWorkspaceId();
    const QString stamp = workspaceTimestamp(now());
    if (workspace.gmtCreateTime.isEmpty())
        workspace.gmtCreateTime = stamp;
    if (workspace.gmtModifiedTime.isEmpty())
        workspace.gmtModifiedTime = workspace.gmtCreateTime;
    if (workspace.status.isEmpty())
        workspace.status = u"ENABLED"_s;
    m_workspaces.append(workspace);
    persist();
    return workspace;
}

WorkspaceQueryResult ModelStore::listWorkspaces(const WorkspaceQuery &query) const
{
    QList<const pai::Workspace *> matched;
    for (const pai::Workspace &workspace : m_workspaces) {
        if (!query.workspaceName.isEmpty() &&
            !containsText(workspace.workspaceName, query.workspaceName)) {
            continue;
        }
        if (!query.status.isEmpty() && !equalsText(workspace.status, query.status))
            continue;
        if (!query.workspaceIds.isEmpty() && !query.workspaceIds.contains(workspace.workspaceId))
            continue;
        matched.append(&workspace);
    }
    sortByCreateTime(matched, query.newestFirst);
    return {page(matched, query.pageNumber, query.pageSize), matched.size()};
}

std::optional<pai::Model> ModelStore::model(const QString &modelId) const
{
    const auto it = m_modelIndex.constFind(modelId);
    if (it == m_modelIndex.cend())
        return std::nullopt;
    return m_models.at(*it);
}

QString ModelStore::newModelId()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    do {
        id = u"model-"_s;
        for (int i = 0; i < 20; ++i)
            id += QLatin1Char(Alphabet[m_random.bounded(int(sizeof(Alphabet) - 1))]);
    } while (m_modelIndex.contains(id));
    return id;
}

pai::Model ModelStore::addModel(pai::Model model)
{
    if (model.modelId.isEmpty() || m_modelIndex.contains(model.modelId))
        model.modelId = newModelId();
    const QString stamp = modelTimestamp(now());
    if (model.gmtCreateTime.isEmpty())
        model.gmtCreateTime = stamp;
    if (model.gmtModifiedTime.isEmpty())
        model.gmtModifiedTime = model.gmtCreateTime;
    m_modelIndex.insert(model.modelId, m_models.size());
    m_models.append(model);
    m_listItemJson.remove(model.modelId);
    invalidateListingOrder();
    persist();
    return model;
}

void ModelStore::addModels(QList<pai::Model> models)
{
    m_models.reserve(m_models.size() + models.size());
    m_modelIndex.reserve(m_models.size() + models.size());
    const QString stamp = modelTimestamp(now());
    for (pai::Model &model : models) {
        if (model.modelId.isEmpty() || m_modelIndex.contains(model.modelId))
            model.modelId = newModelId();
        if (model.gmtCreateTime.isEmpty())
            model.gmtCreateTime = stamp;
        if (model.gmtModifiedTime.isEmpty())
            model.gmtModifiedTime = model.gmtCreateTime;
        m_modelIndex.insert(model.modelId, m_models.size());
        m_listItemJson.remove(model.modelId);
        m_models.append(std::move(model));
    }
    invalidateListingOrder();
    persist();
}

bool ModelStore::updateModel(const QString &modelId,
                             const std::function<void(pai::Model &)> &change)
{
    const auto it = m_modelIndex.constFind(modelId);
    if (it == m_modelIndex.cend())
        return false;
    pai::Model &model = m_models[*it];
    change(model);
    model.modelId = modelId; // the ID is the key; a change cannot move it
    m_listItemJson.remove(modelId);
    model.gmtModifiedTime = modelTimestamp(now());
    invalidateListingOrder(); // a change may have touched GmtCreateTime
    persist();
    return true;
}

bool ModelStore::deleteModel(const QString &modelId)
{
    const auto it = m_modelIndex.constFind(modelId);
    if (it == m_modelIndex.cend())
        return false;
    m_models.removeAt(*it);
    m_versions.remove(modelId); // a model's versions go with it
    m_listItemJson.remove(modelId);
    rebuildModelIndex();
    persist();
    return true;
}

bool ModelStore::putLabels(const QString &modelId, const pai::LabelList &labels)
{
    return updateModel(modelId, [&](pai::Model &model) {
        for (const pai::Label &label : labels) {
            auto existing = std::find_if(model.labels.begin(), model.labels.end(),
                                         [&](const pai::Label &l) { return l.key == label.key; });
            if (existing != model.labels.end())
                existing->value = label.value;
            else
                model.labels.append(label);
        }
    });
}

bool ModelStore::removeLabels(const QString &modelId, const QStringList &keys)
{
    return updateModel(modelId, [&](pai::Model &model) {
        model.labels.removeIf([&](const pai::Label &label) { return keys.contains(label.key); });
    });
}

namespace {

bool hasModelFilter(const ModelQuery &query)
{
    return !query.workspaceId.isEmpty() || !query.modelName.isEmpty() || !query.domain.isEmpty() ||
           !query.task.isEmpty() || !query.origin.isEmpty() || !query.modelType.isEmpty() ||
           !query.provider.isEmpty() || !query.label.isEmpty() || !query.query.isEmpty() ||
           !query.tags.isEmpty();
}

} // namespace

ModelQueryResult ModelStore::listModels(const ModelQuery &query) const
{
    ModelQueryResult result;
    const std::vector<qsizetype> &order = listingOrder(query.newestFirst);
    const bool valid = query.pageNumber >= 1 && query.pageSize >= 1 &&
                       query.pageNumber <= std::numeric_limits<qint64>::max() / query.pageSize;
    const qint64 first = valid ? (query.pageNumber - 1) * query.pageSize : 0;
    const qint64 last = valid ? first + query.pageSize : 0;
    if (!hasModelFilter(query)) {
        // No filter lists the caller's own models: every one but the gallery's.
        const std::vector<qsizetype> &own = ownListingOrder(query.newestFirst);
        result.totalCount = qint64(own.size());
        const qint64 end = std::min<qint64>(last, result.totalCount);
        if (first < end) {
            result.models.reserve(end - first);
            for (qint64 i = first; i < end; ++i)
                result.models.append(m_models.at(own[size_t(i)]));
        }
        return result;
    }
    // Every match is counted for TotalCount, but only the page's models are copied.
    qint64 matched = 0;
    for (const qsizetype position : order) {
        const pai::Model &model = m_models.at(position);
        if (!matches(model, query))
            continue;
        if (matched >= first && matched < last)
            result.models.append(model);
        ++matched;
    }
    result.totalCount = matched;
    return result;
}

QByteArray ModelStore::listItemJson(const pai::Model &model) const
{
    auto it = m_listItemJson.find(model.modelId);
    if (it == m_listItemJson.end()) {
        const QJsonObject item =
            pai::WireJson::modelToJson(model, pai::WireJson::ModelShape::ListItem);
        it = m_listItemJson.insert(model.modelId,
                                   QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    return *it;
}

const std::vector<qsizetype> &ModelStore::listingOrder(bool newestFirst) const
{
    std::vector<qsizetype> &order = newestFirst ? m_newestFirst : m_oldestFirst;
    if (qsizetype(order.size()) == m_models.size())
        return order;
    order.resize(size_t(m_models.size()));
    for (qsizetype i = 0; i < m_models.size(); ++i)
        order[size_t(i)] = i;
    // Creation time first (the only documented sort key); ties keep server order, so paging is
    // stable even when many models share one second.
    std::stable_sort(order.begin(), order.end(), [this, newestFirst](qsizetype a, qsizetype b) {
        const QString &timeA = m_models.at(a).gmtCreateTime;
        const QString &timeB = m_models.at(b).gmtCreateTime;
        return newestFirst ? timeA > timeB : timeA < timeB;
    });
    return order;
}

const std::vector<qsizetype> &ModelStore::ownListingOrder(bool newestFirst) const
{
    std::optional<std::vector<qsizetype>> &own = newestFirst ? m_ownNewestFirst : m_ownOldestFirst;
    if (!own) {
        const std::vector<qsizetype> &all = listingOrder(newestFirst);
        own.emplace();
        own->reserve(all.size());
        for (const qsizetype position : all) {
            if (!m_models.at(position).isGalleryModel())
                own->push_back(position);
        }
    }
    return *own;
}

void ModelStore::invalidateListingOrder()
{
    m_oldestFirst.clear();
    m_newestFirst.clear();
    m_ownOldestFirst.reset();
    m_ownNewestFirst.reset();
}

// --- versions -------------------------------------------------------------------------------

namespace {

bool versionMatches(const pai::ModelVersion &version, const VersionQuery &query)
{
    if (!query.versionName.isEmpty() && !containsText(version.versionName, query.versionName))
        return false;
    if (!query.label.isEmpty() && !anyLabelContains(version.labels, query.label))
        return false;
    if (!query.formatType.isEmpty() && !equalsText(version.formatType, query.formatType))
        return false;
    if (!query.frameworkType.isEmpty() && !equalsText(version.frameworkType, query.frameworkType))
        return false;
    if (!query.sourceType.isEmpty() && !equalsText(version.sourceType, query.sourceType))
        return false;
    if (!query.sourceId.isEmpty() && version.sourceId != query.sourceId)
        return false;
    if (!query.approvalStatus.isEmpty() &&
        !equalsText(version.approvalStatus, query.approvalStatus))
        return false;
    return true;
}

// major and minor of a well-formed name, for automatic numbering.
std::optional<std::pair<qint64, qint64>> majorMinor(const QString &name)
{
    if (!pai::FieldRules::isValidVersionName(name))
        return std::nullopt;
    const QStringList parts = name.split(u'.');
    bool majorOk = false;
    bool minorOk = false;
    const qint64 major = parts.at(0).toLongLong(&majorOk);
    const qint64 minor = parts.at(1).toLongLong(&minorOk);
    if (!majorOk || !minorOk || minor == std::numeric_limits<qint64>::max())
        return std::nullopt;
    return std::pair{major, minor};
}

} // namespace

QList<pai::ModelVersion> ModelStore::versions(const QString &modelId) const
{
    return m_versions.value(modelId);
}

qsizetype ModelStore::versionCount() const
{
    qsizetype count = 0;
    for (const QList<pai::ModelVersion> &list : m_versions)
        count += list.size();
    return count;
}

std::optional<pai::ModelVersion> ModelStore::version(const QString &modelId,
                                                     const QString &versionName) const
{
    const auto it = m_versions.constFind(modelId);
    if (it == m_versions.cend())
        return std::nullopt;
    for (const pai::ModelVersion &version : *it) {
        if (version.versionName == versionName)
            return version;
    }
    return std::nullopt;
}

pai::ModelVersion *ModelStore::findVersion(const QString &modelId, const QString &versionName)
{
    const auto it = m_versions.find(modelId);
    if (it == m_versions.end())
        return nullptr;
    for (pai::ModelVersion &version : *it) {
        if (version.versionName == versionName)
            return &version;
    }
    return nullptr;
}

QString ModelStore::nextVersionName(const QString &modelId) const
{
    // What the service numbers after explicit names is not documented: the sandbox continues
    // from the highest major.minor in use, so an automatic name never repeats one in use.
    std::optional<std::pair<qint64, qint64>> highest;
    for (const pai::ModelVersion &version : m_versions.value(modelId)) {
        const auto parsed = majorMinor(version.versionName);
        if (parsed && (!highest || *parsed > *highest))
            highest = parsed;
    }
    if (!highest)
        return u"0.1.0"_s;
    QString name;
    qint64 minor = highest->second;
    do {
        name = u"%1.%2.0"_s.arg(highest->first).arg(++minor);
    } while (version(modelId, name));
    return name;
}

std::optional<pai::ModelVersion> ModelStore::addVersion(const QString &modelId,
                                                        pai::ModelVersion version)
{
    if (!m_modelIndex.contains(modelId))
        return std::nullopt;
    if (version.versionName.isEmpty())
        version.versionName = nextVersionName(modelId);
    else if (this->version(modelId, version.versionName))
        return std::nullopt;
    const QString stamp = versionTimestamp(now());
    if (version.gmtCreateTime.isEmpty())
        version.gmtCreateTime = stamp;
    if (version.gmtModifiedTime.isEmpty())
        version.gmtModifiedTime = version.gmtCreateTime;
    m_versions[modelId].append(version);
    refreshLatestVersion(modelId);
    persist();
    return version;
}

void ModelStore::addVersions(const QHash<QString, QList<pai::ModelVersion>> &versionsByModel)
{
    const QString stamp = versionTimestamp(now());
    for (auto it = versionsByModel.constBegin(); it != versionsByModel.constEnd(); ++it) {
        if (!m_modelIndex.contains(it.key()))
            continue;
        QList<pai::ModelVersion> &list = m_versions[it.key()];
        for (pai::ModelVersion version : it.value()) {
            if (version.versionName.isEmpty())
                version.versionName = nextVersionName(it.key());
            if (this->version(it.key(), version.versionName))
                continue;
            if (version.gmtCreateTime.isEmpty())
                version.gmtCreateTime = stamp;
            if (version.gmtModifiedTime.isEmpty())
                version.gmtModifiedTime = version.gmtCreateTime;
            list.append(version);
        }
        refreshLatestVersion(it.key());
    }
    persist();
}

bool ModelStore::updateVersion(const QString &modelId, const QString &versionName,
                               const std::function<void(pai::ModelVersion &)> &change)
{
    pai::ModelVersion *version = findVersion(modelId, versionName);
    if (!version)
        return false;
    change(*version);
    version->versionName = versionName; // the name is the key; a change cannot move it
    version->gmtModifiedTime = versionTimestamp(now());
    refreshLatestVersion(modelId);
    persist();
    return true;
}

bool ModelStore::deleteVersion(const QString &modelId, const QString &versionName)
{
    const auto it = m_versions.find(modelId);
    if (it == m_versions.end())
        return false;
    const qsizetype removed = it->removeIf(
        [&](const pai::ModelVersion &version) { return version.versionName == versionName; });
    if (removed == 0)
        return false;
    if (it->isEmpty())
        m_versions.erase(it);
    refreshLatestVersion(modelId);
    persist();
    return true;
}

bool ModelStore::putVersionLabels(const QString &modelId, const QString &versionName,
                                  const pai::LabelList &labels)
{
    return updateVersion(modelId, versionName, [&](pai::ModelVersion &version) {
        for (const pai::Label &label : labels) {
            auto existing = std::find_if(version.labels.begin(), version.labels.end(),
                                         [&](const pai::Label &l) { return l.key == label.key; });
            if (existing != version.labels.end())
                existing->value = label.value;
            else
                version.labels.append(label);
        }
    });
}

bool ModelStore::removeVersionLabels(const QString &modelId, const QString &versionName,
                                     const QStringList &keys)
{
    return updateVersion(modelId, versionName, [&](pai::ModelVersion &version) {
        version.labels.removeIf([&](const pai::Label &label) { return keys.contains(label.key); });
    });
}

VersionQueryResult ModelStore::listVersions(const QString &modelId, const VersionQuery &query) const
{
    QList<const pai::ModelVersion *> matched;
    const auto it = m_versions.constFind(modelId);
    if (it != m_versions.cend()) {
        for (const pai::ModelVersion &version : *it) {
            if (versionMatches(version, query))
                matched.append(&version);
        }
    }
    sortByCreateTime(matched, query.newestFirst);
    return {page(matched, query.pageNumber, query.pageSize), matched.size()};
}

void ModelStore::refreshLatestVersion(const QString &modelId)
{
    const auto index = m_modelIndex.constFind(modelId);
    if (index == m_modelIndex.cend())
        return;
    const QList<pai::ModelVersion> versions = m_versions.value(modelId);
    const pai::ModelVersion *latest = nullptr;
    for (const pai::ModelVersion &version : versions) {
        // The newest by creation time; of equal times, the one created last.
        if (!latest || version.gmtCreateTime >= latest->gmtCreateTime)
            latest = &version;
    }
    pai::Model &model = m_models[*index];
    model.latestVersion = latest ? pai::WireJson::versionToJson(*latest) : QJsonObject();
    model.gmtLatestVersionModifiedTime = latest ? latest->gmtModifiedTime : QString();
    m_listItemJson.remove(modelId);
}

void ModelStore::rebuildModelIndex()
{
    invalidateListingOrder();
    m_modelIndex.clear();
    m_modelIndex.reserve(m_models.size());
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_modelIndex.insert(m_models.at(i).modelId, i);
}

} // namespace sandbox
