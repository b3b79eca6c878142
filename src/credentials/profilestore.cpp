#include "credentials/profilestore.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
const QString ProfilesArray = u"profiles"_s;
const QString LastUsedKey = u"lastUsed"_s;

// The role settings as plain keys, only those set: a file of AccessKey profiles stays short.
struct RoleKey
{
    const char *key;
    QString RoleSettings::*field;
};
constexpr RoleKey RoleTextKeys[] = {
    {"roleArn", &RoleSettings::roleArn},
    {"sessionName", &RoleSettings::sessionName},
    {"externalId", &RoleSettings::externalId},
    {"stsRegion", &RoleSettings::stsRegion},
    {"stsEndpoint", &RoleSettings::stsEndpoint},
    {"sourceProfile", &RoleSettings::sourceProfile},
    {"ecsRoleName", &RoleSettings::ecsRoleName},
    {"oidcProviderArn", &RoleSettings::oidcProviderArn},
    {"oidcTokenFile", &RoleSettings::oidcTokenFile},
    {"credentialsUri", &RoleSettings::credentialsUri},
    {"processCommand", &RoleSettings::processCommand},
};

RoleSettings readRole(const QSettings &settings)
{
    RoleSettings role;
    for (const RoleKey &key : RoleTextKeys)
        role.*key.field = settings.value(QLatin1StringView(key.key)).toString();
    role.durationSeconds = settings.value(u"durationSeconds"_s, 0).toInt();
    role.stsVpc = settings.value(u"stsVpc"_s, false).toBool();
    return role;
}

void writeRole(QSettings &settings, const RoleSettings &role)
{
    for (const RoleKey &key : RoleTextKeys) {
        if (const QString &value = role.*key.field; !value.isEmpty())
            settings.setValue(QLatin1StringView(key.key), value);
    }
    if (role.durationSeconds != 0)
        settings.setValue(u"durationSeconds"_s, role.durationSeconds);
    if (role.stsVpc)
        settings.setValue(u"stsVpc"_s, true);
}

QString sharedFileName()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, u"PaiDesk"_s, u"profiles"_s)
        .fileName();
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(sharedFileName(), parent)
{}

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_fileName(iniFilePath)
{
    reload();
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : m_profiles)
        result.append(p.name);
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                           [&](const Profile &p) { return p.name == name; });
    if (it == m_profiles.cend())
        return std::nullopt;
    return *it;
}

QString ProfileStore::save(const Profile &profile)
{
    return saveAll({profile});
}

QString ProfileStore::saveAll(const QList<Profile> &profiles)
{
    return replace(profiles, {});
}

QString ProfileStore::rename(const QString &oldName, const Profile &profile)
{
    if (oldName == profile.name)
        return save(profile);
    if (contains(profile.name))
        return tr("Profile name: a profile named \"%1\" already exists.").arg(profile.name);
    // The profiles that assume a role with the old name follow the new one, in the same write.
    QList<Profile> changed{profile};
    for (Profile other : std::as_const(m_profiles)) {
        if (other.name != oldName && other.mode == CredentialMode::ChainableRamRoleArn &&
            other.role.sourceProfile == oldName) {
            other.role.sourceProfile = profile.name;
            changed.append(other);
        }
    }
    return replace(changed, oldName);
}

QString ProfileStore::replace(const QList<Profile> &profiles, const QString &removed)
{
    for (const Profile &p : profiles) {
        if (QString error = validateProfile(p); !error.isEmpty())
            return tr("Profile \"%1\": %2").arg(p.name, error);
    }
    const QList<Profile> before = m_profiles;
    const QString lastUsedBefore = m_lastUsed;
    m_profiles.removeIf([&](const Profile &p) { return !removed.isEmpty() && p.name == removed; });
    if (!removed.isEmpty() && m_lastUsed == removed)
        m_lastUsed = profiles.constFirst().name;
    for (Profile p : profiles) {
        // A profile stores only what its mode runs on.
        p.role = p.role.forMode(p.mode);
        auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                               [&](const Profile &q) { return q.name == p.name; });
        if (it != m_profiles.end())
            *it = p;
        else
            m_profiles.append(p);
    }
    // A chain of source profiles must end somewhere, in the list as it will be.
    for (const Profile &p : profiles) {
        if (QString error = validateSourceChain(p, m_profiles); !error.isEmpty()) {
            m_profiles = before;
            m_lastUsed = lastUsedBefore;
            return tr("Profile \"%1\": %2").arg(p.name, error);
        }
    }
    if (QString error = write(); !error.isEmpty()) {
        m_profiles = before;
        m_lastUsed = lastUsedBefore;
        return error;
    }
    Q_EMIT profilesChanged();
    return {};
}

QString ProfileStore::remove(const QString &name)
{
    const QList<Profile> before = m_profiles;
    const QString lastUsedBefore = m_lastUsed;
    m_profiles.removeIf([&](const Profile &p) { return p.name == name; });
    if (m_profiles.size() == before.size())
        return {};
    if (m_lastUsed == name)
        m_lastUsed.clear();
    if (QString error = write(); !error.isEmpty()) {
        m_profiles = before;
        m_lastUsed = lastUsedBefore;
        return error;
    }
    Q_EMIT profilesChanged();
    return {};
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (m_lastUsed == name)
        return;
    m_lastUsed = name;
    write();
}

void ProfileStore::reload()
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    m_profiles.clear();
    const int count = settings.beginReadArray(ProfilesArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(u"name"_s).toString();
        p.regionId = settings.value(u"region"_s).toString();
        p.endpointMode = endpointModeFromName(settings.value(u"endpoint"_s).toString())
                             .value_or(EndpointMode::Public);
        p.customEndpoint = settings.value(u"endpointUrl"_s).toUrl();
        // Files written before the role modes have no mode: the token flag tells the two. A mode
        // this version does not know (a typo, a newer PaiDesk) leaves the profile out rather than
        // sign with its AccessKey directly instead of the role it names.
        const bool hasToken = settings.value(u"hasSecurityToken"_s, false).toBool();
        const QVariant modeName = settings.value(u"mode"_s);
        const std::optional<CredentialMode> mode =
            modeName.isValid() ? credentialModeFromName(modeName.toString())
                               : (hasToken ? CredentialMode::StsToken : CredentialMode::AccessKey);
        if (!mode)
            continue;
        p.mode = *mode;
        p.accessKeyId = settings.value(u"accessKeyId"_s).toString();
        p.role = readRole(settings);
        p.proxyUrl = settings.value(u"proxyUrl"_s).toString();
        p.caCertificatesFile = settings.value(u"caCertificatesFile"_s).toString();
        // A hand-edited file may hold entries we would refuse to save; skip them instead of
        // handing a half-valid profile to the rest of the app.
        if (validateProfile(p).isEmpty() && !contains(p.name))
            m_profiles.append(p);
    }
    settings.endArray();
    m_lastUsed = settings.value(LastUsedKey).toString();
    Q_EMIT profilesChanged();
}

QString ProfileStore::write()
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.remove(ProfilesArray);
    settings.beginWriteArray(ProfilesArray, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"region"_s, p.regionId);
        settings.setValue(u"endpoint"_s, endpointModeName(p.endpointMode));
        if (p.endpointMode == EndpointMode::Custom)
            settings.setValue(u"endpointUrl"_s, p.customEndpoint.toString());
        settings.setValue(u"mode"_s, credentialModeName(p.mode));
        if (p.hasAccessKey())
            settings.setValue(u"accessKeyId"_s, p.accessKeyId);
        // Still written, so that an older PaiDesk reading this file keeps its STS profiles.
        settings.setValue(u"hasSecurityToken"_s, p.hasSecurityToken());
        writeRole(settings, p.role);
        // validateProfile() refused a proxy URL with a password, so nothing secret lands here.
        if (!p.proxyUrl.isEmpty())
            settings.setValue(u"proxyUrl"_s, p.proxyUrl);
        if (!p.caCertificatesFile.isEmpty())
            settings.setValue(u"caCertificatesFile"_s, p.caCertificatesFile);
    }
    settings.endArray();
    if (m_lastUsed.isEmpty())
        settings.remove(LastUsedKey);
    else
        settings.setValue(LastUsedKey, m_lastUsed);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("Could not save the profiles to %1.").arg(m_fileName);
    return {};
}

} // namespace credentials
