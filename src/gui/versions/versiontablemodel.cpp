#include "gui/versions/versiontablemodel.h"

#include "gui/common/languagechangerelay.h"
#include "gui/models/modeltablemodel.h"
#include "pai/displaytext.h"
#include "pai/fieldrules.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

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

QString nextAutomaticVersionName(const QList<pai::ModelVersion> &versions)
{
    std::optional<std::pair<qint64, qint64>> highest;
    for (const pai::ModelVersion &version : versions) {
        const auto parsed = majorMinor(version.versionName);
        if (parsed && (!highest || *parsed > *highest))
            highest = parsed;
    }
    if (!highest)
        return u"0.1.0"_s;
    auto taken = [&versions](const QString &name) {
        return std::any_of(versions.cbegin(), versions.cend(),
                           [&name](const pai::ModelVersion &v) { return v.versionName == name; });
    };
    QString name;
    qint64 minor = highest->second;
    do {
        name = u"%1.%2.0"_s.arg(highest->first).arg(++minor);
    } while (taken(name) && minor < std::numeric_limits<qint64>::max());
    return name;
}

VersionTableModel::VersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    relayLanguageChange(this, RetranslatedParts::HeadersAndData);
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionTableModel::approvalText(const QString &status)
{
    if (status == u"Pending"_s)
        return tr("Pending");
    if (status == u"Approved"_s)
        return tr("Approved");
    if (status == u"Rejected"_s)
        return tr("Rejected");
    return status;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pai::ModelVersion &version = m_versions.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return version.versionName;
        case FormatColumn:
            return version.formatType;
        case FrameworkColumn:
            return version.frameworkType;
        case ApprovalColumn:
            return approvalText(version.approvalStatus);
        case SourceColumn:
            return version.sourceType;
        case CreatedColumn:
            return pai::DisplayText::timestamp(version.gmtCreateTime);
        case LabelsColumn:
            return ModelTableModel::labelsText(version.labels);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case SourceColumn:
            return version.sourceId.isEmpty()
                       ? QVariant(version.sourceType.isEmpty() ? QVariant() : version.sourceType)
                       : QVariant(tr("%1 (%2)").arg(version.sourceType, version.sourceId));
        case CreatedColumn:
            return version.gmtCreateTime.isEmpty()
                       ? QVariant()
                       : QVariant(tr("%1\n%2 (as the server sent it)")
                                      .arg(pai::DisplayText::timestamp(version.gmtCreateTime),
                                           version.gmtCreateTime));
        default: {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        }
    case VersionNameRole:
        return version.versionName;
    case SortRole:
        // ISO 8601 UTC text sorts in time order; the rest sorts as shown.
        if (column == CreatedColumn)
            return version.gmtCreateTime;
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Version");
    case FormatColumn:
        return tr("Format");
    case FrameworkColumn:
        return tr("Framework");
    case ApprovalColumn:
        return tr("Approval");
    case SourceColumn:
        return tr("Source");
    case CreatedColumn:
        return tr("Created");
    case LabelsColumn:
        return tr("Labels");
    case ColumnCount:
        break;
    }
    return {};
}

void VersionTableModel::clear()
{
    if (m_versions.isEmpty())
        return;
    beginResetModel();
    m_versions.clear();
    endResetModel();
}

void VersionTableModel::setVersions(QList<pai::ModelVersion> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

void VersionTableModel::appendVersions(const QList<pai::ModelVersion> &versions)
{
    if (versions.isEmpty())
        return;
    const int first = int(m_versions.size());
    beginInsertRows({}, first, first + int(versions.size()) - 1);
    m_versions.append(versions);
    endInsertRows();
}

int VersionTableModel::rowOfVersion(const QString &versionName) const
{
    for (qsizetype row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).versionName == versionName)
            return int(row);
    }
    return -1;
}

void VersionTableModel::upsertVersion(const pai::ModelVersion &version)
{
    const int row = rowOfVersion(version.versionName);
    if (row < 0) {
        appendVersions({version});
        return;
    }
    m_versions[row] = version;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool VersionTableModel::removeVersion(const QString &versionName)
{
    const int row = rowOfVersion(versionName);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_versions.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace gui
